/**
 * The one module that reads content collections. Pages and components import typed, sorted lists
 * from here and never call getCollection themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { todayInBontang } from './lib/dates';
import { sortItems, type FinderItem } from './lib/finder';
import { toFinderItem } from './lib/finder-index';

export type StrategyEntry = CollectionEntry<'strategies'>;
export type ProgramEntry = CollectionEntry<'programs'>;

/** The five strategies in display order. */
export const strategies: StrategyEntry[] = (await getCollection('strategies')).sort(
	(a, b) => a.data.order - b.data.order,
);

/** Every program, sorted by title (the finder re-sorts by status and date). */
export const programs: ProgramEntry[] = (await getCollection('programs')).sort((a, b) =>
	a.data.title.localeCompare(b.data.title, 'id'),
);

/** Programs that belong to a strategy. */
export function programsOfStrategy(slug: string): ProgramEntry[] {
	return programs.filter((p) => p.data.strategy.id === slug);
}

/**
 * The day the site is built, in Bontang's time zone: the date build-time statuses are computed for.
 * BUILD_DATE=YYYY-MM-DD overrides it (tests, reproducible builds).
 */
export const buildDay: string = process.env.BUILD_DATE ?? todayInBontang();

/** Every program as the finder knows it, open programs first. */
export const finderItems: FinderItem[] = sortItems(
	programs.map((p) => toFinderItem(p.id, { ...p.data, strategy: p.data.strategy.id }, buildDay)),
	'relevan',
	null,
);

/** Programs related to one: same strategy, same kind first, at most `n`. */
export function relatedPrograms(entry: ProgramEntry, n = 3): ProgramEntry[] {
	return programs
		.filter((p) => p.id !== entry.id && p.data.strategy.id === entry.data.strategy.id)
		.sort((a, b) => Number(b.data.kind === entry.data.kind) - Number(a.data.kind === entry.data.kind))
		.slice(0, n);
}

export type SeriesEntry = CollectionEntry<'series'>;

/** Every statistical series, by id (the file name in content/data/). */
export const series: Map<string, SeriesEntry> = new Map((await getCollection('series')).map((e) => [e.id, e]));

/** One series by id; a missing id fails the build with the list of ids that exist. */
export function getSeries(id: string): SeriesEntry {
	const entry = series.get(id);
	if (!entry) throw new Error(`No series "${id}" in content/data/. Available: ${[...series.keys()].join(', ')}`);
	return entry;
}
