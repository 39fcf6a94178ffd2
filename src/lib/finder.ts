/**
 * The program finder's logic: facets, filtering (OR within a group, AND across groups), counts,
 * sorting and the URL that holds the whole state. Pure: the browser script and the tests share it.
 */
import { STATUSES, STATUS_GROUP_IDS, statusGroup, type Status, type StatusGroup } from './status';
import type { Schedule } from '../schemas/program';

/** One program as the finder knows it (built by src/lib/finder-index.ts into /program/finder.json). */
export interface FinderItem {
	slug: string;
	title: string;
	summary: string;
	strategy: string;
	kind: string;
	targetGroups: string[];
	/** Kecamatan served; empty = the whole city. Includes the kecamatan of every listed kelurahan. */
	kecamatan: string[];
	/** Kelurahan explicitly named; empty with non-empty kecamatan = all kelurahan of those kecamatan. */
	kelurahan: string[];
	cost: 'gratis' | 'berbayar' | 'tidak-diketahui';
	/** Build-time status; the browser recomputes it from `schedule`. */
	status: Status;
	/** The schedule, so the browser can recompute the status with the visitor's clock. */
	schedule: Schedule;
	/** One line of facts for the card: kind · area · cost, already in words. */
	meta: string;
	/** Latest date the schedule names (YYYY-MM-DD), for "newest first". */
	latest: string;
	/** Last day of registration, when known, for "closing soonest". */
	closes?: string;
	/** Pagefind's id for the program page, added after the search index is built. */
	pf?: string;
	/** Set when the entry was not re-checked against its sources for too long (src/lib/freshness.ts). */
	stale?: true;
}

/**
 * Filter groups in display order, with the URL parameter each one uses. `cakupan` tells a place's own
 * programs ('setempat': the program names a kecamatan or kelurahan) from city-wide ones ('kota'), so
 * choosing a kecamatan can show what is really there apart from what serves everyone.
 */
export const GROUPS = ['strategi', 'jenis', 'sasaran', 'kecamatan', 'kelurahan', 'cakupan', 'biaya', 'status'] as const;
export type Group = (typeof GROUPS)[number];

export const SORTS = ['relevan', 'terbaru', 'tutup'] as const;
export type Sort = (typeof SORTS)[number];

export interface FinderState {
	q: string;
	filters: Record<Group, string[]>;
	sort: Sort;
	page: number;
}

export function emptyState(): FinderState {
	return { q: '', filters: Object.fromEntries(GROUPS.map((g) => [g, []])) as unknown as Record<Group, string[]>, sort: 'relevan', page: 1 };
}

/** Reads the state from a query string. Unknown parameters and malformed values are ignored. */
export function stateFromSearch(search: string): FinderState {
	const params = new URLSearchParams(search);
	const state = emptyState();
	state.q = (params.get('q') ?? '').trim();
	for (const g of GROUPS) {
		const raw = params.get(g);
		if (raw) state.filters[g] = [...new Set(raw.split(',').map((v) => v.trim()).filter((v) => /^[a-z0-9-]+$/.test(v)))];
	}
	const sort = params.get('urut');
	if (sort && (SORTS as readonly string[]).includes(sort)) state.sort = sort as Sort;
	const page = Number(params.get('hal'));
	if (Number.isInteger(page) && page > 1) state.page = page;
	return state;
}

/** Writes the state as a short, readable query string ("" for the default state). */
export function searchFromState(state: FinderState): string {
	const params = new URLSearchParams();
	if (state.q) params.set('q', state.q);
	for (const g of GROUPS) if (state.filters[g].length) params.set(g, [...state.filters[g]].sort().join(','));
	if (state.sort !== 'relevan') params.set('urut', state.sort);
	if (state.page > 1) params.set('hal', String(state.page));
	const s = params.toString().replaceAll('%2C', ',');
	return s ? `?${s}` : '';
}

/**
 * `searchFromState` for every page of one state (the pagination links), encoding the state once:
 * the page number is the last parameter, so each link is the first page's string plus `hal`.
 */
export function searchForPages(state: FinderState): (page: number) => string {
	const first = searchFromState({ ...state, page: 1 });
	return (page) => (page > 1 ? `${first}${first ? '&' : '?'}hal=${page}` : first);
}

export function isDefaultState(state: FinderState): boolean {
	return searchFromState(state) === '';
}

/** The values an item has in a group. Area groups are handled in `matchesGroup`. */
function valuesOf(item: FinderItem, group: Group): string[] {
	switch (group) {
		case 'strategi':
			return [item.strategy];
		case 'jenis':
			return [item.kind];
		case 'sasaran':
			return item.targetGroups;
		case 'biaya':
			return [item.cost];
		case 'status':
			return [item.status];
		case 'kecamatan':
			return item.kecamatan;
		case 'kelurahan':
			return item.kelurahan;
		case 'cakupan':
			return [scopeOf(item)];
	}
}

