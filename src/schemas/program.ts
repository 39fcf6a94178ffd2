import { z } from 'astro/zod';
import {
	IsoDateSchema,
	listOf,
	oneOf,
	PartialDateSchema,
	SourcesSchema,
	strictFields,
	checkDates,
	UrlSchema,
	SummarySchema,
} from './common';
import { INSTITUTION_IDS } from './institutions';
import { FUNDING_TYPE_IDS, PROGRAM_KIND_IDS } from './program-kinds';
import { TARGET_GROUP_IDS } from './target-groups';
import { KECAMATAN, KELURAHAN, kecamatanOf, type Kelurahan } from './wilayah';
import { comparePartialDates } from '../lib/dates';

const SCHOOL_YEAR = /^(\d{4})\/(\d{4})$/;

/**
 * When a program runs. Pick the `type` that fits:
 * - `berkelanjutan`: a standing service with no end (BPJS cover paid by the city, PKH, a BLK that trains all year).
 * - `berkala`: repeats on a known rhythm (Posyandu every month, weighing in May and November).
 * - `terjadwal`: happened or happens on dates (a training batch, a registration window). Past programs stay
 *   as the record of what was done, with their dates, and are shown as "selesai".
 * - `tahun-ajaran`: runs for one school year (July to June), e.g. `year: 2025/2026`; it ends when that year ends.
 * - `tahun-anggaran`: runs for one budget year (January to December), e.g. `year: 2026`; it ends when that year ends.
 * - `direncanakan`: announced but not started (a school being built). Give the target date when a source
 *   names one; once it passes without news the site shows "Belum pasti, tanyakan".
 * - `belum-pasti`: the sources cannot say whether it still runs (a national service last reported in
 *   Bontang years ago). Give the last year a source shows it; the site says so instead of guessing an end.
 */
export const ScheduleSchema = z.discriminatedUnion(
	'type',
	[
		strictFields({
			type: z.literal('berkelanjutan'),
			/** Since when, as precise as the source says. */
			since: PartialDateSchema.optional(),
		}),
		strictFields({
			type: z.literal('berkala'),
			/** The rhythm in plain words, e.g. "Setiap bulan sesuai jadwal posyandu". */
			rhythm: z.string().min(5, 'describe the rhythm in plain words, e.g. "Setiap bulan"'),
			/** Months it happens in (1–12), when fixed, e.g. [5, 11] for May and November. */
			months: z.array(z.number().int().min(1).max(12)).min(1).optional(),
			/** Since when, as precise as the source says. */
			since: PartialDateSchema.optional(),
		}),
		strictFields({
			type: z.literal('terjadwal'),
			/** First day people can register. */
			registrationOpens: PartialDateSchema.optional(),
			/** Last day people can register. */
			registrationCloses: PartialDateSchema.optional(),
			/** First day of the activity. */
			starts: PartialDateSchema.optional(),
			/** Last day of the activity. Required: a dated program without an end would look open forever. */
			ends: PartialDateSchema,
		}),
		strictFields({
			type: z.literal('tahun-ajaran'),
			/** The school year, written as "2025/2026" (July 2025 to June 2026). */
			year: z
				.string({ error: 'write the school year as "2025/2026"' })
				.regex(SCHOOL_YEAR, 'write the school year as "2025/2026"')
				.refine((y) => {
					const [, a, b] = SCHOOL_YEAR.exec(y)!;
					return Number(b) === Number(a) + 1;
				}, 'a school year spans two consecutive years, e.g. "2025/2026"'),
		}),
		strictFields({
			type: z.literal('tahun-anggaran'),
			/** The budget year, e.g. 2026 (January to December). */
			year: z.coerce
				.number({ error: 'write the budget year as a number, e.g. 2026' })
				.int()
				.min(2000, 'write the budget year as a number, e.g. 2026')
				.max(2100, 'write the budget year as a number, e.g. 2026'),
		}),
		strictFields({
			type: z.literal('direncanakan'),
			/** When the sources expect it to start, as precise as they say; leave out when they name no date. */
			expected: PartialDateSchema.optional(),
			/** Date of the latest source that reports on the plan. */
			lastKnown: PartialDateSchema,
		}),
		strictFields({
			type: z.literal('belum-pasti'),
			/** The latest date a source shows it running in Bontang, e.g. "2025". */
			lastKnown: PartialDateSchema,
		}),
	],
	{ error: 'schedule.type must be one of: berkelanjutan, berkala, terjadwal, tahun-ajaran, tahun-anggaran, direncanakan, belum-pasti' },
);
export type Schedule = z.infer<typeof ScheduleSchema>;

