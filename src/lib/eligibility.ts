/**
 * "Cek bantuan": which programs may fit a household, from a few answers. Pure and data-driven: it
 * reads only program frontmatter (target groups, place, access, viaDtsen, desilMax, guides, status)
 * and the tables below, never a program's slug, so adding a program needs no code here.
 *
 * It runs in the visitor's browser on answers that never leave the phone, and in Vitest.
 * Every reason is assembled from the program's own fields and the visitor's answers: nothing is
 * claimed that the data does not say, and what the answers cannot settle goes to "Perlu dicek".
 */
import type { Program } from '../schemas/program';
import { TARGET_GROUPS, type TargetGroup } from '../schemas/target-groups';
import { INSTITUTIONS, type Institution } from '../schemas/institutions';
import { KECAMATAN, KELURAHAN, kecamatanName, kecamatanOf, kecamatanServed, kelurahanName, type Kecamatan, type Kelurahan } from '../schemas/wilayah';
import { programStatus, statusGroup, STATUS_GROUP_IDS, STATUSES, type Status, type StatusGroup } from './status';

/**
 * Who may live in the household, as the question lists them (`label`; `who` is the form used inside a
 * sentence), and the target groups (src/schemas/target-groups.ts)
 * each one belongs to. Only where the vocabulary fits: `janda-yatim` has no group yet (no target group
 * names widows or orphans), so it maps to none and the result says so instead of guessing.
 */
export const MEMBERS = {
	'hamil-balita': { label: 'Ibu hamil, ibu menyusui atau balita', who: 'ibu hamil, ibu menyusui atau balita', groups: ['ibu-hamil-balita'] },
	'anak-sekolah': { label: 'Anak sekolah (SD, SMP, SMA/SMK)', who: 'anak sekolah', groups: ['pelajar'] },
	mahasiswa: { label: 'Mahasiswa', who: 'mahasiswa', groups: ['pelajar'] },
	lansia: { label: 'Orang lanjut usia (lansia, 60 tahun ke atas)', who: 'lansia', groups: ['lansia'] },
	disabilitas: { label: 'Penyandang disabilitas', who: 'penyandang disabilitas', groups: ['disabilitas'] },
	'janda-yatim': { label: 'Janda, atau anak yatim/piatu', who: 'janda atau anak yatim/piatu', groups: [] },
	'pencari-kerja': { label: 'Orang yang sedang mencari kerja', who: 'pencari kerja', groups: ['pencari-kerja'] },
	usaha: { label: 'Orang yang punya usaha kecil', who: 'pemilik usaha kecil', groups: ['umkm'] },
} as const satisfies Record<string, { label: string; who: string; groups: readonly TargetGroup[] }>;
export type Member = keyof typeof MEMBERS;
export const MEMBER_IDS = Object.keys(MEMBERS) as Member[];

/** The DTSEN question: on the national welfare list, or receiving PKH or BPNT (which come from it). */
export const DTSEN_ANSWERS = { ya: 'Ya', tidak: 'Tidak', 'tidak-tahu': 'Tidak tahu' } as const;
export type DtsenAnswer = keyof typeof DTSEN_ANSWERS;

/** The BPJS Kesehatan question. */
export const BPJS_ANSWERS = {
	aktif: 'Punya, dan aktif',
	'tidak-aktif': 'Punya, tetapi tidak aktif',
	'tidak-punya': 'Tidak punya',
	'tidak-tahu': 'Tidak tahu',
} as const;
export type BpjsAnswer = keyof typeof BPJS_ANSWERS;

/** A place answer: a kelurahan, or only the kecamatan when the kelurahan is not known. */
export type Place = Kelurahan | Kecamatan;

/** The answers. A missing field means "skipped" (lewati) or not reached: both mean unknown. */
export interface Answers {
	place?: Place;
	/** Who lives in the household; [] means "none of these", undefined means skipped. */
	members?: Member[];
	dtsen?: DtsenAnswer;
	bpjs?: BpjsAnswer;
}

/** The guide on checking DTSEN, linked whenever a program picks its recipients from DTSEN. */
export const DTSEN_GUIDE = 'cek-dtsen';
/** The guide for an inactive BPJS card. */
export const BPJS_GUIDE = 'bpjs-pbi-tidak-aktif';