/** 'kota' for a program serving the whole city, 'setempat' for one limited to named places. */
export function scopeOf(item: Pick<FinderItem, 'kecamatan'>): 'setempat' | 'kota' {
	return item.kecamatan.length ? 'setempat' : 'kota';
}

/**
 * Finished programs form the archive (status group `arsip` in src/lib/status.ts): the record of what
 * was done, listed after everything else under their own heading, never as joinable.
 */
export function isArchived(status: Status): boolean {
	return statusGroup(status) === 'arsip';
}

/** Position of an item's status group in display order (sekarang, nanti, tanyakan, arsip). */
const groupOrder = (item: FinderItem) => STATUS_GROUP_IDS.indexOf(statusGroup(item.status));

/** Consecutive runs of items of the same status group (the sort keeps each group together). */
export function groupRuns(items: FinderItem[]): { group: StatusGroup; items: FinderItem[] }[] {
	const runs: { group: StatusGroup; items: FinderItem[] }[] = [];
	for (const item of items) {
		const group = statusGroup(item.status);
		if (runs.at(-1)?.group === group) runs.at(-1)!.items.push(item);
		else runs.push({ group, items: [item] });
	}
	return runs;
}

/** How many items fall in each status group. */
export function groupCounts(items: FinderItem[]): Record<StatusGroup, number> {
	const out = Object.fromEntries(STATUS_GROUP_IDS.map((g) => [g, 0])) as Record<StatusGroup, number>;
	for (const item of items) out[statusGroup(item.status)]++;
	return out;
}

/** Each group in a few words, for the summary line ("12 bisa diurus sekarang"). */
const GROUP_WORDS: Record<StatusGroup, string> = {
	sekarang: 'bisa diurus sekarang',
	nanti: 'segera dibuka atau direncanakan',
	tanyakan: 'belum pasti (tanyakan dulu)',
	arsip: 'sudah selesai (arsip)',
};

/**
 * Whether an item passes one group's selection (OR within the group).
 * Area rule: a program for the whole city serves every kecamatan and kelurahan; a program for a
 * kecamatan (without a kelurahan list) serves all its kelurahan.
 * @param kecamatanOf maps a kelurahan to its kecamatan
 */
export function matchesGroup(item: FinderItem, group: Group, selected: string[], kecamatanOf: (k: string) => string): boolean {
	if (!selected.length) return true;
	if (group === 'kecamatan') return !item.kecamatan.length || selected.some((k) => item.kecamatan.includes(k));
	if (group === 'kelurahan') {
		if (!item.kecamatan.length) return true;
		return selected.some((kel) =>
			item.kelurahan.includes(kel) ||
			(item.kecamatan.includes(kecamatanOf(kel)) && !item.kelurahan.some((own) => kecamatanOf(own) === kecamatanOf(kel))),
		);
	}
	const values = valuesOf(item, group);
	return selected.some((s) => values.includes(s));
}

export interface FinderContext {
	kecamatanOf: (kelurahan: string) => string;
	/** Slugs matching the text query in relevance order, or null when there is no query. */
	textMatches: string[] | null;
}

/** Items that pass the text query and every group (AND across groups). */
export function filterItems(items: FinderItem[], state: FinderState, ctx: FinderContext, except?: Group): FinderItem[] {
	const text = ctx.textMatches ? new Set(ctx.textMatches) : null;
	return items.filter(
		(item) =>
			(!text || text.has(item.slug)) &&
			GROUPS.every((g) => g === except || matchesGroup(item, g, state.filters[g], ctx.kecamatanOf)),
	);
}

/**
 * For every option of every group: how many results there would be if it were ticked as well,
 * i.e. counted against all *other* groups' selections (the usual faceted-search count).
 */
export function facetCounts(
	items: FinderItem[],
	state: FinderState,
	ctx: FinderContext,
	options: Record<Group, string[]>,
): Record<Group, Record<string, number>> {
	const out = {} as Record<Group, Record<string, number>>;
	for (const g of GROUPS) {
		const base = filterItems(items, state, ctx, g);
		const counts: Record<string, number> = (out[g] = {});
		for (const option of options[g]) counts[option] = 0;
		if (g === 'kecamatan' || g === 'kelurahan') {
			// Area rules (whole city, whole kecamatan) need matchesGroup per option; few options.
			for (const option of options[g]) {
				const one = [option];
				for (const item of base) if (matchesGroup(item, g, one, ctx.kecamatanOf)) counts[option]!++;
			}
		} else {
			// One pass: each item adds to the options it has (2,000 programs × 7 groups, not × every option).
			for (const item of base) {
				const values = valuesOf(item, g);
				values.forEach((v, i) => {
					if (v in counts && values.indexOf(v) === i) counts[v]!++;
				});
			}
		}
	}
	return out;
}

