/**
 * The program finder's logic: facets, filtering (OR within a group, AND across groups), counts,
 * sorting and the URL that holds the whole state. Pure: the browser script and the tests share it.
 */
import { STATUSES, type Status } from './status';
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
}

/** Filter groups in display order, with the URL parameter each one uses. */
export const GROUPS = ['strategi', 'jenis', 'sasaran', 'kecamatan', 'kelurahan', 'biaya', 'status'] as const;
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
	}
}

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

/**
 * Orders results. "relevan" with a text query follows the search ranking; without one (browsing),
 * open programs come first, then by date, newest first.
 */
export function sortItems(items: FinderItem[], sort: Sort, textMatches: string[] | null): FinderItem[] {
	const byOpen = (a: FinderItem, b: FinderItem) =>
		STATUSES[a.status].rank - STATUSES[b.status].rank || b.latest.localeCompare(a.latest) || a.title.localeCompare(b.title, 'id');
	const copy = [...items];
	if (sort === 'relevan' && textMatches) {
		const rank = new Map(textMatches.map((slug, i) => [slug, i]));
		return copy.sort((a, b) => (rank.get(a.slug) ?? Infinity) - (rank.get(b.slug) ?? Infinity));
	}
	if (sort === 'terbaru') return copy.sort((a, b) => b.latest.localeCompare(a.latest) || byOpen(a, b));
	if (sort === 'tutup') {
		return copy.sort((a, b) => {
			const open = (x: FinderItem) => (x.closes && (x.status === 'dibuka' || x.status === 'segera') ? x.closes : '9999');
			return open(a).localeCompare(open(b)) || byOpen(a, b);
		});
	}
	return copy.sort(byOpen);
}

export const PAGE_SIZE = 20;

/** Items of one page, and the number of pages. */
export function paginate<T>(items: T[], page: number, size = PAGE_SIZE): { items: T[]; pages: number; page: number } {
	const pages = Math.max(1, Math.ceil(items.length / size));
	const p = Math.min(Math.max(1, page), pages);
	return { items: items.slice((p - 1) * size, p * size), pages, page: p };
}
