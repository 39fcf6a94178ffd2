/**
 * The one module that reads content collections. Pages and components import typed, sorted lists
 * from here and never call getCollection themselves.
 */

import { getCollection, type CollectionEntry } from 'astro:content';
import type { GlossaryEntry } from './schemas/glossary';
import { buildDay as buildDayOf } from './lib/dates';
import { sortItems, type FinderItem } from './lib/finder';
import { toFinderItem } from './lib/finder-index';
import { readFileSync } from 'node:fs';
import type { OgCard } from './lib/og-image';
import { TARGET_GROUPS } from './schemas/target-groups';
import { STATUSES as STATUS_LABELS, STATUS_GROUPS, programStatus, statusGroup, STATUS_GROUP_IDS, type StatusGroup } from './lib/status';
import { KECAMATAN, kecamatanName, kecamatanServed, type Kecamatan } from './schemas/wilayah';
import type { TargetGroup } from './schemas/target-groups';
import type { CekProgram } from './lib/eligibility';
import { programRecord, type ProgramRecord } from './lib/open-data';
import { programStats } from './lib/program-stats';
import type { Series } from './schemas/series';
import { absoluteUrl, SHORT_LINKS_FILE, FRESHNESS_DAYS } from './config/site.mjs';
import { codesBySlug, extendLedger, type Ledger } from './lib/short-codes';
import { officeLinkFor, type OfficeLink, type OfficeLike } from './lib/offices';
import { freshnessNotice } from './lib/freshness';

export type StrategyEntry = CollectionEntry<'strategies'>;
export type ProgramEntry = CollectionEntry<'programs'>;
export type GuideEntry = CollectionEntry<'guides'>;

/** The five strategies in display order. */
export const strategies: StrategyEntry[] = (await getCollection('strategies')).sort(
	(a, b) => a.data.order - b.data.order,
);

/** Every program, sorted by title (the finder re-sorts by status and date). */
export const programs: ProgramEntry[] = (await getCollection('programs')).sort((a, b) =>
	a.data.title.localeCompare(b.data.title, 'id'),
);

/** The guides (/panduan/<slug>/) in display order (`order` in their frontmatter). */
export const guides: GuideEntry[] = (await getCollection('guides')).sort(
	(a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id),
);

const guideBySlug = new Map(guides.map((g) => [g.id, g]));

/** One guide by slug; a slug with no file in content/guides/ fails the build with the slugs that exist. */
export function getGuide(slug: string, usedBy = 'a page'): GuideEntry {
	const guide = guideBySlug.get(slug);
	if (!guide) {
		throw new Error(
			`${usedBy} names the guide "${slug}", but content/guides/${slug}.mdx does not exist. Use one of: ${[...guideBySlug.keys()].join(', ')}`,
		);
	}
	return guide;
}

/**
 * The guides a program lists in its `guides:` frontmatter, in the program's order. The program schema
 * only checks the slug's shape (it is pure, for Vitest); this is where a slug that names no guide
 * fails the build, naming the program file and the field.
 */
export function guidesOf(program: ProgramEntry): GuideEntry[] {
	return (program.data.guides ?? []).map((slug) => getGuide(slug, `content/programs/${program.id}.mdx (field guides)`));
}

/** Programs that list a guide in their `guides:`, sorted by title. */
export function programsWithGuide(slug: string): ProgramEntry[] {
	return programs.filter((p) => p.data.guides?.includes(slug));
}

// Resolve every program's guides once at load time, so a wrong slug fails the build even on a page
// that does not render guides.
for (const p of programs) guidesOf(p);

/** Programs that belong to a strategy, open ones first. */
export function programsOfStrategy(slug: string): ProgramEntry[] {
	return programsOpenFirst.filter((p) => p.data.strategy.id === slug);
}

/**
 * The day the site is built, in Bontang's time zone: the date build-time statuses are computed for.
 * BUILD_DATE=YYYY-MM-DD overrides it (tests, reproducible builds).
 */
export const buildDay: string = buildDayOf();

/** Every program as the finder knows it, open programs first. */
export const finderItems: FinderItem[] = sortItems(
	programs.map((p) => toFinderItem(p.id, { ...p.data, strategy: p.data.strategy.id }, buildDay, FRESHNESS_DAYS)),
	'relevan',
	null,
);

const bySlug = new Map(programs.map((p) => [p.id, p]));
/** Every program in the finder's order: open ones first, then newest. */
export const programsOpenFirst: ProgramEntry[] = finderItems.map((item) => bySlug.get(item.slug)!);

/** The status of a program on the build day. */
export function statusOf(entry: ProgramEntry) {
	return programStatus(entry.data.schedule, buildDay);
}

/**
 * Programs by status group on the build day, each in the finder's order: what a family can act on now
 * (`sekarang`), what opens soon or is planned (`nanti`), what the sources cannot settle (`tanyakan`),
 * and the record of what was done (`arsip`).
 */
