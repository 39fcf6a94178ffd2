/**
 * Small building blocks shared by every content schema. Each one carries an error message written for
 * the person editing a Markdown file: what is wrong and what is allowed.
 */
import { z } from 'astro/zod';

/**
 * A strict object (an unknown key is an error, so a typo such as `sumary:` is caught) whose error names
 * the unknown keys and lists the allowed ones.
 */
export function strictFields<T extends z.core.$ZodLooseShape>(shape: T) {
	const allowed = Object.keys(shape).join(', ');
	return z.strictObject(shape, {
		error: (issue) =>
			issue.code === 'unrecognized_keys'
				? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove or rename. Allowed fields: ${allowed}`
				: undefined,
	});
}

/** An enum whose error lists every allowed value, so an editor can fix a typo without reading code. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
	return z.enum(values, {
		error: (issue) =>
			`unknown ${what} ${JSON.stringify(issue.input)}. Allowed: ${values.join(', ')}`,
	});
}

/** A list of enum values: at least one, no duplicates. */
export function listOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
	return z
		.array(oneOf(values, what), { error: `must be a list of ${what} values, e.g. [${values[0]}]` })
		.min(1, `list at least one ${what}`)
		.refine((list) => new Set(list).size === list.length, `the same ${what} is listed twice`);
}

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * A date as precise as the source is: `2025`, `2025-10` or `2025-10-13`. Written as a quoted string in
 * YAML (`date: '2025-10'`) so YAML does not turn it into a timestamp.
 */
export const PartialDateSchema = z.preprocess(
	// YAML reads an unquoted 2025-10-13 as a Date: accept it, it is what the editor meant.
	(v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
	z
		.string({ error: 'must be a date written as YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2025-10-13"' })
		.regex(PARTIAL_DATE, 'must be a date written as YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2025-10-13"'),
);
export type PartialDate = string;

/** A full calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z.preprocess(
	(v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
	z
		.string({ error: 'must be a full date YYYY-MM-DD, e.g. "2026-11-29"' })
		.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a full date YYYY-MM-DD, e.g. "2026-11-29"'),
);

/** Short one-line text shown in lists and as the meta description (search results, WhatsApp previews). */
export const SummarySchema = z
	.string({ error: 'write a one-sentence summary (at most 160 characters)' })
	.trim()
	.min(20, 'summary is too short: write one full sentence (20–160 characters)')
	.max(160, 'summary is longer than 160 characters: shorten it (it is used as the meta description)');

/** A web address. Only http(s); a source may be an old http:// page, a link we send people to must be https. */
export const UrlSchema = z.url({
	protocol: /^https?$/,
	error: 'must be a full web address starting with https:// (or http:// for old sources)',
});

/**
 * Where a fact comes from. Every figure and every program on the site carries at least one.
 * @example
 * sources:
 *   - url: https://kaltim.suara.com/read/2024/12/18/153000/149-jiwa-di-bontang-hidup-di-bawah-garis-kemiskinan-ekstrem
 *     title: 149 Jiwa di Bontang Hidup di Bawah Garis Kemiskinan Ekstrem
 *     publisher: SuaraKaltim.id
 *     date: '2024-12-18'
 */
export const SourceSchema = strictFields({
	/** Address of the page the fact was taken from. */
	url: UrlSchema,
	/** Title of the page or document, as published. */
	title: z.string({ error: 'give the title of the source page' }).min(3, 'give the title of the source page'),
	/** Who published it: a news site, BPS, the city government, a company. */
	publisher: z.string().min(2).optional(),
	/** Publication date, as precise as known. Leave out only when the source has no date; the page then says so. */
	date: PartialDateSchema.optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/** One or more sources. */
export const SourcesSchema = z
	.array(SourceSchema, { error: 'list the sources (url, title, date) this page is based on' })
	.min(1, 'list at least one source (url, title, date)');