/** What it costs the participant. */
export const CostSchema = strictFields({
		/** `gratis`, `berbayar` (then give amountIdr) or `tidak-diketahui` when no source says. */
		type: oneOf(['gratis', 'berbayar', 'tidak-diketahui'] as const, 'cost type'),
		/** Amount in rupiah, only when a source states it. */
		amountIdr: z.number().int().positive().optional(),
		/** Anything the amount needs, e.g. "per bulan". */
		note: z.string().optional(),
	})
	.refine((c) => c.type !== 'berbayar' || c.amountIdr !== undefined, {
		message: 'a paid program (type: berbayar) needs amountIdr, the amount in rupiah',
		path: ['amountIdr'],
	});

/** A way to register or ask, exactly as a source states it. Never add a phone number or address a source does not print. */
export const ChannelSchema = strictFields({
	/** `web` (a registration site), `datang` (go to a place in person) or `info` (where announcements appear). */
	type: oneOf(['web', 'datang', 'info'] as const, 'channel type'),
	/** What to show, e.g. "Laman e-beasiswa Pemkot Bontang" or "Kantor Disnaker Kota Bontang". */
	label: z.string().min(3),
	/** Registration link: must be https so that residents' data is sent encrypted. */
	url: z
		.url({ error: 'a registration link must be a full https:// address' })
		.refine((u) => u.startsWith('https://'), 'a registration link must use https://, not http://')
		.optional(),
});

/**
 * Frontmatter of a program, `content/programs/<slug>.mdx`, shown at `/program/<slug>/`.
 * The file name is the URL: never rename a published file.
 */
const programShape = {
		/** Name of the program as residents would say it, with the year for past ones. At most 70 characters (page titles and link previews). */
		title: z
			.string({ error: 'give the program a title' })
			.min(3, 'give the program a title')
			.max(70, 'title is longer than 70 characters: shorten it and put details in the summary'),
		/** One sentence, at most 160 characters: what it offers and to whom. */
		summary: SummarySchema,
		/** The strategy it belongs to: a file name in content/strategies/ without .mdx. */
		strategy: z.string({ error: 'name the strategy (a file name in content/strategies/)' }),
		/** What kind of help it is (src/schemas/program-kinds.ts). */
		kind: oneOf(PROGRAM_KIND_IDS, 'program kind'),
		/** Who runs it (ids from src/schemas/institutions.ts). The first one is the main organizer. */
		organizers: listOf(INSTITUTION_IDS, 'institution'),
		/** Other partners named by the sources, in plain words (e.g. "LPK Ayulia", "Posyandu"). */
		partners: z.array(z.string().min(2)).optional(),
		/** Where the money comes from, only when a source says so. */
		funding: listOf(FUNDING_TYPE_IDS, 'funding type').optional(),
		/** Who it is for (ids from src/schemas/target-groups.ts). */
		targetGroups: listOf(TARGET_GROUP_IDS, 'target group'),
		/** Kecamatan it serves. Leave out both kecamatan and kelurahan when it serves the whole city. */
		kecamatan: listOf(KECAMATAN, 'kecamatan').optional(),
		/** Kelurahan it serves. Their kecamatan are added automatically. */
		kelurahan: listOf(KELURAHAN, 'kelurahan').optional(),
		/** The place, only as a source names it, e.g. "LPK RITA, Jl. H. Habibon". */
		venue: z.string().min(3).optional(),
		/** When it runs. */
		schedule: ScheduleSchema,
		/** What it costs the participant. */
		cost: CostSchema,
		/**
		 * Amounts of money or goods a recipient gets, each as its source states it, e.g.
		 * `{ label: "Ibu hamil", amountIdr: 750000, per: "per tahap (3 bulan)", source: <url of one of the sources> }`.
		 * Where sources disagree, list each amount with its own source and say so in `note`.
		 */
		amounts: z
			.array(
				strictFields({
					/** Who or what the amount is for, e.g. "Anak SD" or "Per orang". */
					label: z.string().min(2, 'say who or what the amount is for'),
					/** The amount in rupiah. */
					amountIdr: z.number({ error: 'amountIdr must be a number in rupiah, e.g. 300000' }).int().positive(),
					/** The period, e.g. "per bulan", "per tahun", "per tahap (3 bulan)". */
					per: z.string().min(3).optional(),
					/** The url of the source (one of this entry's `sources`) that states this amount. */
					source: UrlSchema,
					/** Anything the reader must know, e.g. "sumber lain menyebut Rp…". */
					note: z.string().min(3).optional(),
				}),
			)
			.min(1)
			.optional(),
		/** What someone gets, in short items, e.g. "Pelatihan menjahit tas selama 10 hari". */
		offers: z.array(z.string().min(3)).min(1, 'list at least one thing the program offers'),
		/** Who may join (syarat), as sources state. */
		eligibility: z.array(z.string().min(3)).optional(),
		/** Documents to bring (dokumen), as sources state. */
		documents: z.array(z.string().min(2)).optional(),
		/**
		 * How a resident joins: `terbuka` (anyone eligible can apply), `ditunjuk` (participants are chosen
		 * from data such as DTSEN, no application), or `tanya` (no source says: ask the office in askAt).
		 */
		access: oneOf(['terbuka', 'ditunjuk', 'tanya'] as const, 'access'),
		/**
		 * True when recipients are taken from DTSEN (Data Tunggal Sosial dan Ekonomi Nasional), the national
		 * welfare list. The page then tells families to check that they are on it (guide `cek-dtsen`).
		 */
		viaDtsen: z.boolean().optional(),
		/** The highest DTSEN decile (desil) the program serves, when a source states it, e.g. 4 for "desil 1–4". */
		desilMax: z.number({ error: 'desilMax must be a whole number from 1 to 10' }).int().min(1).max(10).optional(),
		/** Guides (file names in content/guides/) a family needs for this program, e.g. [cek-dtsen]. */
		guides: z.array(z.string().regex(/^[a-z0-9-]+$/, 'a guide is a file name in content/guides/ without .mdx')).optional(),
		/** Steps to register, in order, only as sources describe them. */
		steps: z.array(z.string().min(3)).optional(),
		/** Registration or information channels exactly as a source states them. */
		channels: z.array(ChannelSchema).optional(),
		/** The office a resident should ask to confirm details (an institution id). Always required. */
		askAt: oneOf(INSTITUTION_IDS, 'institution'),
		/** Sources: at least one (url, title, date). */
		sources: SourcesSchema,
		/** When an editor last compared this entry with its sources, YYYY-MM-DD. */
		lastChecked: IsoDateSchema,
};

