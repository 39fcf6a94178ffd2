import { z } from 'astro/zod';
import {
	IsoDateSchema,
	listOf,
	oneOf,
	PartialDateSchema,
	SourcesSchema,
	strictFields,
	SummarySchema,
} from './common';
import { INSTITUTION_IDS } from './institutions';
import { FUNDING_TYPE_IDS, PROGRAM_KIND_IDS } from './program-kinds';
import { TARGET_GROUP_IDS } from './target-groups';
import { KECAMATAN, KELURAHAN, kecamatanOf, type Kelurahan } from './wilayah';
import { comparePartialDates } from '../lib/dates';

/**
 * When a program runs. Pick the `type` that fits:
 * - `berkelanjutan`: a standing service with no end (BPJS cover paid by the city, a BLK that trains all year).
 * - `berkala`: repeats on a known rhythm (Posyandu every month, weighing in May and November).
 * - `terjadwal`: happened or happens on dates (a training batch, a registration window). Past programs stay
 *   as the record of what was done, with their dates, and are shown as "selesai".
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
	],
	{ error: 'schedule.type must be one of: berkelanjutan, berkala, terjadwal' },
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
