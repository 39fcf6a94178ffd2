/**
 * Small building blocks shared by every content schema. Each one carries an error message written for
 * the person editing a Markdown file: what is wrong and what is allowed.
 */
import { z } from 'astro/zod';
import { buildDay, startOf } from '../lib/dates';

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

/** How far a source can be trusted, as `shared/data` grades it. */
export const RELIABILITY = {
	tinggi: 'halaman resmi pemerintah atau BPS',
	sedang: 'berita yang mengutip pejabat atau lembaga',
	rendah: 'artikel penjelas atau blog, belum dikonfirmasi sumber resmi',
} as const;
export type Reliability = keyof typeof RELIABILITY;
export const RELIABILITY_IDS = Object.keys(RELIABILITY) as [Reliability, ...Reliability[]];

/** Written instead of a date when the source prints none (defined without zod: unknown-date.ts). */
import { UNKNOWN_DATE } from './unknown-date';
export { UNKNOWN_DATE };

/**
 * Where a fact comes from. Every figure and every program on the site carries at least one.
 * A source always says when it was published (`date`), or says plainly that it does not
 * (`date: tidak-diketahui`). A source page without a title is named by its `publisher`.
 * @example
 * sources:
 *   - url: https://kaltim.suara.com/read/2024/12/18/153000/149-jiwa-di-bontang-hidup-di-bawah-garis-kemiskinan-ekstrem
 *     title: 149 Jiwa di Bontang Hidup di Bawah Garis Kemiskinan Ekstrem
 *     publisher: SuaraKaltim.id
 *     date: '2024-12-18'
 *     reliability: sedang
 */
export const SourceSchema = strictFields({
	/** Address of the page the fact was taken from. */
	url: UrlSchema,
	/** Title of the page or document, exactly as published. Leave it out when the page has no title (then give the publisher); never make one up. */
	title: z.string().min(3, 'give the title of the source page as published, or leave it out and give the publisher').optional(),
	/** Who published it: a news site, BPS, the city government, a company. Required when the source has no title. */
	publisher: z.string().min(2).optional(),
	/** Publication date, as precise as the source prints it ('2025', '2025-10', '2025-10-13'), or `tidak-diketahui` when it prints none. */
	date: z.union([z.literal(UNKNOWN_DATE), PartialDateSchema], {
		error: `give the publication date as YYYY, YYYY-MM or YYYY-MM-DD, or write ${UNKNOWN_DATE} when the source prints none`,
	}),
	/** How far it can be trusted: `tinggi` (official page), `sedang` (news quoting an official; the default), `rendah` (explainer or blog: shown as unconfirmed). */
	reliability: oneOf(RELIABILITY_IDS, 'reliability').optional(),
}).superRefine((s, ctx) => {
	if (!s.title && !s.publisher) {
		ctx.addIssue({ code: 'custom', path: ['title'], message: 'a source needs its title, or (when the page has none) its publisher' });
	}
});
export type Source = z.infer<typeof SourceSchema>;

/** One or more sources. */
export const SourcesSchema = z
	.array(SourceSchema, { error: 'list the sources (url, title, date) this page is based on' })
	.min(1, 'list at least one source (url, title, date)');

/**
 * Dates that cannot be true: an entry checked after the day it is built, a source published after the
 * entry was checked against it. Shared by every collection that has `sources` and `lastChecked`.
 */
export function checkDates(
	entry: { lastChecked: string; sources: { date: string }[] },
	ctx: { addIssue: (issue: { code: 'custom'; path: (string | number)[]; message: string }) => void },
	today: string = buildDay(),
): void {
	if (entry.lastChecked > today) {
		ctx.addIssue({
			code: 'custom',
			path: ['lastChecked'],
			message: `lastChecked ${entry.lastChecked} is after today (${today}): write the day you compared the entry with its sources`,
		});
	}
	entry.sources.forEach((src, i) => {
		if (src.date === UNKNOWN_DATE) return;
		if (startOf(src.date) > entry.lastChecked) {
			ctx.addIssue({
				code: 'custom',
				path: ['sources', i, 'date'],
				message: `the source is dated ${src.date}, after the entry was last checked (${entry.lastChecked}): fix the date, or update lastChecked after reading it`,
			});
		}
	});
}

