// @ts-check
/**
 * Page-weight budget: prints every built page's first-load bytes (gzip) and fails when a page is over
 * its budget. Run after `npm run build`:  node tests/budget/page-weight.mjs [--json]
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pageWeight } from './weight.mjs';
import { BASE_PATH } from '../../src/config/site.mjs';

/**
 * Budgets in bytes (gzip), first match wins. Stock Starlight's smallest page is about 21 KB. Every
 * public page is held to 28 KB, leaving 2 KB under the 30 KB ceiling for the features to come: on
 * 2026-12-01 the longest program page is at 26.9 KB (shared CSS is 8.3 KB of that). A page that needs
 * more must first take bytes out of what every page loads.
 */
export const BUDGETS = [
	// The finder (and its numbered and English pages) loads its logic on first use: held to 27.5 KB.
	{ match: /^(en\/)?program\/(halaman\/\d+\/)?index\.html$/, budget: 27.5 * 1024, label: 'program finder' },
	// The editor for officials (not a public page, never linked for residents): Sveltia CMS is about
	// 620 KB gzip. Budgeted so that an accidental second copy or a big plugin shows up.
	{ match: /^admin\/index\.html$/, budget: 700 * 1024, label: 'editor (/admin/)' },
	{ match: /./, budget: 28 * 1024, label: 'content page' },
];

const dist = path.resolve(import.meta.dirname, '../../dist');
const base = BASE_PATH;

export function measureAll() {
	return readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => f.split(path.sep).join('/'))
		.sort()
		.map((f) => {
			const w = pageWeight(dist, f, base);
			const rule = BUDGETS.find((b) => b.match.test(f));
			return { ...w, htmlRaw: statSync(path.join(dist, f)).size, budget: rule?.budget ?? Infinity, over: w.total > (rule?.budget ?? Infinity) || w.missing.length > 0 };
		});
}

const kb = (/** @type {number} */ n) => (n / 1024).toFixed(1);

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Built folder → content folder, for pages made from one content file. */
const CONTENT_OF = /** @type {const} */ ([
	[/^(?:en\/)?program\/([^/]+)\/index\.html$/, 'content/programs'],
	[/^(?:en\/)?kantor\/([^/]+)\/index\.html$/, 'content/offices'],
	[/^(?:en\/)?panduan\/([^/]+)\/index\.html$/, 'content/guides'],
	[/^(?:en\/)?strategi\/([^/]+)\/index\.html$/, 'content/strategies'],
	[/^(?:en\/)?([^/]+)\/index\.html$/, 'content/docs'],
	[/^(?:en\/)?()index\.html$/, 'content/docs'],
]);

/**
 * The content file a built page is made from (what an editor changes), or null for pages built from
 * code only (lists, the finder). E.g. "program/pkh/index.html" → "content/programs/pkh.mdx".
 * @param {string} page  path under dist/
 * @param {(file: string) => boolean} exists
 */
export function contentFileOf(page, exists = (f) => existsSync(path.join(ROOT, f))) {
	for (const [re, dir] of CONTENT_OF) {
		const m = re.exec(page);
		if (!m) continue;
		const name = m[1] || 'index';
		for (const ext of ['.mdx', '.md', '.yaml', '.yml']) if (exists(`${dir}/${name}${ext}`)) return `${dir}/${name}${ext}`;
	}
	return null;
}

/**
 * Why a page is over budget, in words an editor can act on: which file to shorten and by roughly how
 * much text (its own ratio of characters to compressed bytes), or, for pages built from code only,
 * that shared code has to shrink.
 * @param {{ page: string, total: number, budget: number, html: number, htmlRaw?: number }} r
 * @param {string | null} file  from contentFileOf()
 */
export function overBudgetHint(r, file) {
	const over = r.total - r.budget;
	if (!file) return 'This page is built from code only: take bytes out of its template or out of what every page loads.';
	const perByte = r.htmlRaw && r.html ? r.htmlRaw / r.html : 3;
	const chars = Math.ceil((over * perByte) / 100) * 100;
	return `Its text is in ${file}: shorten it by roughly ${chars} characters (for example, move a long explanation to a guide and link to it), or ask the web team to take bytes out of what every page loads.`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const rows = measureAll();
	if (process.argv.includes('--json')) {
		console.log(JSON.stringify(rows, null, 2));
	} else {
		const w = Math.max(...rows.map((r) => r.page.length), 4);
		console.log(`${'page'.padEnd(w)}  html KB  css KB  js KB  total KB  budget KB  lazy KB`);
		for (const r of rows) {
			console.log(
				`${r.page.padEnd(w)}  ${kb(r.html).padStart(7)}  ${kb(r.css).padStart(6)}  ${kb(r.js).padStart(5)}  ${kb(r.total).padStart(8)}  ${kb(r.budget).padStart(9)}  ${kb(r.lazy).padStart(7)}${r.over ? '  OVER' : ''}`,
			);
		}
		const max = rows.reduce((a, r) => (r.total > a.total ? r : a), rows[0]);
		console.log(`\n${rows.length} pages; heaviest ${max?.page} at ${kb(max?.total ?? 0)} KB gzip (lazy code not included).`);
	}
	const bad = rows.filter((r) => r.over);
	for (const r of bad) {
		const hint = r.total > r.budget ? ` ${overBudgetHint(r, contentFileOf(r.page))}` : '';
		console.error(`OVER BUDGET: ${r.page} loads ${kb(r.total)} KB gzip on first visit; budget ${kb(r.budget)} KB${r.missing.length ? `; missing assets: ${r.missing.join(', ')}` : ''}.${hint}`);
	}
	process.exit(bad.length ? 1 : 0);
}
