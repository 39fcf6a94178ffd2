/**
 * Schema tests: the smallest valid entry passes, and each broken variant fails at the right field with
 * a message that tells the editor what is allowed.
 */
import { describe, expect, test } from 'vitest';
import { StrategySchema } from '../../src/schemas/strategy';
import { ProgramSchema } from '../../src/schemas/program';
import { formatIssues } from '../../src/schemas/format-issues';
import { makeProgram, makeStrategy } from '../fixtures/factories';

function issues(schema: { safeParse: (d: unknown) => any }, data: unknown) {
	const r = schema.safeParse(data);
	return r.success ? [] : r.error.issues.map((i: { path: PropertyKey[]; message: string }) => ({ path: i.path.join('.'), message: i.message }));
}

describe('StrategySchema', () => {
	test('the smallest valid strategy passes', () => {
		expect(issues(StrategySchema, makeStrategy())).toEqual([]);
	});

	test.each([
		['missing title', { title: undefined }, 'title', /title/],
		['summary over 160 characters', { summary: 'x'.repeat(161) }, 'summary', /160/],
		['unknown institution', { leads: ['dinas-entah'] }, 'leads.0', /unknown institution "dinas-entah".*disnaker/],
		['unknown target group', { targetGroups: ['semua'] }, 'targetGroups.0', /Allowed: warga-umum/],
		['no sources', { sources: [] }, 'sources', /at least one source/],
		['source without url', { sources: [{ title: 'Judul' }] }, 'sources.0.url', /https:\/\//],
		['bad date', { lastChecked: '29-11-2026' }, 'lastChecked', /YYYY-MM-DD/],
		['order not a number', { order: 'satu' as unknown as number }, 'order', /whole number/],
	])('%s fails at %s', (_name, override, path, message) => {
		const found = issues(StrategySchema, { ...makeStrategy(), ...override });
		expect(found.map((i: { path: string }) => i.path)).toContain(path);
		expect(found.find((i: { path: string }) => i.path === path)!.message).toMatch(message);
	});

	test('an unknown key is an error that names the key and the allowed fields', () => {
		const found = issues(StrategySchema, { ...makeStrategy(), sumary: 'typo' });
		expect(found).toHaveLength(1);
		expect(found[0]!.message).toMatch(/unknown field\(s\) "sumary".*Allowed fields: title, summary/);
	});

	test('formatIssues names the file and the field', () => {
		const r = StrategySchema.safeParse({ ...makeStrategy(), leads: ['x'] });
		expect(r.success).toBe(false);
		expect(formatIssues('content/strategies/a.mdx', r.error!)).toEqual([
			expect.stringMatching(/^content\/strategies\/a\.mdx: leads\.0: unknown institution "x"/),
		]);
	});

	test('a date written unquoted in YAML (a Date object) is accepted as the day', () => {
		const r = StrategySchema.parse({ ...makeStrategy(), lastChecked: new Date('2026-11-29') as unknown as string });
		expect(r.lastChecked).toBe('2026-11-29');
	});
});

describe('ProgramSchema', () => {
	test('the smallest valid program passes', () => {
		expect(issues(ProgramSchema, makeProgram())).toEqual([]);
	});

	test.each([
		['unknown kelurahan lists the valid ones', { kelurahan: ['lok-tuan'] }, 'kelurahan.0', /unknown kelurahan "lok-tuan". Allowed: guntung, loktuan/],
		['unknown kind', { kind: 'kursus' }, 'kind', /unknown program kind/],
		['dated program without an end', { schedule: { type: 'terjadwal', starts: '2024-06-08' } }, 'schedule.ends', /YYYY/],
		['end before start', { schedule: { type: 'terjadwal', starts: '2024-06-08', ends: '2024-05-01' } }, 'schedule.ends', /ends before it starts/],
		['registration closes before it opens', { schedule: { type: 'terjadwal', registrationOpens: '2025-10-13', registrationCloses: '2025-10-01', ends: '2025-12' } }, 'schedule.registrationCloses', /closes before it opens/],
		['unknown schedule type', { schedule: { type: 'sekali' } }, 'schedule.type', /berkelanjutan, berkala, terjadwal/],
		['http registration link', { access: 'terbuka', channels: [{ type: 'web', label: 'Daftar', url: 'http://daftar.example.org' }] }, 'channels.0.url', /https/],
		['open program without steps', { access: 'terbuka' }, 'steps', /how to register/],
		['paid program without amount', { cost: { type: 'berbayar' } }, 'cost.amountIdr', /amountIdr/],
		['kelurahan outside the listed kecamatan', { kecamatan: ['bontang-barat'], kelurahan: ['loktuan'] }, 'kelurahan', /bontang-utara/],
		['same target group twice', { targetGroups: ['lansia', 'lansia'] }, 'targetGroups', /twice/],
	])('%s (%s)', (_name, override, path, message) => {
		const found = issues(ProgramSchema, { ...makeProgram(), ...override });
		expect(found.map((i: { path: string }) => i.path)).toContain(path);
		expect(found.find((i: { path: string }) => i.path === path)!.message).toMatch(message);
	});

	test('year-precise dates compare by what they cover', () => {
		expect(issues(ProgramSchema, makeProgram({ schedule: { type: 'terjadwal', starts: '2024-06-08', ends: '2024' } }))).toEqual([]);
	});
});
