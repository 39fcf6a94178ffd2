/**
 * Content collections: wiring only. Every shape lives in src/schemas/ (pure, also used by Vitest).
 * All content sits in the top-level content/ folder, the one place an editor works in.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { StrategySchema } from './schemas/strategy';
import { SeriesSchema } from './schemas/series';
import { GlossaryEntrySchema } from './schemas/glossary';
import { makeProgramSchema } from './schemas/program';
import { GuideSchema } from './schemas/guide';
import { OfficeSchema } from './schemas/office';
import { PROGRAMS_DIR } from './config/site.mjs';

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
		loader: glob({ base: PROGRAMS_DIR, pattern: '**/[^_]*.mdx' }),
		// The pure schema checks the slug's shape; here it becomes a real reference so a program
		// pointing at a strategy that does not exist fails the build.
		schema: makeProgramSchema(reference('strategies')),
	}),
	// Holds: sourced statistical series (YAML). Read by: the data page, charts on home, pendahuluan, strategies.
	series: defineCollection({
		loader: glob({ base: './content/data', pattern: '**/[^_]*.{yaml,yml}' }),
		schema: SeriesSchema,
	}),
	// Holds: step-by-step guides for residents (check DTSEN, reactivate BPJS PBI, avoid scams, complain).
	// Read by: src/pages/panduan/, program pages (their `guides:`), the home page, the finder's empty state.
	guides: defineCollection({
		loader: glob({ base: './content/guides', pattern: '**/[^_]*.mdx' }),
		schema: GuideSchema,
	}),
	// Holds: offices residents can visit or call, every detail sourced (YAML). Read by: /kantor/, program pages.
	offices: defineCollection({
		loader: glob({ base: './content/offices', pattern: '**/[^_]*.{yaml,yml}' }),
		schema: OfficeSchema,
	}),
	// Holds: the glossary, each term explained once. Read by /glosarium/ (<Definition>) and <Term> on any page.
	glossary: defineCollection({
		loader: file('./content/glossary.yaml'),
		schema: GlossaryEntrySchema,
	}),
};
