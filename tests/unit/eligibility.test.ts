/**
 * The household pre-check's rules (src/lib/eligibility.ts), on made-up programs from the factory,
 * never the real content: each household row says which verdict each program must get.
 */
import { describe, expect, test } from 'vitest';
import { makeProgram } from '../fixtures/factories';
import { ProgramSchema } from '../../src/schemas/program';
import {
	checklist, countByVerdict, hashFromState, householdGroups, matchHousehold, shareText, stateFromHash, MEMBER_IDS, MEMBERS,
	type Answers, type CekProgram, type Verdict,
} from '../../src/lib/eligibility';
import { TARGET_GROUP_IDS } from '../../src/schemas/target-groups';
import { STATUS_GROUP_IDS } from '../../src/lib/status';

const TODAY = '2026-11-30';
const src = { url: 'https://example.org/berita', title: 'Contoh berita', date: '2025-01-02' };

function program(slug: string, o: Parameters<typeof makeProgram>[0]): CekProgram {
	return { slug, ...ProgramSchema.parse(makeProgram({ title: `Program ${slug}`, ...o })) } as CekProgram;
}

const PROGRAMS: CekProgram[] = [
	program('tunai-kota', { targetGroups: ['keluarga-miskin-ekstrem'], viaDtsen: true, desilMax: 4, access: 'ditunjuk', schedule: { type: 'tahun-anggaran', year: 2026 }, askAt: 'dinsos-pm', documents: ['KTP', 'Kartu Keluarga'] }),
	program('pip', { targetGroups: ['pelajar', 'keluarga-miskin-ekstrem'], viaDtsen: true, access: 'ditunjuk', askAt: 'kelurahan', documents: ['Kartu Keluarga.', 'Rapor anak'] }),
	program('lansia-rumah', { targetGroups: ['lansia'], askAt: 'yayasan-pandu-qolby' }),
	program('posyandu', { targetGroups: ['ibu-hamil-balita'], schedule: { type: 'berkala', rhythm: 'Setiap bulan' }, askAt: 'puskesmas' }),
	program('latih-guntung', { targetGroups: ['pencari-kerja'], kelurahan: ['guntung'], access: 'terbuka', steps: ['Datang ke kantor kelurahan', 'Isi formulir'] }),
	program('modal-utara', { targetGroups: ['umkm'], kecamatan: ['bontang-utara'], askAt: 'diskop-ukmp' }),
	program('arsip-lansia', { targetGroups: ['lansia', 'warga-umum'], schedule: { type: 'terjadwal', ends: '2019-06' } }),
	program('bpjs', { targetGroups: ['warga-umum', 'keluarga-miskin-ekstrem'], guides: ['bpjs-pbi-tidak-aktif'], askAt: 'dinkes', steps: ['datang ke kantor kelurahan'] }),
	program('sekolah-rencana', { targetGroups: ['pelajar'], schedule: { type: 'direncanakan', expected: '2027-07', lastKnown: '2026-01' }, sources: [{ ...src, date: '2026-01' }] }),
	program('disabilitas', { targetGroups: ['disabilitas'], schedule: { type: 'belum-pasti', lastKnown: '2023' } }),
	program('ibu-rt', { targetGroups: ['ibu-rumah-tangga'] }),
];

type Row = [name: string, answers: Answers, expected: Partial<Record<string, Verdict | 'absent'>>];

const IBU_SARI: Answers = { place: 'loktuan', members: ['anak-sekolah', 'lansia', 'janda-yatim'], dtsen: 'tidak-tahu', bpjs: 'tidak-tahu' };

