/**
 * An office a resident can go to, call or write to: one YAML file per office in content/offices/,
 * shown at /kantor/<file-name>/. Every detail (address, hours, phone, website, what to ask there)
 * carries its own source, because details of Bontang's offices change often and come from different
 * pages of different ages. A detail no source states is left out; the page then says
 * "belum ada data resmi" and offers the report link. Nothing is ever filled in.
 *
 * The CMS (/admin/) reads this schema: keep it a plain exported zod schema.
 */
import { z } from 'astro/zod';
import { IsoDateSchema, PartialDateSchema, RELIABILITY_IDS, UNKNOWN_DATE, UrlSchema, oneOf, strictFields } from './common';
import { buildDay } from '../lib/dates';
import { INSTITUTION_IDS } from './institutions';
import { KECAMATAN, KELURAHAN } from './wilayah';

/**
 * Where one detail of an office comes from: a published page, or the office itself.
 * @example
 * # a news article
 * source: { url: https://…, title: Kartu PBI JKN Mendadak Nonaktif…, publisher: BontangPost.id, date: '2026-02-21', reliability: sedang }
 * # the office confirmed it (phone call, visit, letter)
 * source: { confirmedByOffice: '2026-12-03', reliability: tinggi, note: 'Dikonfirmasi lewat telepon ke loket' }
 */
export const OfficeSourceSchema = strictFields({
	/** Address of the page the detail was taken from. Required unless `confirmedByOffice` is given. */
	url: UrlSchema.optional(),
	/** Title of that page, as published. With `url`, give the title or at least the publisher. */
	title: z.string().min(3, 'give the title of the source page').optional(),
	/** Who published it (news site, office, blog), and whom it quotes, e.g. "Radar Bontang, mengutip Kepala Dinsos-PM". */
	publisher: z.string().min(2).optional(),
	/** Publication date, as precise as the page prints it (`2025`, `2025-07`, `2025-07-09`), or `tidak-diketahui` when it prints none. Required with `url`. */
	date: z
		.union([z.literal(UNKNOWN_DATE), PartialDateSchema], {
			error: `give the publication date as YYYY, YYYY-MM or YYYY-MM-DD, or write ${UNKNOWN_DATE} when the source prints none`,
		})
		.optional(),
	/**
	 * How far it can be trusted (same scale as program sources, src/schemas/common.ts): `tinggi`
	 * (official page, or the office itself), `sedang` (regional news quoting the office), `rendah`
	 * (explainers, blogs: shown as "belum dikonfirmasi").
	 */
	reliability: oneOf(RELIABILITY_IDS, 'reliability'),
	/**
	 * The day the office itself confirmed this detail to the site team (YYYY-MM-DD), by phone, visit or
	 * letter; say how in `note`. With it, `url` and `title` may be left out.
	 */
	confirmedByOffice: IsoDateSchema.optional(),
	/** What to keep in mind about this source (e.g. "pengamatan satu hari, bukan jadwal"). Shown to readers. */
	note: z.string().min(3).optional(),
}).superRefine((s, ctx) => {
	if (!s.confirmedByOffice && !s.url)
		ctx.addIssue({ code: 'custom', path: ['url'], message: 'give the source page (url and title), or confirmedByOffice: YYYY-MM-DD when the office itself confirmed it' });
	if (s.url && !s.date)
		ctx.addIssue({ code: 'custom', path: ['date'], message: `give the publication date (YYYY, YYYY-MM or YYYY-MM-DD), or write ${UNKNOWN_DATE} when the source prints none` });
	if (s.url && !s.title && !s.publisher)
		ctx.addIssue({ code: 'custom', path: ['title'], message: 'give the title of the source page (or at least its publisher) next to its url' });
});
export type OfficeSource = z.infer<typeof OfficeSourceSchema>;

/** One sourced piece of text: an address, opening hours, a note about the building. */
export const SourcedTextSchema = strictFields({
	/** The detail in plain Indonesian, in your own words, exactly as precise as the source (no added street numbers). */
	text: z.string({ error: 'write the detail as text' }).min(3, 'write the detail as text'),
	/** Where it comes from. */
	source: OfficeSourceSchema,
});
export type SourcedText = z.infer<typeof SourcedTextSchema>;

/** Kinds of phone contact. */
export const PHONE_KINDS = { telepon: 'Telepon', whatsapp: 'WhatsApp', sms: 'SMS' } as const;
export type PhoneKind = keyof typeof PHONE_KINDS;

/** A phone, WhatsApp or SMS number, as the source prints it. */
export const PhoneSchema = strictFields({
	/** `telepon`, `whatsapp` or `sms`. */
	kind: oneOf(Object.keys(PHONE_KINDS) as [PhoneKind, ...PhoneKind[]], 'phone kind'),
	/** The number as printed by the source, digits with optional spaces, dashes and a leading +, e.g. "0811-5859-300". */
	number: z
		.string({ error: 'write the number in quotes, as the source prints it, e.g. number: "0811-5859-300" (without quotes YAML drops the leading 0)' })
		.regex(/^\+?[\d][\d\s-]{1,20}$/, 'write only the number (digits, spaces, dashes, leading +), e.g. "0811-5859-300"; put a label in `label`'),
	/** What the number is for, e.g. "Pengaduan pelayanan (bukan informasi umum)". */
	label: z.string().min(3).optional(),
	/** Where it comes from. */
	source: OfficeSourceSchema,
});
export type Phone = z.infer<typeof PhoneSchema>;