export function groupByStatus(entries: ProgramEntry[]): Record<StatusGroup, ProgramEntry[]> {
	const groups = Object.fromEntries(STATUS_GROUP_IDS.map((g) => [g, [] as ProgramEntry[]])) as Record<StatusGroup, ProgramEntry[]>;
	for (const e of entries) groups[statusGroup(statusOf(e))].push(e);
	return groups;
}

/** Every program by status group, in the finder's order. */
export const programsByGroup: Record<StatusGroup, ProgramEntry[]> = groupByStatus(programsOpenFirst);

/** Programs for one target group (/program/untuk/<group>/), open ones first. */
export function programsForGroup(group: TargetGroup): ProgramEntry[] {
	return programsOpenFirst.filter((p) => p.data.targetGroups.includes(group));
}

/** Programs a kecamatan can join (/program/di/<kecamatan>/): those for it and those for the whole city. */
export function programsInKecamatan(k: Kecamatan): ProgramEntry[] {
	return programsOpenFirst.filter((p) => {
		const served = kecamatanServed(p.data.kecamatan, p.data.kelurahan);
		return !served.length || served.includes(k);
	});
}

/** What the household pre-check (/cek-bantuan/) reads of every program, open ones first. */
export function cekPrograms(): CekProgram[] {
	return programsOpenFirst.map(({ id, data: p }) => ({
		slug: id,
		title: p.title,
		targetGroups: p.targetGroups,
		kecamatan: p.kecamatan,
		kelurahan: p.kelurahan,
		access: p.access,
		viaDtsen: p.viaDtsen,
		desilMax: p.desilMax,
		guides: p.guides,
		documents: p.documents,
		steps: p.steps,
		askAt: p.askAt,
		schedule: p.schedule,
	}));
}

/** Guide slug → title, for the pre-check's links to /panduan/<slug>/ (it runs in the browser on data.json). */
export const guideTitles: Map<string, string> = new Map(guides.map((g) => [g.id, g.data.title]));

/** Programs related to one: same strategy, same kind first, at most `n`. */
export function relatedPrograms(entry: ProgramEntry, n = 3): ProgramEntry[] {
	return programs
		.filter((p) => p.id !== entry.id && p.data.strategy.id === entry.data.strategy.id)
		.sort((a, b) => Number(b.data.kind === entry.data.kind) - Number(a.data.kind === entry.data.kind))
		.slice(0, n);
}

export type SeriesEntry = CollectionEntry<'series'>;

/** Every statistical series, by id (the file name in content/data/). */
/** The glossary by id (content/glossary.yaml), for /glosarium/ and <Term>. */
export const glossary: Map<string, GlossaryEntry> = new Map((await getCollection('glossary')).map((e) => [e.id, e.data]));

export const series: Map<string, SeriesEntry> = new Map((await getCollection('series')).map((e) => [e.id, e]));

/** One series by id; a missing id fails the build with the list of ids that exist. */
export function getSeries(id: string): SeriesEntry {
	const entry = series.get(id);
	if (!entry) throw new Error(`No series "${id}" in content/data/. Available: ${[...series.keys()].join(', ')}`);
	return entry;
}

/**
 * Every short code → program slug: the published ledger (content/short-links.json) plus a code for
 * each program not in it yet, derived exactly as `npm run short-links` would (src/lib/short-codes.ts),
 * so a program added through the editor builds without anyone running a command. The deploy workflow
 * then records the new codes in the ledger, which freezes them (see README "Kode pendek").
 */
export const shortLinks: Record<string, string> = extendLedger(
	JSON.parse(readFileSync(SHORT_LINKS_FILE, 'utf8')) as Ledger,
	programs.map((p) => p.id),
).ledger;

/** Program slug → its short code. */
export const shortCodeOf: Map<string, string> = codesBySlug(shortLinks);

/** The short code of a program (every program has one: see shortLinks). */
export function shortCode(slug: string): string {
	const code = shortCodeOf.get(slug);
	if (!code) throw new Error(`Program "${slug}" has no short link: it is not a program in content/programs/.`);
	return code;
}

/**
 * Every page that gets its own link-preview image, by site path without the base ('' is the home
 * page). English fallback pages reuse the image of their Indonesian page.
 */