/**
 * Builds the program schema. `strategy` is swappable so that src/content.config.ts can pass Astro's
 * `reference('strategies')` (checked against real files at build time) while Vitest uses the plain slug.
 */
export function makeProgramSchema<S extends z.ZodType>(strategy: S) {
	return strictFields({ ...programShape, strategy }).superRefine((p, ctx) => {
		const s = p.schedule;
		if (s.type === 'terjadwal') {
			type DateField = 'registrationOpens' | 'registrationCloses' | 'starts' | 'ends';
			const pairs: [DateField, DateField, string][] = [
				['registrationOpens', 'registrationCloses', 'registration closes before it opens'],
				['starts', 'ends', 'the program ends before it starts'],
				['registrationOpens', 'ends', 'the program ends before registration opens'],
			];
			for (const [a, b, message] of pairs) {
				const from = (s as Record<DateField, string | undefined>)[a];
				const to = (s as Record<DateField, string | undefined>)[b];
				if (typeof from === 'string' && typeof to === 'string' && comparePartialDates(from, to) > 0) {
					ctx.addIssue({ code: 'custom', path: ['schedule', b], message: `${message} (${from} → ${to})` });
				}
			}
		}
		if (s.type === 'terjadwal' && s.registrationCloses && comparePartialDates(s.registrationCloses, s.ends) > 0) {
			ctx.addIssue({
				code: 'custom',
				path: ['schedule', 'registrationCloses'],
				message: `registration closes after the program ends (${s.registrationCloses} → ${s.ends}): fix one of the two dates`,
			});
		}
		checkDates(p, ctx);
		const urls = new Set(p.sources.map((src) => src.url));
		p.amounts?.forEach((a, i) => {
			if (!urls.has(a.source)) {
				ctx.addIssue({
					code: 'custom',
					path: ['amounts', i, 'source'],
					message: `this amount's source ${a.source} is not in the entry's sources: add it there, or use the url of a listed source`,
				});
			}
		});
		if (p.access === 'terbuka' && !p.steps?.length && !p.channels?.length) {
			ctx.addIssue({
				code: 'custom',
				path: ['steps'],
				message: 'an open program (access: terbuka) needs steps or channels saying how to register; if no source says, use access: tanya',
			});
		}
		if (p.kecamatan && p.kelurahan) {
			for (const kel of p.kelurahan) {
				if (!p.kecamatan.includes(kecamatanOf(kel as Kelurahan))) {
					ctx.addIssue({
						code: 'custom',
						path: ['kelurahan'],
						message: `kelurahan ${kel} is in kecamatan ${kecamatanOf(kel as Kelurahan)}, which is not in the kecamatan list`,
					});
				}
			}
		}
	});
}

/** Program frontmatter with `strategy` as a slug (file name in content/strategies/ without .mdx). */
export const ProgramSchema = makeProgramSchema(programShape.strategy);
export type Program = z.infer<typeof ProgramSchema>;
