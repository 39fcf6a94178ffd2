/**
 * Content collections: wiring only. Every shape lives in src/schemas/ (pure, also used by Vitest).
 * All content sits in the top-level content/ folder, the one place an editor works in.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { StrategySchema } from './schemas/strategy';
import { makeProgramSchema } from './schemas/program';

export const collections = {
	// Holds: prose pages (home, pendahuluan, glosarium, tentang). Read by: Starlight's own routes.
	docs: defineCollection({
		loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema(),
	}),
	// Holds: the five strategies. Read by: src/pages/strategi/[slug].astro, home, programs.
	strategies: defineCollection({
		loader: glob({ base: './content/strategies', pattern: '**/[^_]*.mdx' }),
		schema: StrategySchema,
	}),
	// Holds: one entry per program. Read by: program pages, the finder, strategy pages.
	programs: defineCollection({
		loader: glob({ base: './content/programs', pattern: '**/[^_]*.mdx' }),
		// The pure schema checks the slug's shape; here it becomes a real reference so a program
		// pointing at a strategy that does not exist fails the build.
		schema: makeProgramSchema(reference('strategies')),
	}),
};
