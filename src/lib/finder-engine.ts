/**
 * The finder's answers at scale (2,000 programs and more): exactly what the plain definitions in
 * ./finder.ts give (`sortItems(filterItems(…))` and `facetCounts`), but from work done once per data
 * load instead of on every click. Once: which items each option matches (one bit per item, by
 * `matchesGroup` itself, so the area rules live in one place) and the order of each sort. Per click: a
 * few ANDs and ORs over arrays of 63 numbers (at 2,000 programs) and one pass over a presorted list; no
 * string work and no sorting. Pure, no DOM; tests/unit/finder.test.ts compares it with the definitions.
 *
 * Why presorting is exact: JavaScript's sort is stable, so sorting all items and keeping those that
 * pass the filters gives the same list as filtering first and sorting after.
 */
import { GROUPS, matchesGroup, sortItems, type FinderItem, type FinderState, type Group, type Sort } from './finder';

type Bits = Uint32Array;

export interface FinderEngine {
	/** The results for a state, in its order: the same list as `sortItems(filterItems(items, state, ctx), state.sort, textMatches)`. */
	results(state: FinderState, textMatches: string[] | null): FinderItem[];
	/** The same counts as `facetCounts(items, state, ctx, options)`. */
	counts(state: FinderState, textMatches: string[] | null, options: Record<Group, readonly string[]>): Record<Group, Record<string, number>>;
	/**
	 * Does the one-time work for these options and the default order now, so later clicks find it
	 * ready. Call it when the browser is idle, a group or two at a time (each group is a short task).
	 */
	warm(options: Partial<Record<Group, readonly string[]>>): void;
}

/** Number of set bits in a 32-bit word. */
function popcount(x: number): number {
	x -= (x >>> 1) & 0x55555555;
	x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
	return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * @param items       the finder's items, statuses already computed for today (they are read once)
 * @param kecamatanOf maps a kelurahan to its kecamatan
 */
export function createFinderEngine(items: FinderItem[], kecamatanOf: (kelurahan: string) => string): FinderEngine {
	const n = items.length;
	const words = (n + 31) >>> 5;
	const indexOf = new Map(items.map((item, i) => [item, i]));
	const bySlug = new Map(items.map((item, i) => [item.slug, i]));

	/** Items matching one option of one group, by the same rule the plain filter uses. */
	const optionBits = new Map<string, Bits>();
	const bitsOf = (group: Group, option: string): Bits => {
		const key = `${group}\n${option}`;
		let bits = optionBits.get(key);
		if (!bits) {
			bits = new Uint32Array(words);
			const one = [option];
			for (let i = 0; i < n; i++) if (matchesGroup(items[i]!, group, one, kecamatanOf)) bits[i >>> 5]! |= 1 << (i & 31);
			optionBits.set(key, bits);
		}
		return bits;
	};

	/** Items passing one group's selection (OR within the group), or null when nothing is ticked there. */
	const groupBits = (group: Group, selected: readonly string[]): Bits | null => {
		if (!selected.length) return null;
		const out = new Uint32Array(words);
		for (const option of selected) {
			const bits = bitsOf(group, option);
			for (let w = 0; w < words; w++) out[w]! |= bits[w]!;
		}
		return out;
	};

	// The text query's matches change only with a new search: keep the last one.
	let lastText: string[] | null = null;
	let lastTextBits: Bits | null = null;
	const textBits = (textMatches: string[] | null): Bits | null => {
		if (!textMatches) return null;
		if (textMatches !== lastText) {
			lastTextBits = new Uint32Array(words);
			for (const slug of textMatches) {
				const i = bySlug.get(slug);
				if (i !== undefined) lastTextBits[i >>> 5]! |= 1 << (i & 31);
			}
			lastText = textMatches;
		}
		return lastTextBits;
	};

	/** AND of the given masks; null masks mean "everything". */
	const and = (masks: (Bits | null)[]): Bits | null => {
		const present = masks.filter((m): m is Bits => m !== null);
		if (!present.length) return null;
		const out = present[0]!.slice();
		for (const m of present.slice(1)) for (let w = 0; w < words; w++) out[w]! &= m[w]!;
		return out;
	};

	// Item positions in each order. Only "relevan" with a query depends on the query (its ranking).
	const orders = new Map<Sort, Int32Array>();
	let textOrder: { textMatches: string[]; order: Int32Array } | null = null;
	const toOrder = (sorted: FinderItem[]) => Int32Array.from(sorted, (item) => indexOf.get(item)!);
	const orderOf = (sort: Sort, textMatches: string[] | null): Int32Array => {
		if (sort === 'relevan' && textMatches) {
			if (textOrder?.textMatches !== textMatches) {
				const text = new Set(textMatches);
				textOrder = { textMatches, order: toOrder(sortItems(items.filter((item) => text.has(item.slug)), sort, textMatches)) };
			}
			return textOrder.order;
		}
		let order = orders.get(sort);
		if (!order) orders.set(sort, (order = toOrder(sortItems(items, sort, null))));
		return order;
	};

	const has = (bits: Bits, i: number) => (bits[i >>> 5]! & (1 << (i & 31))) !== 0;

	return {
		results(state, textMatches) {
			const mask = and([textBits(textMatches), ...GROUPS.map((g) => groupBits(g, state.filters[g]))]);
			const out: FinderItem[] = [];
			for (const i of orderOf(state.sort, textMatches)) if (!mask || has(mask, i)) out.push(items[i]!);
			return out;
		},
		counts(state, textMatches, options) {
			const text = textBits(textMatches);
			const selected = GROUPS.map((g) => groupBits(g, state.filters[g]));
			const out = {} as Record<Group, Record<string, number>>;
			GROUPS.forEach((g, gi) => {
				// Counted against every other group's selection: what ticking this option as well would give.
				const base = and([text, ...selected.filter((_, hi) => hi !== gi)]);
				const counts: Record<string, number> = (out[g] = {});
				for (const option of options[g]) {
					const bits = bitsOf(g, option);
					let c = 0;
					for (let w = 0; w < words; w++) c += popcount(base ? base[w]! & bits[w]! : bits[w]!);
					counts[option] = c;
				}
			});
			return out;
		},
		warm(options) {
			for (const g of GROUPS) for (const option of options[g] ?? []) bitsOf(g, option);
			orderOf('relevan', null);
		},
	};
}
