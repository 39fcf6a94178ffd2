import { z } from 'astro/zod';
import { checkDates, listOf, strictFields, SourcesSchema, SummarySchema, IsoDateSchema } from './common';
import { INSTITUTION_IDS } from './institutions';
import { TARGET_GROUP_IDS } from './target-groups';

/**
 * Frontmatter of a strategy page, `content/strategies/<slug>.mdx`, shown at `/strategi/<slug>/`.
 * The file name is the URL: never rename a published file (programs reference it and people share it).
 */
export const StrategySchema = strictFields({
	/** Page title, e.g. "Pendidikan dan pelatihan keterampilan". */
	title: z
		.string({ error: 'give the page a title' })
		.min(3, 'give the page a title')
		.max(70, 'title is longer than 70 characters: shorten it'),
	/** One sentence, at most 160 characters: used in lists, search results and link previews. */
	summary: SummarySchema,
	/** Position in menus and lists: 1 comes first. */
	order: z.number({ error: 'must be a whole number such as 1 (position in menus)' }).int().min(1).max(99),
	/** Short label for menus and cards; defaults to the title. */
	shortTitle: z.string().min(3).max(40).optional(),
	/** Institutions that lead this strategy (ids from src/schemas/institutions.ts), e.g. [disnaker, dinsos-pm]. */
	leads: listOf(INSTITUTION_IDS, 'institution'),
	/** Who the strategy is for (ids from src/schemas/target-groups.ts). */
	targetGroups: listOf(TARGET_GROUP_IDS, 'target group'),
	/** Sources for the facts on the page. Every example in the body links to one of these or its own. */
	sources: SourcesSchema,
	/** When an editor last compared this page with its sources, YYYY-MM-DD. */
	lastChecked: IsoDateSchema,
}).superRefine((s, ctx) => checkDates(s, ctx));
export type Strategy = z.infer<typeof StrategySchema>;