/** What the matcher reads from a program: a subset of its frontmatter plus its slug. */
export type CekProgram = Pick<
	Program,
	'title' | 'targetGroups' | 'kecamatan' | 'kelurahan' | 'access' | 'viaDtsen' | 'desilMax' | 'guides' | 'documents' | 'steps' | 'askAt' | 'schedule'
> & { slug: string };

export type Verdict = 'cocok' | 'cek' | 'belum';
export const VERDICTS: Record<Verdict, string> = {
	cocok: 'Kemungkinan cocok',
	cek: 'Perlu dicek',
	belum: 'Belum cocok',
};

export interface Match {
	slug: string;
	title: string;
	status: Status;
	group: StatusGroup;
	verdict: Verdict;
	/** One sentence, built from the program's data and the answers. */
	reason: string;
	/** Guides to read for this program (slugs). */
	guides: string[];
	askAt: Institution;
}

export interface Result {
	matches: Match[];
	/** Household members the site has no target group for, e.g. "janda-yatim". */
	unmatchedMembers: Member[];
	/** Guides worth reading for this household, in order: DTSEN first when relevant. */
	guides: string[];
}

const placeName = (p: Place): string =>
	(KECAMATAN as readonly string[]).includes(p) ? `Kecamatan ${kecamatanName(p as Kecamatan)}` : `Kelurahan ${kelurahanName(p as Kelurahan)}`;

/** A group's label inside a sentence: "Pelaku UMKM" → "pelaku UMKM" (acronyms stay). */
const groupName = (g: TargetGroup) => TARGET_GROUPS[g].id.charAt(0).toLowerCase() + TARGET_GROUPS[g].id.slice(1);

