/**
 * Quality gates over every page of the built site (sitemap, English pages, flyers, 404), in real
 * Chromium: axe (WCAG 2.2 AA) in light and dark at 360 and 1280 px, no console errors, no failed
 * requests, no request to another host, no CSP violation (with public/_headers applied), no sideways
 * scrolling, and readable content with JavaScript off.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, guardContext } from './support/browser.mjs';
import { startServer } from './support/server.mjs';
import { sitePages, pool } from './support/site.mjs';
import { VARIANTS, checkPage, checkNoJs, prepareContext } from './support/checks.mjs';

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
const pages = sitePages();
let results: ({ page: string } & Awaited<ReturnType<typeof checkPage>>)[] = [];
let contextProblems: string[] = [];
let external: string[] = [];

beforeAll(async () => {
	server = await startServer();
	browser = await launchBrowser();
	const context = await browser.newContext();
	const guard = await guardContext(context, new URL(server.url).origin);
	await prepareContext(context);
	// Three tabs at a time: the machine has two cores and pages wait on each other's axe runs.
	results = await pool(pages, 3, async (p) => ({ page: p, ...(await checkPage(context, server.url + p)) }));
	await context.close();
	contextProblems = guard.problems;
	external = guard.external;
}, 1_800_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

test('the sitemap and the extra pages are all checked', () => {
	for (const p of ['/', '/pendahuluan/', '/strategi/tantangan-dan-harapan/', '/program/', '/data/', '/404.html']) expect(pages).toContain(p);
	expect(pages.some((p) => p.startsWith('/en/'))).toBe(true);
	expect(pages.some((p) => p.endsWith('/cetak/'))).toBe(true);
	expect(results).toHaveLength(pages.length);
});

test('every page loads cleanly: no console error, failed request or CSP violation', () => {
	// One line per distinct finding: the same component fails the same way on every page.
	expect([...new Set([...results.flatMap((r) => r.problems.map((m) => `${r.page}: ${m}`)), ...contextProblems])]).toEqual([]);
});

test('no page requests anything from another host', () => {
	expect([...new Set(external)]).toEqual([]);
});

describe.each(VARIANTS)('every page, $name', (variant) => {
	test(variant.full ? 'passes every axe rule (WCAG 2.2 AA), keeps the theme, no sideways scroll' : 'passes axe colour rules in this theme', () => {
		const report = results.flatMap((r) => {
			const v = r.variants[variant.name]!;
			return [
				...v.problems.map((m) => `${r.page}: ${m}`),
				...v.violations.map((x) => `${r.page}: axe ${x.id} (${x.impact}): ${x.help} → ${x.targets.join(', ')}`),
			];
		});
		expect(report).toEqual([]);
	});
});

test('every page is readable without JavaScript', { timeout: 900_000 }, async () => {
	const found = await pool(results, 3, async (r) => ({ page: r.page, ...(await checkNoJs(browser, server.url + r.page, r.mainText)) }));
	expect(found.flatMap((r) => r.problems.map((m) => `${r.page}: ${m}`))).toEqual([]);
});

test('the security headers from public/_headers are sent', async () => {
	const res = await fetch(`${server.url}/`);
	expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
	expect(res.headers.get('content-security-policy')).not.toMatch(/script-src[^;]*'unsafe-inline'/);
	expect(res.headers.get('x-content-type-options')).toBe('nosniff');
	expect(res.headers.get('referrer-policy')).toBeTruthy();
	expect(res.headers.get('permissions-policy')).toBeTruthy();
});
