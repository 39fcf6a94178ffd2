/**
 * The household pre-check over the real content/: the household of issue #11 (Ibu Sari, a widow in
 * Loktuan with two children at school and a mother of 70) must be pointed to the city's 2026 cash aid
 * (to be checked: it is chosen from DTSEN), PIP/KIP for the children, help for older people, and the
 * DTSEN guide. Programs are found by their data, not by file name, so renaming a file cannot hide one.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ProgramSchema } from '../../src/schemas/program';
import { matchHousehold, type Answers, type CekProgram } from '../../src/lib/eligibility';
import { loadFolder, ROOT } from './load';

const TODAY = '2026-11-30';
const programs: CekProgram[] = loadFolder('content/programs').map((f) => ({ slug: f.id, ...ProgramSchema.parse(f.data) }) as CekProgram);
const byslug = new Map(programs.map((p) => [p.slug, p]));
const IBU_SARI: Answers = { place: 'loktuan', members: ['anak-sekolah', 'lansia', 'janda-yatim'], dtsen: 'tidak-tahu', bpjs: 'tidak-tahu' };

describe('Ibu Sari over the real programs', () => {
	const result = matchHousehold(programs, IBU_SARI, TODAY);
	const relevant = result.matches.filter((m) => m.verdict !== 'belum');
	const data = (slug: string) => byslug.get(slug)!;

	test("the city's 2026 cash aid is listed as Perlu dicek", () => {
		const cash = result.matches.filter((m) => {
			const p = data(m.slug);
			return p.schedule.type === 'tahun-anggaran' && p.schedule.year === 2026 && p.viaDtsen && /tunai|BLT/i.test(`${p.title}`);
		});
		expect(cash.map((m) => m.verdict)).toContain('cek');
	});

	test('PIP/KIP for the children is offered', () => {
		expect(relevant.some((m) => /\b(PIP|KIP)\b/.test(m.title) && data(m.slug).targetGroups.includes('pelajar'))).toBe(true);
	});

	test('help for older people is offered', () => {
		expect(relevant.some((m) => data(m.slug).targetGroups.includes('lansia'))).toBe(true);
	});

	test('the DTSEN guide is offered and published', () => {
		expect(result.guides[0]).toBe('cek-dtsen');
		expect(existsSync(path.join(ROOT, 'content/guides/cek-dtsen.mdx')) || existsSync(path.join(ROOT, 'content/guides/cek-dtsen.md'))).toBe(true);
	});

	test('no finished program is offered', () => {
		expect(result.matches.every((m) => m.group !== 'arsip')).toBe(true);
	});
});