const HOUSEHOLDS: Row[] = [
	['Ibu Sari: widow in Loktuan, two children at school, mother of 70', IBU_SARI, {
		'tunai-kota': 'cek', pip: 'cek', 'lansia-rumah': 'cocok', bpjs: 'cocok', 'sekolah-rencana': 'cocok',
		posyandu: 'belum', 'latih-guntung': 'belum', 'modal-utara': 'belum', disabilitas: 'belum', 'ibu-rt': 'belum', 'arsip-lansia': 'absent',
	}],
	['nothing answered', {}, {
		bpjs: 'cocok', 'tunai-kota': 'cek', pip: 'cek', posyandu: 'cek', 'latih-guntung': 'cek', 'modal-utara': 'cek', 'ibu-rt': 'cek', 'arsip-lansia': 'absent',
	}],
	['job seeker in Guntung', { place: 'guntung', members: ['pencari-kerja'] }, { 'latih-guntung': 'cocok', 'modal-utara': 'belum', posyandu: 'belum' }],
	['job seeker in Loktuan (other kelurahan)', { place: 'loktuan', members: ['pencari-kerja'] }, { 'latih-guntung': 'belum' }],
	['job seeker who only knows the kecamatan', { place: 'bontang-utara', members: ['pencari-kerja'] }, { 'latih-guntung': 'cek' }],
	['small business in Bontang Selatan', { place: 'bontang-selatan', members: ['usaha'] }, { 'modal-utara': 'belum', 'latih-guntung': 'belum' }],
	['small business in Api-Api (kecamatan program)', { place: 'api-api', members: ['usaha'] }, { 'modal-utara': 'cocok' }],
	['none of the listed members', { members: [] }, { posyandu: 'belum', bpjs: 'cocok', 'tunai-kota': 'cek', 'lansia-rumah': 'belum' }],
	['on DTSEN with a school child', { members: ['anak-sekolah'], dtsen: 'ya', place: 'kanaan' }, { pip: 'cocok', 'tunai-kota': 'cek', 'sekolah-rencana': 'cocok' }],
	['not on DTSEN with a student', { members: ['mahasiswa'], dtsen: 'tidak' }, { pip: 'cek' }],
	['BPJS already active', { members: [], bpjs: 'aktif' }, { bpjs: 'belum' }],
	['BPJS inactive', { members: [], bpjs: 'tidak-aktif' }, { bpjs: 'cocok' }],
	['pregnant woman in Belimbing', { place: 'belimbing', members: ['hamil-balita'] }, { posyandu: 'cocok', 'latih-guntung': 'belum' }],
	['person with a disability', { members: ['disabilitas'] }, { disabilitas: 'cocok' }],
	['widow or orphan only', { members: ['janda-yatim'] }, { 'lansia-rumah': 'belum', 'ibu-rt': 'belum', bpjs: 'cocok' }],
];

describe('households', () => {
	test.each(HOUSEHOLDS)('%s', (_name, answers, expected) => {
		const result = matchHousehold(PROGRAMS, answers, TODAY);
		const verdicts = Object.fromEntries(result.matches.map((m) => [m.slug, m.verdict]));
		for (const [slug, want] of Object.entries(expected)) {
			expect(verdicts[slug] ?? 'absent', slug).toBe(want);
		}
		// Every reason is one sentence; finished programs never appear.
		for (const m of result.matches) {
			expect(m.reason).toMatch(/^[A-Z].*\.$/);
			expect(m.group).not.toBe('arsip');
		}
	});
});

