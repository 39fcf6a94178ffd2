/**
 * Quality gates over every page of the built site (sitemap + 404), in real Chromium:
 * axe (WCAG 2.2 AA) in light and dark at 360 and 1280 px, no console errors, no failed requests,
 * no request to another host, no CSP violation (with public/_headers applied), no sideways
 * scrolling, and readable content with JavaScript off.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, guardContext } from './support/browser.mjs';
import { startServer } from './support/server.mjs';
import { sitePages, pool } from './support/site.mjs';
import { VARIANTS, checkPage, checkNoJs, mainTextLength, prepareContext } from './support/checks.mjs';

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
const pages = sitePages();
/** Visible text of each page's <main> with JavaScript on, recorded by the first variant. */
const textWithJs = new Map<string, number>();

beforeAll(async () => {
	server = await startServer();
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

test('the sitemap lists the pages we expect', () => {
	expect(pages).toContain('/');
	expect(pages).toContain('/pendahuluan/');
	expect(pages).toContain('/strategi/tantangan-dan-harapan/');
	expect(pages).toContain('/404.html');
});

describe.each(VARIANTS)('every page, $name', (variant) => {
	test('passes axe, loads cleanly and stays on our own host', { timeout: 600_000 }, async () => {
		const context = await browser.newContext({ colorScheme: variant.colorScheme as 'light' | 'dark', viewport: variant.viewport });
		const { problems: contextProblems, external } = await guardContext(context, new URL(server.url).origin);
		await prepareContext(context);
		const results = await pool(pages, 3, async (p) => ({
			page: p,
			...(await checkPage(context, server.url + p, { expectTheme: variant.colorScheme })),
		}));
		await context.close();
		for (const r of results) if (!textWithJs.has(r.page)) textWithJs.set(r.page, r.mainText);
		const report = results.flatMap((r) => [
			...r.problems.map((m) => `${r.page}: ${m}`),
			...r.violations.map((v) => `${r.page}: axe ${v.id} (${v.impact}): ${v.help} → ${v.targets.join(', ')}`),
		]);
		// One line per distinct finding: the same Starlight component fails the same way on every page.
		expect([...new Set([...report, ...contextProblems])]).toEqual([]);
		expect(external).toEqual([]);
	});
});

test('every page is readable without JavaScript', { timeout: 600_000 }, async () => {
	const context = await browser.newContext();
	const results = await pool(pages, 3, async (p) => {
		const withJs = textWithJs.get(p) ?? (await mainTextLength(context, server.url + p));
		return { page: p, ...(await checkNoJs(browser, server.url + p, withJs)) };
	});
	await context.close();
	expect(results.flatMap((r) => r.problems.map((m) => `${r.page}: ${m}`))).toEqual([]);
});

test('the security headers from public/_headers are sent', async () => {
	const res = await fetch(`${server.url}/`);
	expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
	expect(res.headers.get('x-content-type-options')).toBe('nosniff');
	expect(res.headers.get('referrer-policy')).toBeTruthy();
	expect(res.headers.get('permissions-policy')).toBeTruthy();
});
