import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { SeriesSchema, type Series } from '../../src/schemas/series';
import { formatValue, pointLabel } from '../../src/lib/series';
import { niceTicks, seriesChartSvg } from '../../src/lib/svg-chart';

const src = (n: number) => ({ url: `https://example.org/${n}`, title: `Sumber ${n}`, date: '2024-01-02' });
const make = (over: object) =>
	SeriesSchema.parse({
		title: 'Grafik uji',
		measures: 'Ukuran untuk uji grafik.',
		unit: 'jiwa',
		producer: 'bps-bontang',
		method: 'survei',
		axis: 'waktu',
		chart: 'line',
		lastChecked: '2026-11-29',
		points: [],
		...over,
	}) as Series;

const nums = (svg: string, re: RegExp) => [...svg.matchAll(re)].map((m) => Number(m[1]));

describe('niceTicks', () => {
	test.each([
		[3.1, 5.4],
		[0, 149],
		[801945, 1002345],
		[0.12, 0.41],
		[7, 7],
	])('%s–%s: round steps that cover the range', (min, max) => {
		const t = niceTicks(min, max);
		expect(t[0]).toBeLessThanOrEqual(min);
		expect(t.at(-1)).toBeGreaterThanOrEqual(max);
		expect(t.length).toBeGreaterThanOrEqual(3);
		expect(t.length).toBeLessThanOrEqual(7);
		const steps = new Set(t.slice(1).map((v, i) => Number((v - t[i]!).toPrecision(6))));
		expect(steps.size).toBe(1);
		const step = [...steps][0]!;
		expect(step / 10 ** Math.floor(Math.log10(step))).toSatisfy((m: number) => [1, 2, 2.5, 5].some((x) => Math.abs(x - m) < 1e-9));
	});
});

describe('areas: horizontal bars', () => {
	const s = make({
		axis: 'wilayah',
		chart: 'bar',
		points: [
			{ x: 'Berebas Tengah', value: 42, source: src(1) },
			{ x: 'Api-Api', value: 21, source: src(2) },
			{ x: 'Tanjung Laut <Indah>', value: 0, source: src(3) },
		],
	});
	const svg = seriesChartSvg(s, 'Grafik: Uji');
	test('one bar per area, as long as its value, with name and value written', () => {
		const widths = nums(svg, /<rect [^>]*width="([\d.]+)"/g);
		expect(widths).toHaveLength(3);
		expect(widths[0]! / widths[1]!).toBeCloseTo(2, 1);
		expect(svg).toContain('>Berebas Tengah<');
		expect(svg).toContain('>42 jiwa<');
		expect(svg).toContain('Tanjung Laut &lt;Indah&gt;');
	});
	test('is an image with a name, sized for a phone', () => {
		expect(svg).toMatch(/^<svg class="chart__svg" viewBox="0 0 300 \d+" role="img" aria-label="Grafik: Uji"/);
	});
});

describe('over time', () => {
	const pts = [4.54, 4.11, 3.9, 3.67, 3.02, 2.9, 3.1, 3.4, 3.2, 3.0, 2.87].map((value, i) => ({ x: i === 2 ? '2015-09' : String(2013 + i), value, source: src(i) }));
	const s = make({ unit: 'persen', points: pts });
	const svg = seriesChartSvg(s, 'x');
	test('a line through every point, higher values higher up', () => {
		const line = /<polyline class="chart__line" points="([^"]+)"/.exec(svg)![1]!.split(' ').map((p) => p.split(',').map(Number));
		expect(line).toHaveLength(pts.length);
		for (let i = 1; i < pts.length; i++) {
			expect(line[i]![0]).toBeGreaterThan(line[i - 1]![0]!);
			expect(Math.sign(line[i - 1]![1]! - line[i]![1]!)).toBe(Math.sign(pts[i]!.value - pts[i - 1]!.value));
		}
	});
	test('period labels never overlap, and the last is always shown', () => {
		const xs = nums(svg, /<text x="(\d+)" y="\d+">\d{4}</g);
		expect(xs.length).toBeGreaterThan(2);
		for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(4 * 12 * 0.56);
		expect(svg).toContain('>2023<');
		expect(svg).toContain('>Sep<');
	});
	test('every point names its period and value, and the latest value is written out', () => {
		for (const p of s.points) expect(svg).toContain(`<title>${pointLabel(s, p)}: ${formatValue(p.value, 'persen')}</title>`);
		expect(svg).toContain('class="chart__value"');
		expect(svg).toMatch(/>2,87%<\/text><\/svg>$/);
	});
	test('columns start at zero', () => {
		const bars = seriesChartSvg(make({ chart: 'bar', points: [{ x: '2022', value: 100, source: src(1) }, { x: '2023', value: 50, source: src(2) }] }), 'x');
		const h = nums(bars, /<rect [^>]*height="([\d.]+)"/g);
		expect(h[0]! / h[1]!).toBeCloseTo(2, 1);
	});
});

test('every series in content/data/ draws every value it lists, and nothing else', () => {
	const dir = path.resolve(import.meta.dirname, '../../content/data');
	const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
	expect(files.length).toBeGreaterThan(5);
	for (const f of files) {
		const s = SeriesSchema.parse(yaml.load(readFileSync(path.join(dir, f), 'utf8'))) as Series;
		const svg = seriesChartSvg(s, s.title);
		const titles = [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);
		expect(titles, f).toEqual(s.points.map((p) => `${pointLabel(s, p)}: ${formatValue(p.value, s.unit)}`.replaceAll('&', '&amp;')));
	}
});