describe('Ibu Sari in detail', () => {
	const result = matchHousehold(PROGRAMS, IBU_SARI, TODAY);
	const bySlug = new Map(result.matches.map((m) => [m.slug, m]));

	test('reasons come from the data and the answers', () => {
		expect(bySlug.get('tunai-kota')!.reason).toBe('Untuk keluarga desil 1–2 / miskin ekstrem: pertanyaan di sini tidak bisa memastikan desil keluarga; hanya untuk keluarga desil 1–4 di DTSEN; penerimanya diambil dari DTSEN: cek dulu apakah keluarga ini terdaftar.');
		expect(bySlug.get('pip')!.reason).toBe('Untuk pelajar dan mahasiswa, dan di keluarga ini ada anak sekolah; penerimanya diambil dari DTSEN: cek dulu apakah keluarga ini terdaftar.');
		expect(bySlug.get('lansia-rumah')!.reason).toBe('Untuk lansia, dan di keluarga ini ada lansia; berlaku di seluruh Kota Bontang.');
		expect(bySlug.get('latih-guntung')!.reason).toContain('hanya untuk Kelurahan Guntung, bukan Kelurahan Loktuan');
	});

	test('the widow/orphan answer has no target group and is reported, not guessed', () => {
		expect(result.unmatchedMembers).toEqual(['janda-yatim']);
	});

	test('the DTSEN guide is offered, first', () => {
		expect(result.guides[0]).toBe('cek-dtsen');
		expect(bySlug.get('pip')!.guides).toContain('cek-dtsen');
	});

	test('programs available now come before later ones inside a verdict', () => {
		for (const v of ['cocok', 'cek', 'belum'] as const) {
			const groups = result.matches.filter((m) => m.verdict === v).map((m) => STATUS_GROUP_IDS.indexOf(m.group));
			expect(groups).toEqual([...groups].sort((a, b) => a - b));
		}
		const cocok = result.matches.filter((m) => m.verdict === 'cocok').map((m) => m.slug);
		expect(cocok.at(-1)).toBe('sekolah-rencana');
		expect(result.matches.find((m) => m.slug === 'sekolah-rencana')!.status).toBe('direncanakan');
	});

	test('verdicts come first cocok, then cek, then belum', () => {
		const order = result.matches.map((m) => m.verdict);
		expect(order).toEqual([...order].sort((a, b) => ['cocok', 'cek', 'belum'].indexOf(a) - ['cocok', 'cek', 'belum'].indexOf(b)));
		expect(countByVerdict(result)).toEqual({ cocok: 3, cek: 2, belum: 5 });
	});

	test('checklist merges documents and steps without duplicates, with the offices to visit', () => {
		const list = checklist(PROGRAMS, result);
		expect(list.documents.map((d) => d.text)).toEqual(['KTP', 'Kartu Keluarga', 'Rapor anak']);
		expect(list.documents[1]!.from.length).toBe(2);
		expect(list.steps.map((s) => s.text)).toEqual(['datang ke kantor kelurahan']);
		expect(list.offices.map((o) => o.id).sort()).toEqual(['dinkes', 'dinsos-pm', 'disnaker', 'kelurahan', 'yayasan-pandu-qolby']);
		expect(list.offices.find((o) => o.id === 'dinsos-pm')!.name).toBe('Dinas Sosial dan Pemberdayaan Masyarakat Kota Bontang');
	});

	test('the printed list keeps documents and steps of the likely programs only, and every office', () => {
		const list = checklist(PROGRAMS, result, ['cocok']);
		expect(list.documents).toEqual([]);
		expect(list.steps.map((s) => s.text)).toEqual(['datang ke kantor kelurahan']);
		expect(list.offices).toHaveLength(5);
	});

	test('the WhatsApp text carries no answers unless asked to', () => {
		const list = checklist(PROGRAMS, result);
		const plain = shareText(result, list, 'https://x.test/cek-bantuan/');
		expect(plain).not.toMatch(/Loktuan|Tempat tinggal|Di keluarga|janda|Tidak tahu/i);
		expect(plain).toContain('https://x.test/cek-bantuan/');
		expect(plain).toContain('- Kartu Keluarga');
		const withAnswers = shareText(result, list, 'https://x.test/cek-bantuan/#a', IBU_SARI);
		expect(withAnswers).toContain('Tempat tinggal: Kelurahan Loktuan');
		expect(withAnswers).toContain('Di keluarga: anak sekolah, lansia dan janda atau anak yatim/piatu');
	});
});

describe('answers table', () => {
	test('every member maps only to target groups that exist', () => {
		for (const m of MEMBER_IDS) for (const g of MEMBERS[m].groups) expect(TARGET_GROUP_IDS).toContain(g);
	});
	test('a household is always a resident (warga-umum)', () => {
		expect([...householdGroups()]).toEqual(['warga-umum']);
		expect(householdGroups(['anak-sekolah', 'mahasiswa']).has('pelajar')).toBe(true);
	});
});

describe('URL fragment', () => {
	test('round-trips the answers and the step', () => {
		const s = { step: 5, helper: true, ...IBU_SARI };
		const hash = hashFromState(s);
		expect(hash).toBe('#langkah=5&bantu=1&tempat=loktuan&anggota=anak-sekolah,lansia,janda-yatim&dtsen=tidak-tahu&bpjs=tidak-tahu');
		expect(stateFromHash(hash)).toEqual(s);
	});
	test('"none of these" differs from "skipped"', () => {
		expect(stateFromHash(hashFromState({ step: 3, helper: false, members: [] })).members).toEqual([]);
		expect(stateFromHash('#langkah=3').members).toBeUndefined();
	});
	test('the empty state is a clean address, and junk is ignored', () => {
		expect(hashFromState({ step: 0, helper: false })).toBe('');
		expect(stateFromHash('#langkah=99&tempat=paris&anggota=x,lansia&dtsen=mungkin')).toEqual({ step: 0, helper: false, members: ['lansia'] });
	});
});
