/**
 * Charts in real Chromium: SVG made at build time (no chart script at all), an image with a name,
 * following the light/dark theme, readable on a 360 px phone and without JavaScript, with tables
 * holding the same numbers as content/data/.
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

test('every chart on the data page is there at once, as a named image, with no chart script', async () => {
	const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
	const { problems } = await guardContext(context, new URL(site.server.url).origin);
	const page = await context.newPage();
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'script' && /chart/i.test(r.url())) scripts.push(r.url());
	});
	await page.goto(`${site.server.url}/data/`);
	const figures = page.locator('figure.chart');
	const n = await figures.count();
	expect(n).toBeGreaterThan(5);
	expect(await page.locator('figure.chart svg[role="img"][aria-label^="Grafik: "]').count()).toBe(n);
	const box = await page.locator('#grafik-garis-kemiskinan svg').boundingBox();
	expect(box!.width).toBeGreaterThan(280);
	expect(box!.width).toBeLessThanOrEqual(360);
	expect(box!.height).toBeGreaterThan(100);
	// Labels stay readable on a phone: the drawing is not shrunk below its own size.
	expect(box!.width / 300).toBeGreaterThan(0.9);
	// Scrolled to the end, still no chart script: nothing draws in the browser.
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await page.waitForTimeout(200);
	expect(scripts).toEqual([]);
	expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
	expect(problems).toEqual([]);
	await context.close();
});

test('each chart draws the numbers of its table, one point or bar per row', async () => {
	const page = await site.browser.newPage();
	await page.goto(`${site.server.url}/data/`);
	for (const id of ['persentase-penduduk-miskin', 'miskin-ekstrem-per-kelurahan-2024']) {
		const series = readSeries(id);
		const titles = await page.locator(`#grafik-${id} svg title`).allTextContents();
		expect(titles).toEqual(series.points.map((p) => `${pointLabel(series, p)}: ${formatValue(p.value, series.unit)}`));
		expect(await page.locator(`#grafik-${id} tbody tr`).count()).toBe(series.points.length);
	}
	await page.close();
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

test('the chart follows the theme: light and dark draw in different colours', async () => {
	const page = await site.browser.newPage({ colorScheme: 'light' });
	await page.goto(`${site.server.url}/`);
	const line = page.locator('#grafik-persentase-penduduk-miskin .chart__line');
	const label = page.locator('#grafik-persentase-penduduk-miskin .chart__label text').first();
	const colours = async () => ({ line: await line.evaluate((el) => getComputedStyle(el).stroke), text: await label.evaluate((el) => getComputedStyle(el).fill) });
	const light = await colours();
	await page.evaluate(() => {
		document.documentElement.dataset.theme = 'dark';
	});
	const dark = await colours();
	expect(light.line).not.toBe(dark.line);
	expect(light.text).not.toBe(dark.text);
	expect(light.line).not.toMatch(/none|rgba\(0, 0, 0, 0\)/);
	await page.close();
});

test('without JavaScript the chart and its numbers are all there', async () => {
	const context = await site.browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${site.server.url}/pendahuluan/`);
	const figure = page.locator('#grafik-miskin-ekstrem-jiwa');
	expect(await figure.locator('svg').isVisible()).toBe(true);
	await figure.locator('summary').click();
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
