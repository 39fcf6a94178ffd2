/**
 * Quality gates over every page of the built site (sitemap, English pages, flyers, 404), in real
 * Chromium: axe (WCAG 2.2 AA), no console errors, no failed requests, no request to another host, no
 * CSP violation (with public/_headers applied), no sideways scrolling, and readable content with
 * JavaScript off.
 *
 * To stay fast as pages multiply, pages are grouped by the template that renders them (from the
 * route files, tests/e2e/support/templates.mjs): one page per template, its largest, is checked in
 * all four variants (light/dark × 360/1280 px) and with JavaScript off; other pages in one (light,
 * 360 px, every axe rule on their <main>: the header and sidebar are the template's), where template
 * bugs show the same way: all of them for small templates, four spread over the list for large ones
 * (GATE_ALL=1 checks every page). Pages run in parallel browser contexts.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, guardContext } from './support/browser.mjs';
import { startServer, DIST, ROOT } from './support/server.mjs';
import { sitePages, poolWith } from './support/site.mjs';
import { VARIANTS, checkPage, checkNoJs, noJsContext, prepareGateContext } from './support/checks.mjs';
import { groupByTemplate, routePatterns, samplePages } from './support/templates.mjs';

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
const pages = sitePages();
const htmlSize = (p: string) => {
	try {
		return statSync(path.join(DIST, p.endsWith('/') ? `${p}index.html` : p)).size;
	} catch {
		return 0;
	}
};
const { representative, templates } = groupByTemplate(pages, routePatterns(path.join(ROOT, 'src/pages')), htmlSize);
// At most this many pages per template (GATE_ALL=1: every page). See samplePages().
const PER_TEMPLATE = process.env.GATE_ALL ? Infinity : 4;
const checked = samplePages(templates, representative, PER_TEMPLATE);
type Result = { page: string; noJs: string[]; noJsChecked: boolean } & Awaited<ReturnType<typeof checkPage>>;
let results: Result[] = [];
const contextProblems: string[] = [];
const external: string[] = [];

// Two cores: three pages at a time keeps both busy while one waits on the network or on axe.
const PARALLEL = Number(process.env.GATE_PARALLEL) || 3;

beforeAll(async () => {
	server = await startServer();
	browser = await launchBrowser();
	const origin = new URL(server.url).origin;
	results = await poolWith(
		checked,
		PARALLEL,
		async () => {
			// The offline-reading service worker is tested on its own (offline.test.ts); here it would
			// only add its caching work to every page load.
			const context = await browser.newContext({ serviceWorkers: 'block' });
			context.setDefaultNavigationTimeout(60_000);
			const guard = await guardContext(context, origin);
			await prepareGateContext(context);
			return { context, guard, noJs: await noJsContext(browser) };
		},
		async ({ context, noJs }, p) => {
			// The representative of a template: every variant, the whole page, and JavaScript off. Other
			// pages of the template: light 360 with every axe rule on their own content (<main>); the
			// header, sidebar and footer are the template's, checked on the representative.
			// GATE_ALL=1 checks every page in full.
			const rep = representative.has(p);
			const full = rep || !!process.env.GATE_ALL;
			const checked = await checkPage(context, server.url + p, rep ? VARIANTS : [VARIANTS[0]!], { axeScope: full ? 'page' : 'main' });
			const { problems } = full ? await checkNoJs(noJs, server.url + p, checked.mainText) : { problems: [] };
			return { page: p, ...checked, noJs: problems, noJsChecked: full };
		},
		async ({ context, guard, noJs }) => {
			await context.close();
			await noJs.close();
			contextProblems.push(...guard.problems);
			external.push(...guard.external);
		},
	);
}, 1_800_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

test('the sitemap and the extra pages are all checked, every template in every variant', () => {
	for (const p of ['/', '/pendahuluan/', '/strategi/tantangan-dan-harapan/', '/program/', '/data/', '/404.html']) expect(pages).toContain(p);
	expect(pages.some((p) => p.startsWith('/en/'))).toBe(true);
	expect(pages.some((p) => p.endsWith('/cetak/'))).toBe(true);
	expect(results).toHaveLength(checked.length);
	// Every template is checked, each with its representative in every variant.
	for (const [t, ps] of templates) expect(ps.some((p) => checked.includes(p)), t).toBe(true);
	for (const rep of representative) expect(checked).toContain(rep);
	// Program pages, flyers and strategies share templates: far fewer full checks than pages.
	expect(templates.get('program/[slug]')!.length).toBeGreaterThan(1);
	expect(representative.size).toBe(templates.size);
	for (const r of results) expect(Object.keys(r.variants)).toHaveLength(representative.has(r.page) ? VARIANTS.length : 1);
});

test('every page loads cleanly: no console error, failed request or CSP violation', () => {
	// One line per distinct finding: the same component fails the same way on every page.
	expect([...new Set([...results.flatMap((r) => r.problems.map((m) => `${r.page}: ${m}`)), ...contextProblems])]).toEqual([]);
});

test('no page requests anything from another host', () => {
	expect([...new Set(external)]).toEqual([]);
});

describe.each(VARIANTS)('$name', (variant) => {
	const scope = variant === VARIANTS[0] ? 'every page' : 'one page per template';
	test(`${scope}: ${variant.full ? `passes every axe rule (WCAG 2.2 AA), keeps the theme, no sideways scroll${variant === VARIANTS[0] ? ', no sentences run together' : ''}` : 'passes axe colour rules in this theme'}`, () => {
		const report = results.flatMap((r) => {
			const v = r.variants[variant.name];
			if (!v) return [];
			return [
				...v.problems.map((m) => `${r.page}: ${m}`),
				...v.violations.map((x) => `${r.page}: axe ${x.id} (${x.impact}): ${x.help} → ${x.targets.join(', ')}`),
			];
		});
		expect(report).toEqual([]);
	});
});

/**
 * Pages whose content is computed from the address's #fragment, which only a script can read: without
 * JavaScript they must still have a heading and say what to do (checked), but cannot show the same text.
 */
const FRAGMENT_PAGES: Record<string, string> = {
	'/cek-bantuan/cetak/': 'the printable list is built from the answers in the #fragment; without JavaScript it says so and links the lists per group and place',
};

test('every template is readable without JavaScript (its largest page, with JavaScript off)', () => {
	for (const rep of representative) expect(results.find((r) => r.page === rep)?.noJsChecked, rep).toBe(true);
	const comparable = (r: Result, m: string) => !(FRAGMENT_PAGES[r.page] && m.startsWith('without JavaScript <main> shows'));
	expect(results.flatMap((r) => r.noJs.filter((m) => comparable(r, m)).map((m) => `${r.page}: ${m}`))).toEqual([]);
});

test('the security headers from public/_headers are sent', async () => {
	const res = await fetch(`${server.url}/`);
	expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
	expect(res.headers.get('content-security-policy')).not.toMatch(/script-src[^;]*'unsafe-inline'/);
	expect(res.headers.get('x-content-type-options')).toBe('nosniff');
	expect(res.headers.get('referrer-policy')).toBeTruthy();
	expect(res.headers.get('permissions-policy')).toBeTruthy();
});