/** A website of the office. */
export const WebsiteSchema = strictFields({
	/** The address, e.g. https://www.lapor.go.id/ */
	url: UrlSchema,
	/** What it is, e.g. "Situs pengaduan nasional SP4N-LAPOR!". */
	label: z.string().min(3, 'say what the website is'),
	/** Where the address comes from. */
	source: OfficeSourceSchema,
});

/** Groups on /kantor/, in display order. */
export const OFFICE_KINDS = {
	'pusat-layanan': 'Pusat layanan (satu tempat banyak loket)',
	dinas: 'Dinas dan kantor Pemerintah Kota',
	kecamatan: 'Kantor kecamatan',
	kelurahan: 'Kantor kelurahan',
	kesehatan: 'Puskesmas dan layanan kesehatan',
	pengaduan: 'Pengaduan dan keadaan darurat',
	lembaga: 'Lembaga zakat, provinsi dan nasional',
} as const;
export type OfficeKind = keyof typeof OFFICE_KINDS;
export const OFFICE_KIND_IDS = Object.keys(OFFICE_KINDS) as [OfficeKind, ...OfficeKind[]];

/** A private note for editors: a lead found during research that is not confirmed. Never shown on the site. */
export const LeadSchema = strictFields({
	/** What the lead says. */
	text: z.string().min(3),
	/** Where it was found. */
	source: OfficeSourceSchema,
});

/**
 * One office.
 * @example content/offices/dinsos-pm.yaml
 * name: Dinas Sosial dan Pemberdayaan Masyarakat Kota Bontang
 * shortName: Dinsos-PM
 * kind: dinas
 * institution: dinsos-pm
 * services: [{ text: 'Klarifikasi kartu BPJS PBI yang nonaktif…', source: { … } }]
 * lastChecked: '2026-11-30'
 */
export const OfficeSchema = strictFields({
	/** Full official name, e.g. "Dinas Sosial dan Pemberdayaan Masyarakat Kota Bontang". At most 70 characters (it is the page title); put explanations in `alsoKnownAs`. */
	name: z
		.string({ error: 'give the office its full name' })
		.min(5, 'give the office its full name')
		.max(70, 'name is longer than 70 characters (it is the page title): move explanations to alsoKnownAs'),
	/** The short name residents use, e.g. "Dinsos-PM". Used in buttons and lists. */
	shortName: z.string({ error: 'give the short name residents use, e.g. "Dinsos-PM"' }).min(2).max(40, 'short name: at most 40 characters'),
	/** Group on /kantor/: pusat-layanan, dinas, kecamatan, kelurahan, kesehatan, pengaduan, lembaga. */
	kind: oneOf(OFFICE_KIND_IDS, 'office kind'),
	/**
	 * The institution (src/schemas/institutions.ts) this office belongs to, so programs whose `askAt` or
	 * `organizers` name it link here. Several offices may share one (all puskesmas → `puskesmas`).
	 */
	institution: oneOf(INSTITUTION_IDS, 'institution').optional(),
	/** Kecamatan the office is in or serves (ids from src/schemas/wilayah.ts). */
	kecamatan: oneOf(KECAMATAN, 'kecamatan').optional(),
	/** Kelurahan of a kantor kelurahan (ids from src/schemas/wilayah.ts). */
	kelurahan: oneOf(KELURAHAN, 'kelurahan').optional(),
	/** Other names people and news use (old names, abbreviations), so search finds the office. */
	alsoKnownAs: z.array(z.string().min(2)).optional(),
	/** What to ask or do there, one point each, in plain words, each with its source. */
	services: z.array(SourcedTextSchema).default([]),
	/** Where the office is, as precise as the source (no added street numbers or postcodes). Leave out when unknown. */
	address: SourcedTextSchema.optional(),
	/** Other places where the office serves (a counter in the MPP, an older address from another source). */
	servicePoints: z.array(SourcedTextSchema).optional(),
	/** Opening hours, exactly as a source states them. Leave out when unknown. */
	hours: z.array(SourcedTextSchema).optional(),
	/** Phone, WhatsApp and SMS numbers. */
	phones: z.array(PhoneSchema).optional(),
	/** Websites. */
	websites: z.array(WebsiteSchema).optional(),
	/** Area the office serves (e.g. the kelurahan of a puskesmas), with sources. */
	areaServed: z.array(SourcedTextSchema).optional(),
	/** Things worth knowing before going: the building moved, was rebuilt, counters were found closed. */
	locationNotes: z.array(SourcedTextSchema).optional(),
	/** What is not known yet, one sentence each (shown as "belum ada data resmi"). */
	gaps: z.array(z.string().min(3)).default([]),
	/** Research leads that are NOT confirmed. For editors only: never shown on the site. */
	unconfirmedLeads: z.array(LeadSchema).optional(),
	/** When an editor last compared this entry with its sources, YYYY-MM-DD. */
	lastChecked: IsoDateSchema,
}).superRefine((o, ctx) => {
	const today = buildDay();
	if (o.lastChecked > today)
		ctx.addIssue({ code: 'custom', path: ['lastChecked'], message: `lastChecked ${o.lastChecked} is after today (${today}): write the day you compared the entry with its sources` });
	if (o.kind === 'kelurahan' && !o.kelurahan)
		ctx.addIssue({ code: 'custom', path: ['kelurahan'], message: 'a kantor kelurahan needs `kelurahan:` (its id, e.g. api-api)' });
});
export type Office = z.infer<typeof OfficeSchema>;
