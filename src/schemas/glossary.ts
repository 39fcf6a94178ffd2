/**
 * One glossary entry (content/glossary.yaml): a term explained once, shown in full on /glosarium/ and
 * as a one-line explanation wherever a page first uses the word (<Term>).
 */
import { z } from 'astro/zod';
import { strictFields } from './common';

export const GlossaryEntrySchema = strictFields({
	/**
	 * The entry's id and its anchor on /glosarium/: the slug of its heading there, e.g. `desil` for
	 * "### Desil", `dtks-dan-dtsen` for "### DTKS dan DTSEN". Lowercase letters, digits and hyphens.
	 */
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens, e.g. dtks-dan-dtsen'),
	/** The term as the glossary heading writes it, e.g. `Desil`, `DTKS dan DTSEN`. */
	term: z.string().min(1),
	/**
	 * One line in plain words, without a final full stop, that fits after the word in a sentence:
	 * "desil (artinya: urutan 10 kelompok warga …)". Required for terms used with <Term>. No facts that
	 * need a source: numbers and claims belong in `text`, with their links.
	 */
	short: z
		.string()
		.max(140, 'keep the one-line explanation under 140 characters; the rest belongs in `text`')
		.refine((s) => !s.endsWith('.'), 'leave out the final full stop (the sentence around it goes on)')
		.optional(),
	/**
	 * The full explanation on /glosarium/, with each fact's source as a link: `[Title, date](https://…)`.
	 * Allowed markup: links, *italic*, **bold**.
	 */
	text: z.string().min(1),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;
