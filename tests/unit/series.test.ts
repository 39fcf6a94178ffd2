import { describe, expect, test } from 'vitest';
import { SeriesSchema, type Series } from '../../src/schemas/series';
import { chartConfig, describeSeries, formatValue, pointLabel, seriesToCsv, toChartData, toChartMeta } from '../../src/lib/series';
import { chartDataFromTable, parseFormattedValue } from '../../src/lib/chart-table';

const src = (n: number) => ({ url: `https://example.org/${n}`, title: `Sumber ${n}`, date: '2024-01-02' });
const base = {
	title: 'Persentase penduduk miskin',
	measures: 'Bagian penduduk di bawah garis kemiskinan (survei).',
	unit: 'persen',
	producer: 'bps-bontang',
	method: 'survei',
	axis: 'waktu',
	chart: 'line',
	lastChecked: '2026-11-29',
	points: [
		{ x: '2022', value: 4.54, source: src(1) },
		{ x: '2023', value: 4.11, source: src(2), alternatives: [{ value: 4.1, source: src(3), note: 'dibulatkan' }] },
	],
} as const;

const issues = (data: unknown) => {
	const r = SeriesSchema.safeParse(data);
	return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('SeriesSchema', () => {
	test('a valid series passes', () => expect(issues(base)).toEqual([]));
	test('a value without a source fails', () => {
		expect(issues({ ...base, points: [{ x: '2022', value: 4.5 }] })).toEqual([expect.stringMatching(/^points\.0\.source: /)]);
	});
	test('an alternative without a source fails', () => {
		expect(issues({ ...base, points: [{ x: '2022', value: 4.5, source: src(1), alternatives: [{ value: 4 }] }] })).toEqual([
			expect.stringMatching(/^points\.0\.alternatives\.0\.source: /),
		]);
	});
	test('periods out of order or repeated fail, pointing to alternatives', () => {
		expect(issues({ ...base, points: [base.points[1], base.points[0]] })).toEqual([expect.stringMatching(/^points\.1\.x: periods must be in time order.*alternatives/)]);
		expect(issues({ ...base, points: [base.points[0], base.points[0]] })).toHaveLength(1);
	});
	test('a value that does not fit the unit fails', () => {
		expect(issues({ ...base, points: [{ x: '2022', value: 411, source: src(1) }] })).toEqual(['points.0.value: 411 does not fit the unit "persen": expected a percentage between 0 and 100']);
		expect(issues({ ...base, unit: 'jiwa', points: [{ x: '2022', value: 7.5, source: src(1) }] })).toEqual([expect.stringMatching(/whole number of people/)]);
	});
	test('a series across areas needs unique areas, any order', () => {
		const areas = { ...base, axis: 'wilayah', chart: 'bar', unit: 'jiwa', points: [{ x: 'B', value: 2, source: src(1) }, { x: 'A', value: 9, source: src(2) }] };
		expect(issues(areas)).toEqual([]);
		expect(issues({ ...areas, points: [areas.points[0], areas.points[0]] })).toEqual([expect.stringMatching(/listed twice/)]);
	});
});

const series = SeriesSchema.parse(base) as Series;

test('values in Indonesian format', () => {
	expect(formatValue(4.11, 'persen')).toBe('4,11%');
	expect(formatValue(17053, 'jiwa')).toBe('17.053 jiwa');
	expect(formatValue(801945, 'rupiah-per-kapita-per-bulan')).toBe('Rp801.945');
	expect(formatValue(0.05, 'indeks')).toBe('0,05');
});

test('the main finding in words', () => {
	expect(describeSeries(series)).toBe('Persentase penduduk miskin: turun dari 4,54% (2022) menjadi 4,11% (2023).');
	const areas = SeriesSchema.parse({ ...base, axis: 'wilayah', chart: 'bar', unit: 'jiwa', points: [{ x: 'Bontang Barat', value: 8, source: src(1) }, { x: 'Bontang Selatan', value: 82, source: src(2) }] }) as Series;
	expect(describeSeries(areas)).toBe('Persentase penduduk miskin: terbanyak di Bontang Selatan (82 jiwa), paling sedikit di Bontang Barat (8 jiwa).');
});

test('CSV has every value with its source, alternatives marked', () => {
	const csv = seriesToCsv(series).trim().split('\n');
	expect(csv[0]).toBe('periode,nilai,satuan,jenis_nilai,sumber_judul,sumber_penerbit,sumber_tanggal,sumber_url,catatan');
	expect(csv[1]).toBe('2022,4.54,persen,utama,Sumber 1,,2024-01-02,https://example.org/1,');
	expect(csv[3]).toBe('2023,4.1,persen,sumber lain,Sumber 3,,2024-01-02,https://example.org/3,dibulatkan');
	expect(csv).toHaveLength(4);
});

test('chart config carries the same numbers, themed, and no animation when motion is reduced', () => {
	const theme = { text: '#111', grid: '#ccc', accent: '#06c', background: '#fff' };
	const cfg = chartConfig(toChartData(series), theme, true);
	expect(cfg.data.labels).toEqual(['2022', '2023']);
	expect(cfg.data.datasets[0]!.data).toEqual([4.54, 4.11]);
	expect(cfg.data.datasets[0]!.borderColor).toBe('#06c');
	expect(cfg.options.animation).toBe(false);
	expect(cfg.options.scales.y.ticks.callback(4.11)).toBe('4,11%');
	expect(chartConfig(toChartData(series), theme, false).options.animation).toEqual({ duration: 400 });
});

test('a measured series needs its producer; a count made by this site does not', () => {
	const { producer: _omit, ...noProducer } = base;
	expect(issues(noProducer)).toEqual(['producer: name who produces this measure (an institution id, e.g. bps-bontang or dinsos-pm)']);
	expect(issues({ ...noProducer, method: 'hitungan' })).toEqual([]);
});

describe('the chart reads its numbers from the table', () => {
	test.each([
		[5.06, 'persen'],
		[1234567, 'jiwa'],
		[12, 'kk'],
		[801945, 'rupiah-per-kapita-per-bulan'],
		[0.75, 'indeks'],
		[44, 'program'],
		[-3.5, 'persen'],
	] as const)('%s %s reads back exactly from its table text', (value, unit) => {
		expect(parseFormattedValue(formatValue(value, unit))).toBe(value);
	});

	test('chartDataFromTable gives the same data as the series itself', () => {
		const rows = series.points.map((p) => [pointLabel(series, p), formatValue(p.value, series.unit)] as [string, string]);
		expect(chartDataFromTable(toChartMeta(series), rows)).toEqual(toChartData(series));
	});
});
