/** Every entry in the real content/ folder is valid, and every reference between entries resolves. */
import { describe, expect, test } from 'vitest';
import { StrategySchema } from '../../src/schemas/strategy';
import { ProgramSchema } from '../../src/schemas/program';
import { formatIssues } from '../../src/schemas/format-issues';
import { loadFolder } from './load';

const strategies = loadFolder('content/strategies');
const programs = loadFolder('content/programs');

function problems(files: ReturnType<typeof loadFolder>, schema: { safeParse: (d: unknown) => any }) {
	return files.flatMap((f) => {
		const r = schema.safeParse(f.data);
		return r.success ? [] : formatIssues(f.file, r.error);
	});
}

describe('strategies', () => {
	test('there are the five strategies', () => {
		expect(strategies.map((s) => s.id).sort()).toEqual([
			'kesehatan-dan-kesejahteraan',
			'ketahanan-pangan-berbasis-komunitas',
			'kolaborasi-sektor-swasta',
			'pendidikan-dan-pelatihan-keterampilan',
			'tantangan-dan-harapan',
		]);
	});
	test('every strategy is valid', () => {
		expect(problems(strategies, StrategySchema)).toEqual([]);
	});
	test('display order is unique', () => {
		const orders = strategies.map((s) => (s.data as { order: number }).order);
		expect(new Set(orders).size).toBe(orders.length);
	});
});

describe('programs', () => {
	test('every program is valid', () => {
		expect(problems(programs, ProgramSchema)).toEqual([]);
	});
	test('every program points at an existing strategy', () => {
		const ids = new Set(strategies.map((s) => s.id));
		const bad = programs
			.filter((p) => !ids.has((p.data as { strategy: string }).strategy))
			.map((p) => `${p.file}: strategy "${(p.data as { strategy: string }).strategy}" does not exist`);
		expect(bad).toEqual([]);
	});
});

describe('statistical series', () => {
	const all = loadFolder('content/data', /\.ya?ml$/);
	test('there are series, and every one is valid (every value sourced, periods in order, units fit)', async () => {
		const { SeriesSchema } = await import('../../src/schemas/series');
		expect(all.length).toBeGreaterThan(5);
		expect(problems(all, SeriesSchema)).toEqual([]);
	});
});