export async function ogCards(): Promise<Map<string, OgCard>> {
	const cards = new Map<string, OgCard>();
	for (const doc of await getCollection('docs')) {
		if (doc.id.startsWith('en/')) continue;
		const path = doc.id === 'index' ? '' : `${doc.id}/`;
		cards.set(path, { title: doc.id === 'index' ? 'Program dan informasi pengentasan kemiskinan di Bontang' : doc.data.title, subtitle: doc.data.description });
	}
	for (const s of strategies) cards.set(`strategi/${s.id}/`, { kicker: 'Strategi', title: s.data.title, subtitle: s.data.summary });
	for (const p of programs) {
		cards.set(`program/${p.id}/`, {
			kicker: 'Program',
			title: p.data.title,
			subtitle: `Untuk: ${p.data.targetGroups.map((t) => TARGET_GROUPS[t].id).join(', ')}`,
			badge: `Status: ${STATUS_LABELS[programStatus(p.data.schedule, buildDay)].id}`,
		});
	}
	for (const g of guides) cards.set(`panduan/${g.id}/`, { kicker: 'Panduan', title: g.data.title, subtitle: g.data.summary });
	cards.set('panduan/', { title: 'Panduan untuk warga', subtitle: 'Cek data DTSEN, usul dan sanggah, BPJS PBI tidak aktif, waspada penipuan, dan cara mengadu' });
	for (const [g, label] of Object.entries(TARGET_GROUPS)) {
		const list = groupByStatus(programsForGroup(g as TargetGroup));
		cards.set(`program/untuk/${g}/`, { kicker: 'Program untuk', title: label.id, subtitle: `${list.sekarang.length} program ${STATUS_GROUPS.sekarang.id.toLowerCase()}, dari ${Object.values(list).flat().length} program tercatat` });
	}
	for (const k of KECAMATAN) {
		const list = groupByStatus(programsInKecamatan(k));
		cards.set(`program/di/${k}/`, { kicker: 'Program di', title: `Kecamatan ${kecamatanName(k)}`, subtitle: `${list.sekarang.length} program ${STATUS_GROUPS.sekarang.id.toLowerCase()}, termasuk program untuk seluruh kota` });
	}
	cards.set('cek-bantuan/', { title: 'Cek bantuan', subtitle: 'Jawab beberapa pertanyaan tentang keluarga, lihat bantuan yang mungkin cocok. Jawaban tidak dikirim ke mana pun.' });
	cards.set('program/', { title: 'Cari program', subtitle: 'Pelatihan, modal usaha, pertanian, kesehatan dan bantuan di Kota Bontang' });
	cards.set('data/', { title: 'Data dan angka', subtitle: 'Angka kemiskinan Bontang dari BPS dan Dinsos-PM, lengkap dengan sumbernya' });
	return cards;
}

/** Site path of a page's preview image: "og/index.jpg", "og/program/x.jpg". */
export function ogImagePath(pagePath: string): string {
	return `og/${pagePath.replace(/\/$/, '') || 'index'}.jpg`;
}

/** Every program as an open-data record (for /program.json, /program.csv), open ones first. */
export function programRecords(): ProgramRecord[] {
	return programsOpenFirst.map((p) =>
		programRecord(p.id, { ...p.data, strategy: p.data.strategy.id }, { url: absoluteUrl(`program/${p.id}/`), shortUrl: absoluteUrl(`p/${shortCode(p.id)}/`) }, buildDay),
	);
}

/** Programs for feeds: most recently checked first, then the newest dates. */
export function programsForFeed(): ProgramEntry[] {
	const latest = new Map(finderItems.map((i) => [i.slug, i.latest]));
	return [...programs].sort((a, b) => b.data.lastChecked.localeCompare(a.data.lastChecked) || latest.get(b.id)!.localeCompare(latest.get(a.id)!));
}

/** Statistics of the program list itself (per strategy, kecamatan, target group), as series. */
export const programStatSeries: [string, Series][] = programStats(
	finderItems,
	strategies.map((s) => ({ id: s.id, title: s.data.shortTitle ?? s.data.title })),
	buildDay,
	absoluteUrl('program/'),
);

export type OfficeEntry = CollectionEntry<'offices'>;

/** Every office (content/offices/), sorted by name. */
export const offices: OfficeEntry[] = (await getCollection('offices')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'id'));

const officeViews: OfficeLike[] = offices.map((o) => ({ id: o.id, ...o.data }));

/** Where to send a resident for an institution (an office page or a group on /kantor/), or null when none is recorded. */
export function officeLink(institution: string): OfficeLink | null {
	return officeLinkFor(institution, officeViews);
}

/** One office by id (file name); a missing id fails the build with the ids that exist. */
export function getOffice(id: string): OfficeEntry {
	const found = offices.find((o) => o.id === id);
	if (!found) throw new Error(`No office "${id}" in content/offices/. Available: ${offices.map((o) => o.id).join(', ')}`);
	return found;
}

/** Programs an office runs or answers questions about (its institution in `askAt` or `organizers`), open ones first. */
export function programsOfOffice(office: OfficeEntry): ProgramEntry[] {
	const inst = office.data.institution;
	if (!inst) return [];
	return programsOpenFirst.filter((p) => p.data.askAt === inst || (p.data.organizers as readonly string[]).includes(inst));
}

/**
 * The "check before you act" notice for an entry not re-checked for FRESHNESS_DAYS on the build day,
 * or null when it is fresh.
 */
export function staleNotice(lastChecked: string, askName: string): string | null {
	return freshnessNotice(lastChecked, buildDay, FRESHNESS_DAYS, askName);
}
