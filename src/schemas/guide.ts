import { z } from 'astro/zod';
import { checkDates, IsoDateSchema, oneOf, SourcesSchema, strictFields, SummarySchema, UrlSchema } from './common';
import { INSTITUTION_IDS } from './institutions';

/**
 * One step of a guide: what to do, in plain words, and the source that says so. A guide for a family
 * must never rest a step on nothing, so `source` is required and must be one of the guide's sources.
 */
export const GuideStepSchema = strictFields({
	/** Short heading of the step, e.g. "Buka situs Cek Bansos". At most 80 characters. */
	title: z.string({ error: 'give the step a short heading' }).min(3, 'give the step a short heading').max(80, 'step heading is longer than 80 characters'),
	/** What to do, in one to three plain sentences. */
	text: z.string({ error: 'say what to do in this step' }).min(10, 'say what to do in this step, in one to three sentences'),
	/** The url of the source (one of the guide's `sources`) that describes this step. */
	source: UrlSchema,
});
export type GuideStep = z.infer<typeof GuideStepSchema>;

/**
 * Frontmatter of a guide, `content/guides/<slug>.mdx`, shown at `/panduan/<slug>/`: a step-by-step
 * "how to" written for a reader with little schooling (check DTSEN, reactivate BPJS, avoid scams…).
 * The file name is the URL: never rename a published file.
 */
export const GuideSchema = strictFields({
	/** The question or task as a resident would say it, e.g. "Cek apakah keluarga Anda terdata". At most 70 characters. */
	title: z
		.string({ error: 'give the guide a title' })
		.min(3, 'give the guide a title')
		.max(70, 'title is longer than 70 characters: shorten it'),
	/** One sentence, at most 160 characters: what the guide helps with. */
	summary: SummarySchema,
	/** Position in lists and the menu: 1 comes first. */
	order: z.number({ error: 'must be a whole number such as 1 (position in lists)' }).int().min(1).max(99),
	/** The steps, in order. */
	steps: z.array(GuideStepSchema, { error: 'list the steps' }).min(1, 'list at least one step'),
	/** Documents to bring, as the sources state them. */
	documents: z.array(z.string().min(2)).optional(),
	/** The office to ask when a step does not work (an institution id). */
	askAt: oneOf(INSTITUTION_IDS, 'institution'),
	/** Sources: at least one (url, title or publisher, date or `tidak-diketahui`). */
	sources: SourcesSchema,
	/** When an editor last compared this guide with its sources, YYYY-MM-DD. */
	lastChecked: IsoDateSchema,
}).superRefine((g, ctx) => {
	checkDates(g, ctx);
	const urls = new Set(g.sources.map((s) => s.url));
	g.steps.forEach((step, i) => {
		if (!urls.has(step.source)) {
			ctx.addIssue({
				code: 'custom',
				path: ['steps', i, 'source'],
				message: `this step's source ${step.source} is not in the guide's sources: add it there, or use the url of a listed source`,
			});
		}
	});
});
export type Guide = z.infer<typeof GuideSchema>;