/** "a", "a dan b", "a, b dan c". */
export function listWords(items: string[]): string {
	return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} dan ${items.at(-1)}`;
}

/** The target groups a household belongs to: everyone is a resident ("warga-umum"). */
export function householdGroups(members: readonly Member[] = []): Set<TargetGroup> {
	return new Set<TargetGroup>(['warga-umum', ...members.flatMap((m) => MEMBERS[m].groups)]);
}

type Check = { ok: true; text: string } | { ok: false; text: string } | { ok: null; text: string };

function placeCheck(p: CekProgram, place: Place | undefined): Check {
	const served = kecamatanServed(p.kecamatan, p.kelurahan);
	if (!served.length) return { ok: true, text: 'berlaku di seluruh Kota Bontang' };
	const where = listWords([...(p.kelurahan ?? []).map((k) => `Kelurahan ${kelurahanName(k as Kelurahan)}`), ...(p.kecamatan ?? []).filter((k) => !(p.kelurahan ?? []).some((l) => kecamatanOf(l as Kelurahan) === k)).map((k) => `Kecamatan ${kecamatanName(k as Kecamatan)}`)]);
	if (!place) return { ok: null, text: `hanya untuk ${where}, dan tempat tinggal belum dijawab` };
	const isKelurahan = (KELURAHAN as readonly string[]).includes(place);
	const kec = isKelurahan ? kecamatanOf(place as Kelurahan) : (place as Kecamatan);
	if (!served.includes(kec)) return { ok: false, text: `hanya untuk ${where}, bukan ${placeName(place)}` };
	// The program names kelurahan in this kecamatan: a kelurahan answer settles it, a kecamatan answer cannot.
	const kels = (p.kelurahan ?? []).filter((k) => kecamatanOf(k as Kelurahan) === kec);
	const wholeKecamatan = (p.kecamatan ?? []).includes(kec) && !kels.length;
	if (wholeKecamatan) return { ok: true, text: `berlaku di Kecamatan ${kecamatanName(kec)}` };
	if (!isKelurahan) return { ok: null, text: `hanya untuk ${where}; pilih kelurahan untuk memastikan` };
	return (kels as string[]).includes(place)
		? { ok: true, text: `berlaku di ${placeName(place)}` }
		: { ok: false, text: `hanya untuk ${where}, bukan ${placeName(place)}` };
}

function groupCheck(p: CekProgram, members: readonly Member[] | undefined): Check {
	const targets = p.targetGroups as TargetGroup[];
	const forAll = targets.includes('warga-umum');
	if (members === undefined) {
		return forAll ? { ok: true, text: 'untuk semua warga' } : { ok: null, text: `untuk ${listWords(targets.map(groupName))}, dan isi keluarga belum dijawab` };
	}
	const have = householdGroups(members);
	const specific = targets.filter((g) => g !== 'warga-umum' && have.has(g));
	if (specific.length) {
		const who = members.filter((m) => MEMBERS[m].groups.some((g) => specific.includes(g as TargetGroup))).map((m) => MEMBERS[m].who);
		return { ok: true, text: `untuk ${listWords(specific.map(groupName))}, dan di keluarga ini ada ${listWords(who)}` };
	}
	if (forAll) return { ok: true, text: 'untuk semua warga' };
	// The decile of a family is not something these questions can know.
	if (targets.includes('keluarga-miskin-ekstrem')) {
		return { ok: null, text: `untuk ${groupName('keluarga-miskin-ekstrem')}: pertanyaan di sini tidak bisa memastikan desil keluarga` };
	}
	return { ok: false, text: `untuk ${listWords(targets.map(groupName))}, dan tidak ada yang dipilih dari kelompok ini` };
}

/** Rules the answers cannot settle, or can settle only with the DTSEN answer. */
function ruleChecks(p: CekProgram, a: Answers): Check[] {
	const out: Check[] = [];
	if (p.desilMax) out.push({ ok: null, text: `hanya untuk keluarga desil 1–${p.desilMax} di DTSEN` });
	if (p.viaDtsen) {
		if (a.dtsen === 'ya') out.push({ ok: true, text: 'penerimanya diambil dari DTSEN, dan keluarga ini sudah terdaftar' });
		else if (a.dtsen === 'tidak') out.push({ ok: null, text: 'penerimanya diambil dari DTSEN, dan keluarga ini belum terdaftar: cek atau usulkan dulu' });
		else out.push({ ok: null, text: 'penerimanya diambil dari DTSEN: cek dulu apakah keluarga ini terdaftar' });
	} else if (p.access === 'ditunjuk') {
		out.push({ ok: null, text: `pesertanya dipilih penyelenggara, tidak ada pendaftaran terbuka: tanyakan ke ${INSTITUTIONS[p.askAt].short}` });
	}
	if (p.guides?.includes(BPJS_GUIDE)) {
		if (a.bpjs === 'aktif') out.push({ ok: false, text: 'BPJS keluarga ini sudah aktif' });
		else if (a.bpjs === 'tidak-aktif' || a.bpjs === 'tidak-punya') out.push({ ok: true, text: `BPJS keluarga ini ${a.bpjs === 'tidak-aktif' ? 'tidak aktif' : 'belum ada'}` });
	}
	return out;
}

const sentence = (parts: string[]) => {
	const s = parts.filter(Boolean).join('; ');
	return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
};

/** One program against the answers. Returns null for finished programs: they are never options. */
export function matchProgram(p: CekProgram, a: Answers, today: string): Match | null {
	const status = programStatus(p.schedule, today);
	const group = statusGroup(status);
	if (group === 'arsip') return null;
	const checks = [groupCheck(p, a.members), placeCheck(p, a.place), ...ruleChecks(p, a)];
	const failed = checks.filter((c) => c.ok === false);
	const open = checks.filter((c) => c.ok === null);
	const verdict: Verdict = failed.length ? 'belum' : open.length ? 'cek' : 'cocok';
	// The sentence leads with what decides the verdict.
	const [who] = checks;
	const lead = verdict === 'belum' ? failed : verdict === 'cek' ? [...(who!.ok ? [who!] : []), ...open] : checks;
	const guides = [...new Set([...(p.viaDtsen ? [DTSEN_GUIDE] : []), ...(p.guides ?? [])])];
	return { slug: p.slug, title: p.title, status, group, verdict, reason: sentence(lead.map((c) => c.text)), guides, askAt: p.askAt };
}

const VERDICT_ORDER: Verdict[] = ['cocok', 'cek', 'belum'];

/**
 * Every current program against the answers: grouped by verdict, and inside each verdict the status
 * groups in order (sekarang first), keeping the given order (open first) within a status group.
 */
export function matchHousehold(programs: readonly CekProgram[], a: Answers, today: string): Result {
	const matches = programs
		.map((p) => matchProgram(p, a, today))
		.filter((m): m is Match => m !== null)
		.map((m, i) => ({ m, i }))
		.sort(
			(x, y) =>
				VERDICT_ORDER.indexOf(x.m.verdict) - VERDICT_ORDER.indexOf(y.m.verdict) ||
				STATUS_GROUP_IDS.indexOf(x.m.group) - STATUS_GROUP_IDS.indexOf(y.m.group) ||
				STATUSES[x.m.status].rank - STATUSES[y.m.status].rank ||
				x.i - y.i,
		)
		.map(({ m }) => m);
	const unmatchedMembers = (a.members ?? []).filter((m) => MEMBERS[m].groups.length === 0);
	const relevant = matches.filter((m) => m.verdict !== 'belum');
	const guides = new Set<string>();
	// Not sure about DTSEN, or a relevant program depends on it: the DTSEN guide comes first.
	if (a.dtsen !== 'ya' || relevant.some((m) => m.guides.includes(DTSEN_GUIDE))) guides.add(DTSEN_GUIDE);
	if (a.bpjs === 'tidak-aktif' || a.bpjs === 'tidak-punya') guides.add(BPJS_GUIDE);
	for (const m of relevant) for (const g of m.guides) guides.add(g);
	return { matches, unmatchedMembers, guides: [...guides] };
}

/** Counts per verdict, for the announced summary. */
export function countByVerdict(r: Result): Record<Verdict, number> {
	const out: Record<Verdict, number> = { cocok: 0, cek: 0, belum: 0 };
	for (const m of r.matches) out[m.verdict]++;
	return out;
}

/** Text that compares as the same item: case, spaces and end punctuation ignored. */
const norm = (s: string) => s.toLocaleLowerCase('id').replace(/\s+/g, ' ').replace(/[.;:,\s]+$/, '').trim();

function dedupe(items: { text: string; from: string }[]): { text: string; from: string[] }[] {
	const out = new Map<string, { text: string; from: string[] }>();
	for (const { text, from } of items) {
		const key = norm(text);
		const seen = out.get(key);
		if (seen) {
			if (!seen.from.includes(from)) seen.from.push(from);
		} else out.set(key, { text: text.trim(), from: [from] });
	}
	return [...out.values()];
}

export interface Checklist {
	/** Documents to bring, merged from the programs' `documents`; `from` lists program titles. */
	documents: { text: string; from: string[] }[];
	/** Steps, merged from the programs' `steps`. */
	steps: { text: string; from: string[] }[];
	/** Offices to visit or ask (askAt), with the programs each one is for. */
	offices: { id: Institution; name: string; from: string[] }[];
}

/**
 * The "what to bring and do" list. Documents and steps come from the programs with the given verdicts
 * (on screen: cocok and cek; on the one-page print: cocok only, to fit the paper); the offices to ask
 * always cover both cocok and cek, since "perlu dicek" means asking that office.
 */
export function checklist(programs: readonly CekProgram[], result: Result, detailsFor: readonly Verdict[] = ['cocok', 'cek']): Checklist {
	const bySlug = new Map(programs.map((p) => [p.slug, p]));
	const relevant = result.matches.filter((m) => m.verdict !== 'belum');
	const detailed = relevant.filter((m) => detailsFor.includes(m.verdict)).map((m) => bySlug.get(m.slug)!);
	const chosen = relevant.map((m) => bySlug.get(m.slug)!);
	const offices = new Map<Institution, { id: Institution; name: string; from: string[] }>();
	for (const p of chosen) {
		const o = offices.get(p.askAt) ?? { id: p.askAt, name: INSTITUTIONS[p.askAt].name, from: [] };
		o.from.push(p.title);
		offices.set(p.askAt, o);
	}
	return {
		documents: dedupe(detailed.flatMap((p) => (p.documents ?? []).map((text) => ({ text, from: p.title })))),
		steps: dedupe(detailed.flatMap((p) => (p.steps ?? []).map((text) => ({ text, from: p.title })))),
		offices: [...offices.values()],
	};
}

// ---------------------------------------------------------------------------------------------
// The answers in the URL fragment (#…): never sent to a server, kept by Back, reload and links.

const PLACES = new Set<string>([...KECAMATAN, ...KELURAHAN]);

export interface CekState extends Answers {
	/** The question on screen (1-based); 0 = start, QUESTION_COUNT + 1 = results. */
	step: number;
	/** "Saya membantu orang lain": questions in the third person. */
	helper: boolean;
}

export const QUESTION_COUNT = 4;

/** Reads the fragment, ignoring anything unknown (a hand-edited or old link never breaks the page). */
export function stateFromHash(hash: string): CekState {
	const q = new URLSearchParams(hash.replace(/^#/, ''));
	const state: CekState = { step: 0, helper: q.get('bantu') === '1' };
	const step = Number(q.get('langkah'));
	if (Number.isInteger(step) && step >= 0 && step <= QUESTION_COUNT + 1) state.step = step;
	const place = q.get('tempat');
	if (place && PLACES.has(place)) state.place = place as Place;
	const members = q.get('anggota');
	if (members !== null) state.members = members === '' || members === 'tidak-ada' ? [] : members.split(',').filter((m): m is Member => m in MEMBERS);
	const dtsen = q.get('dtsen');
	if (dtsen && dtsen in DTSEN_ANSWERS) state.dtsen = dtsen as DtsenAnswer;
	const bpjs = q.get('bpjs');
	if (bpjs && bpjs in BPJS_ANSWERS) state.bpjs = bpjs as BpjsAnswer;
	return state;
}

/** Writes the fragment; the empty state is "" (a clean address). */
export function hashFromState(s: CekState): string {
	const q = new URLSearchParams();
	if (s.step) q.set('langkah', String(s.step));
	if (s.helper) q.set('bantu', '1');
	if (s.place) q.set('tempat', s.place);
	if (s.members) q.set('anggota', s.members.length ? s.members.join(',') : 'tidak-ada');
	if (s.dtsen) q.set('dtsen', s.dtsen);
	if (s.bpjs) q.set('bpjs', s.bpjs);
	const text = q.toString().replace(/%2C/g, ',');
	return text ? `#${text}` : '';
}