/** Dates (YYYY, YYYY-MM, YYYY-MM-DD) and other plain ASCII keys: code-unit order is their order. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * Titles A to Z, ignoring case. Not `localeCompare(b, 'id')`: setting up ICU's collation made the
 * finder's first sort its slowest step in the browser (about 100 ms at Lighthouse's 4x CPU slowdown,
 * DevTools profiler), for what is only the last tie-break between programs of the same status and date.
 * Indonesian titles have no accented letters, so this order is alphabetical order (unit test).
 */
const byTitle = (a: string, b: string) => byText(a.toLowerCase(), b.toLowerCase()) || byText(a, b);

/**
 * Orders results. Whatever the order chosen, results stay in their status groups, in display order
 * (src/lib/status.ts STATUS_GROUPS: what can be done today first, the archive last). Within a group:
 * "relevan" with a text query follows the search ranking; without one (browsing), by status rank,
 * then newest first; "terbaru" newest first; "tutup" soonest closing registration first.
 */
export function sortItems(items: FinderItem[], sort: Sort, textMatches: string[] | null): FinderItem[] {
	const byOpen = (a: FinderItem, b: FinderItem) =>
		STATUSES[a.status].rank - STATUSES[b.status].rank || byText(b.latest, a.latest) || byTitle(a.title, b.title);
	const byGroup = (a: FinderItem, b: FinderItem) => groupOrder(a) - groupOrder(b);
	const copy = [...items];
	if (sort === 'relevan' && textMatches) {
		const rank = new Map(textMatches.map((slug, i) => [slug, i]));
		return copy.sort((a, b) => byGroup(a, b) || (rank.get(a.slug) ?? Infinity) - (rank.get(b.slug) ?? Infinity));
	}
	if (sort === 'terbaru') return copy.sort((a, b) => byGroup(a, b) || byText(b.latest, a.latest) || byOpen(a, b));
	if (sort === 'tutup') {
		return copy.sort((a, b) => {
			const open = (x: FinderItem) => (x.closes && (x.status === 'dibuka' || x.status === 'segera') ? x.closes : '9999');
			return byGroup(a, b) || byText(open(a), open(b)) || byOpen(a, b);
		});
	}
	return copy.sort((a, b) => byGroup(a, b) || byOpen(a, b));
}

/**
 * How many options are ticked: only values the form can show count (a shared URL may name a status
 * no program has today, which has no checkbox), each once.
 * @param known the options each group offers
 */
export function selectedCount(state: FinderState, known: Record<Group, readonly string[]>): number {
	return GROUPS.reduce((n, g) => n + new Set(state.filters[g].filter((v) => known[g].includes(v))).size, 0);
}

/** Whether the state names a place (kecamatan or kelurahan). */
export function hasPlace(state: FinderState): boolean {
	return state.filters.kecamatan.length + state.filters.kelurahan.length > 0;
}

/**
 * The one-line summary above the results, in plain words: how many can be joined or used today,
 * how many are in the archive, how many are in the chosen place versus city-wide, and the page.
 */
export function summaryText(matched: FinderItem[], place: boolean, page: number, pages: number): string {
	if (!matched.length) return '0 program ditemukan.';
	const counts = groupCounts(matched);
	const parts = [`${matched.length} program ditemukan`];
	const present = STATUS_GROUP_IDS.filter((g) => counts[g] > 0);
	if (present.length === 1) parts.push(`semuanya ${GROUP_WORDS[present[0]!]}`);
	else parts.push(present.map((g) => `${counts[g]} ${GROUP_WORDS[g]}`).join(', '));
	if (place) {
		const local = matched.filter((i) => scopeOf(i) === 'setempat').length;
		parts.push(`${local} di kecamatan Anda, ${matched.length - local} untuk seluruh kota`);
	}
	if (pages > 1) parts.push(`halaman ${page} dari ${pages}`);
	return `${parts.join('; ')}.`;
}

export const PAGE_SIZE = 20;

/** Items of one page, and the number of pages. */
export function paginate<T>(items: T[], page: number, size = PAGE_SIZE): { items: T[]; pages: number; page: number } {
	const pages = Math.max(1, Math.ceil(items.length / size));
	const p = Math.min(Math.max(1, page), pages);
	return { items: items.slice((p - 1) * size, p * size), pages, page: p };
}
