/**
 * Schema tests: the smallest valid entry passes, and each broken variant fails at the right field with
 * a message that tells the editor what is allowed.
 */
import { describe, expect, test } from 'vitest';
import { StrategySchema } from '../../src/schemas/strategy';
import { ProgramSchema } from '../../src/schemas/program';
import { formatIssues } from '../../src/schemas/format-issues';
import { GuideSchema } from '../../src/schemas/guide';
import { makeGuide, makeProgram, makeStrategy } from '../fixtures/factories';

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
		['registration closes after the program ends', { schedule: { type: 'terjadwal', registrationCloses: '2025-12-20', ends: '2025-11' } }, 'schedule.registrationCloses', /closes after the program ends/],
		['lastChecked after the build day', { lastChecked: '2999-01-01' }, 'lastChecked', /after today/],
		['a source published after the entry was checked', { lastChecked: '2026-01-05', sources: [{ url: 'https://example.org/a', title: 'Berita', date: '2026-02' }] }, 'sources.0.date', /after the entry was last checked/],
		['a source without a date or "tidak-diketahui"', { sources: [{ url: 'https://example.org/a', title: 'Berita' }] }, 'sources.0.date', /tidak-diketahui/],
		['a source without a title or publisher', { sources: [{ url: 'https://example.org/a', date: '2025' }] }, 'sources.0.title', /publisher/],
		['an amount whose source is not listed', { amounts: [{ label: 'Per orang', amountIdr: 300000, source: 'https://example.org/lain' }] }, 'amounts.0.source', /not in the entry's sources/],
		['a school year that is not two consecutive years', { schedule: { type: 'tahun-ajaran', year: '2025/2027' } }, 'schedule.year', /consecutive/],
		['a plan without the date of its latest news', { schedule: { type: 'direncanakan', expected: '2026-07' } }, 'schedule.lastKnown', /YYYY/],
		['desil outside 1–10', { desilMax: 11 }, 'desilMax', /./],
	])('%s (%s)', (_name, override, path, message) => {
		const found = issues(ProgramSchema, { ...makeProgram(), ...override });
		expect(found.map((i: { path: string }) => i.path)).toContain(path);
		expect(found.find((i: { path: string }) => i.path === path)!.message).toMatch(message);
	});

	test('a source without a title is named by its publisher, and an unknown date is said plainly', () => {
		const source = { url: 'https://example.org/a', publisher: 'Pemkot Bontang', date: 'tidak-diketahui', reliability: 'rendah' };
		expect(issues(ProgramSchema, makeProgram({ sources: [source] as never }))).toEqual([]);
	});

	test('amounts, DTSEN, desil and guides are accepted with a listed source', () => {
		const ok = makeProgram({
			amounts: [{ label: 'Per orang', amountIdr: 300000, per: 'per bulan', source: 'https://example.org/berita' }],
			viaDtsen: true,
			desilMax: 4,
			guides: ['cek-dtsen'],
			schedule: { type: 'tahun-anggaran', year: 2026 },
		});
		expect(issues(ProgramSchema, ok)).toEqual([]);
	});

	test('the build day can be set (BUILD_DATE), and dates are judged against it', () => {
		const old = process.env.BUILD_DATE;
		process.env.BUILD_DATE = '2026-01-01';
		try {
			expect(issues(ProgramSchema, makeProgram({ lastChecked: '2026-01-02' })).map((i: { path: string }) => i.path)).toContain('lastChecked');
		} finally {
			if (old === undefined) delete process.env.BUILD_DATE;
			else process.env.BUILD_DATE = old;
		}
	});

	test('year-precise dates compare by what they cover', () => {
		expect(issues(ProgramSchema, makeProgram({ schedule: { type: 'terjadwal', starts: '2024-06-08', ends: '2024' } }))).toEqual([]);
	});
});

describe('GuideSchema', () => {
	test('the smallest valid guide passes', () => {
		expect(issues(GuideSchema, makeGuide())).toEqual([]);
	});
	test.each([
		['no steps', { steps: [] }, 'steps', /at least one step/],
		['a step whose source is not listed', { steps: [{ title: 'Langkah', text: 'Lakukan sesuatu di sini.', source: 'https://example.org/lain' }] }, 'steps.0.source', /not in the guide's sources/],
		['a step without a source', { steps: [{ title: 'Langkah', text: 'Lakukan sesuatu di sini.' }] as never }, 'steps.0.source', /address/],
		['lastChecked in the future', { lastChecked: '2999-01-01' }, 'lastChecked', /after today/],
	])('%s fails at %s', (_name, override, path, message) => {
		const found = issues(GuideSchema, { ...makeGuide(), ...override });
		expect(found.map((i: { path: string }) => i.path)).toContain(path);
		expect(found.find((i: { path: string }) => i.path === path)!.message).toMatch(message);
	});
});
