// @ts-check
/**
 * `npm run audit`: one human-readable report of every quality gate over the built site (run
 * `npm run build` first). The same checks run as tests in `npm test`; this prints instead of failing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { launchBrowser, guardContext } from './e2e/support/browser.mjs';
import { startServer, DIST } from './e2e/support/server.mjs';
import { sitePages, pool } from './e2e/support/site.mjs';
import { VARIANTS, checkPage, checkNoJs, noJsContext, prepareContext } from './e2e/support/checks.mjs';
import { HTML_VALIDATE_CONFIG } from './e2e/support/html-validate-config.mjs';
import { measureAll } from './budget/page-weight.mjs';
import { checkDist } from '../src/integrations/link-check.mjs';
import { BASE_PATH } from '../src/config/site.mjs';

const started = Date.now();
const pages = sitePages();
const server = await startServer();
const browser = await launchBrowser();
/** @type {Map<string, number>} */ const textWithJs = new Map();
/** @type {Record<string, string[]>} */ const findings = { axe: [], browser: [], external: [], noJs: [], html: [], links: [], weight: [] };

try {
	const context = await browser.newContext();
	const guard = await guardContext(context, new URL(server.url).origin);
	await prepareContext(context);
	const results = await pool(pages, 3, async (p) => ({ p, ...(await checkPage(context, server.url + p)) }));
	for (const r of results) {
		textWithJs.set(r.p, r.mainText);
		for (const m of r.problems) findings.browser.push(`${r.p}: ${m}`);
		for (const [name, v] of Object.entries(r.variants)) {
			for (const x of v.violations) findings.axe.push(`[${name}] ${r.p}: ${x.id} (${x.impact}) ${x.help}`);
			for (const m of v.problems) findings.browser.push(`[${name}] ${r.p}: ${m}`);
		}
	}
	findings.external.push(...guard.external, ...guard.problems.map((m) => `(load) ${m}`));
	await context.close();
	const noJsCtx = await noJsContext(browser);
	const noJs = await pool(pages, 3, async (p) => ({ p, ...(await checkNoJs(noJsCtx, server.url + p, textWithJs.get(p) ?? 0)) }));
	await noJsCtx.close();
	for (const r of noJs) for (const m of r.problems) findings.noJs.push(`${r.p}: ${m}`);
} finally {
	await browser.close();
	await server.close();
}

const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
for (const f of readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
	const report = await validator.validateString(readFileSync(path.join(DIST, f), 'utf8'), f);
	for (const r of report.results) for (const m of r.messages) findings.html.push(`${f}:${m.line} ${m.ruleId}: ${m.message}`);
}
const { broken } = await checkDist(DIST, BASE_PATH, 'http://localhost');
for (const b of broken) findings.links.push(`${b.page} → ${b.href}: ${b.reason}`);
const weights = measureAll();
for (const w of weights.filter((w) => w.over)) findings.weight.push(`${w.page}: ${(w.total / 1024).toFixed(1)} KB > ${(w.budget / 1024).toFixed(1)} KB`);

const unique = (/** @type {string[]} */ a) => [...new Set(a)];
console.log(`Quality audit of dist/: ${pages.length} pages × ${VARIANTS.length} browser variants (${VARIANTS.map((v) => v.name).join(', ')}) + no-JS\n`);
const rows = [
	['Accessibility (axe, WCAG 2.2 AA)', findings.axe],
	['Console errors, failed requests, CSP, sideways scroll', findings.browser],
	['Requests to other hosts (blocked)', findings.external],
	['Content without JavaScript', findings.noJs],
	['HTML validity (html-validate)', findings.html],
	['Broken internal links/anchors', findings.links],
	['Page-weight budget', findings.weight],
];
for (const [name, list] of rows) {
	const u = unique(/** @type {string[]} */ (list));
	console.log(`${u.length ? '✗' : '✓'} ${name}: ${u.length ? `${u.length} finding(s)` : 'none'}`);
	for (const line of u.slice(0, 15)) console.log(`    ${line}`);
	if (u.length > 15) console.log(`    … ${u.length - 15} more`);
}
const kb = (/** @type {number} */ n) => (n / 1024).toFixed(1);
console.log('\nFirst-load bytes per page (gzip; lazy search/chart code not included):');
for (const w of weights) console.log(`  ${kb(w.total).padStart(5)} KB  ${w.page}${w.lazy ? `  (+${kb(w.lazy)} KB lazy)` : ''}`);
console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
process.exit(rows.some(([, l]) => l.length) ? 1 : 0);
