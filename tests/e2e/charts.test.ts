/**
 * Charts in real Chromium: drawn only when scrolled into view, Chart.js downloaded once and only on
 * pages with charts, tables with the same numbers as content/data/, re-coloured on theme switch,
 * and the table in place of the chart without JavaScript.
 */
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { useBuiltSite } from './support/built-site';
import { guardContext } from './support/browser.mjs';
import { ROOT } from './support/server.mjs';
import { formatValue, pointLabel } from '../../src/lib/series';
import type { Series } from '../../src/schemas/series';

const site = useBuiltSite();
const readSeries = (id: string) => yaml.load(readFileSync(path.join(ROOT, 'content/data', `${id}.yaml`), 'utf8')) as Series;


test('a chart draws when scrolled into view, and Chart.js is fetched once for many charts', async () => {
	const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
	const { problems } = await guardContext(context, new URL(site.server.url).origin);
	const page = await context.newPage();
	const chartRequests: string[] = [];
	page.on('request', (r) => {
		if (/chart-draw/.test(r.url())) chartRequests.push(r.url());
	});
	// CSP violations that throw nothing (a library probing for eval) show only as this event.
	await page.addInitScript(() => {
		(window as unknown as { __csp: string[] }).__csp = [];
		document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.sourceFile}`));
	});
	await page.goto(`${site.server.url}/data/`);
	const last = page.locator('bb-chart').last();
	expect(await last.getAttribute('data-drawn')).toBeNull();
	expect(await page.locator('bb-chart').count()).toBeGreaterThan(5);

	await page.locator('#grafik-garis-kemiskinan bb-chart').scrollIntoViewIfNeeded();
	await page.waitForSelector('#grafik-garis-kemiskinan bb-chart[data-drawn]', { state: 'attached' });
	const box = await page.locator('#grafik-garis-kemiskinan canvas').boundingBox();
	expect(box!.width).toBeGreaterThan(200);
	expect(box!.height).toBeGreaterThan(100);
	// Once drawn, the table is folded but stays one tap away.
	expect(await page.locator('#grafik-garis-kemiskinan details').getAttribute('open')).toBeNull();
	// Charts far below have not been drawn yet.
	expect(await last.getAttribute('data-drawn')).toBeNull();

	await last.scrollIntoViewIfNeeded();
	await page.waitForFunction(() => [...document.querySelectorAll('bb-chart')].at(-1)?.hasAttribute('data-drawn'));
	expect(chartRequests).toHaveLength(1);
	expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
	expect(problems).toEqual([]);
	await context.close();
});

test.each(['persentase-penduduk-miskin', 'miskin-ekstrem-jiwa', 'register-desil-1-4-per-kecamatan-2025'])(
	'the table of %s holds the same numbers as content/data/',
	async (id) => {
		const page = await site.browser.newPage();
		await page.goto(`${site.server.url}/data/`);
		const series = readSeries(id);
		const rows = await page.locator(`#grafik-${id} tbody tr`).evaluateAll((trs) =>
			trs.map((tr) => [tr.querySelector('th')!.textContent!.trim(), tr.querySelector('td')!.textContent!.trim()]),
		);
		expect(rows).toEqual(series.points.map((p) => [pointLabel(series, p), formatValue(p.value, series.unit)]));
		// Disagreeing sources are shown, not dropped.
		const alternatives = series.points.flatMap((p) => p.alternatives ?? []);
		for (const a of alternatives) expect(await page.locator(`#grafik-${id} .chart__alt`).allTextContents()).toContainEqual(expect.stringContaining(formatValue(a.value, series.unit)));
		await page.close();
	},
);

test('switching to the dark theme re-colours a drawn chart', async () => {
	const page = await site.browser.newPage({ colorScheme: 'light' });
	await page.goto(`${site.server.url}/`);
	const figure = page.locator('#grafik-persentase-penduduk-miskin');
	await figure.locator('bb-chart').scrollIntoViewIfNeeded();
	await page.waitForSelector('#grafik-persentase-penduduk-miskin bb-chart[data-drawn]', { state: 'attached' });
	await page.waitForTimeout(600); // let the first draw's animation finish
	const before = await figure.locator('canvas').evaluate((c) => (c as HTMLCanvasElement).toDataURL());
	await page.evaluate(() => {
		document.documentElement.dataset.theme = 'dark';
	});
	await page.waitForTimeout(100);
	const after = await figure.locator('canvas').evaluate((c) => (c as HTMLCanvasElement).toDataURL());
	expect(after).not.toBe(before);
	await page.close();
});

test('a page without charts downloads no chart code, even scrolled to the end', async () => {
	const page = await site.browser.newPage();
	const urls: string[] = [];
	page.on('request', (r) => urls.push(r.url()));
	await page.goto(`${site.server.url}/tentang/`);
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await page.waitForTimeout(300);
	expect(urls.filter((u) => /chart/i.test(u))).toEqual([]);
	await page.close();
});

test('without JavaScript the table is shown in place of the chart', async () => {
	const context = await site.browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${site.server.url}/pendahuluan/`);
	const figure = page.locator('#grafik-miskin-ekstrem-jiwa');
	expect(await figure.locator('canvas').isVisible()).toBe(false);
	expect(await figure.locator('table').isVisible()).toBe(true);
	expect(await figure.locator('tbody tr').count()).toBe(readSeries('miskin-ekstrem-jiwa').points.length);
	await context.close();
});

test('the CSV download has every value with its source', async () => {
	const res = await fetch(`${site.server.url}/data/miskin-ekstrem-jiwa.csv`);
	expect(res.headers.get('content-type')).toMatch(/text\/csv/);
	const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split('\n');
	const series = readSeries('miskin-ekstrem-jiwa');
	const values = series.points.flatMap((p) => [p.value, ...(p.alternatives ?? []).map((a) => a.value)]);
	expect(lines).toHaveLength(values.length + 1);
	expect(lines.slice(1).every((l) => /https:\/\//.test(l))).toBe(true);
});
