/**
 * The one module that reads content collections. Pages and components import typed, sorted lists
 * from here and never call getCollection themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

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
