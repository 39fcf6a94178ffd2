import { describe, expect, test } from 'vitest';
import { SeriesSchema, type Series } from '../../src/schemas/series';
import { describeSeries, formatValue, seriesToCsv } from '../../src/lib/series';

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

test('a measured series needs its producer; a count made by this site does not', () => {
	const { producer: _omit, ...noProducer } = base;
	expect(issues(noProducer)).toEqual(['producer: name who produces this measure (an institution id, e.g. bps-bontang or dinsos-pm)']);
	expect(issues({ ...noProducer, method: 'hitungan' })).toEqual([]);
});