/** The answers in plain words, for a message the person chose to include them in. */
export function answersText(a: Answers): string[] {
	const lines: string[] = [];
	if (a.place) lines.push(`Tempat tinggal: ${placeName(a.place)}`);
	if (a.members) lines.push(`Di keluarga: ${a.members.length ? listWords(a.members.map((m) => MEMBERS[m].who)) : 'tidak ada dari daftar'}`);
	if (a.dtsen) lines.push(`Terdaftar DTSEN / menerima PKH atau BPNT: ${DTSEN_ANSWERS[a.dtsen]}`);
	if (a.bpjs) lines.push(`BPJS Kesehatan: ${BPJS_ANSWERS[a.bpjs]}`);
	return lines;
}

/** The WhatsApp message: program names and what to bring; the answers only when asked for. */
export function shareText(result: Result, list: Checklist, url: string, answers?: Answers): string {
	const pick = (v: Verdict) => result.matches.filter((m) => m.verdict === v).map((m) => `- ${m.title}`);
	const lines = [
		'*Cek bantuan: daftar yang perlu diurus*',
		...(answers ? answersText(answers) : []),
		...(pick('cocok').length ? ['', `${VERDICTS.cocok}:`, ...pick('cocok')] : []),
		...(pick('cek').length ? ['', `${VERDICTS.cek}:`, ...pick('cek')] : []),
		...(list.documents.length ? ['', 'Bawa:', ...list.documents.map((d) => `- ${d.text}`)] : []),
		...(list.offices.length ? ['', 'Tanya ke:', ...list.offices.map((o) => `- ${INSTITUTIONS[o.id].short}`)] : []),
		'',
		`Cek sendiri: ${url}`,
	];
	return lines.join('\n');
}
