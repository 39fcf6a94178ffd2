/**
 * A statistical series, `content/data/<id>.yaml`: one measure (a rate, a count, a money amount) over
 * time or across areas. Every value carries its own source; where sources disagree, the other values
 * are kept as `alternatives` and shown next to the main one, never silently dropped.
 */
import { z } from 'astro/zod';
import { IsoDateSchema, oneOf, PartialDateSchema, SourceSchema, strictFields } from './common';
import { INSTITUTION_IDS } from './institutions';
import { comparePartialDates } from '../lib/dates';

/** Units, with the rule a value must follow to be plausible for that unit. */
export const UNITS = {
	persen: { id: 'persen', en: 'percent', check: (v: number) => v >= 0 && v <= 100, rule: 'a percentage between 0 and 100' },
	jiwa: { id: 'jiwa', en: 'people', check: (v: number) => Number.isInteger(v) && v >= 0, rule: 'a whole number of people' },
	kk: { id: 'KK', en: 'households', check: (v: number) => Number.isInteger(v) && v >= 0, rule: 'a whole number of households' },
	'rupiah-per-kapita-per-bulan': {
		id: 'rupiah per orang per bulan',
		en: 'rupiah per person per month',
		check: (v: number) => Number.isInteger(v) && v > 0,
		rule: 'a whole number of rupiah',
	},
	indeks: { id: 'indeks', en: 'index', check: (v: number) => v >= 0, rule: 'a non-negative index' },
	program: { id: 'program', en: 'programs', check: (v: number) => Number.isInteger(v) && v >= 0, rule: 'a whole number of programs' },
} as const;
export type Unit = keyof typeof UNITS;
export const UNIT_IDS = Object.keys(UNITS) as [Unit, ...Unit[]];

const ValueSchema = z.number({ error: 'value must be a number, written with a dot for decimals (4.11, not 4,11)' });

/** Another value a different source reports for the same period or area. */
export const AlternativeSchema = strictFields({
	/** The other reported value. */
	value: ValueSchema,
	/** Where it was reported. Required: no value without a source. */
	source: SourceSchema,
	/** Why it differs, if known. */
	note: z.string().optional(),
});

export const PointSchema = strictFields({
	/** Period (`'2023'`, `'2024-12'`) for a series over time, or the area's name for a series across areas. */
	x: z.string({ error: "give the period ('2023', '2024-12') or the area name" }).min(1),
	/** The value, in the series' unit. */
	value: ValueSchema,
	/** Where the value comes from. Required: a value without a source fails the build. */
	source: SourceSchema,
	/** Anything a reader must know about this value (e.g. "angka sementara"). */
	note: z.string().optional(),
	/** Set to `rendah` when the only source is weak (a speech, an undated page). */
	reliability: oneOf(['rendah'] as const, 'reliability').optional(),
	/** Other values reported for the same period or area by other sources. */
	alternatives: z.array(AlternativeSchema).optional(),
});
export type Point = z.infer<typeof PointSchema>;

export const SeriesSchema = strictFields({
	/** Title as shown above the chart, e.g. "Persentase penduduk miskin Kota Bontang". */
	title: z.string({ error: 'give the series a title' }).min(5),
	/** What the measure means, in plain words. */
	measures: z.string({ error: 'say in plain words what this measures' }).min(20),
	/** Unit of every value. */
	unit: oneOf(UNIT_IDS, 'unit'),
	/** Who produces the measure (institution id), e.g. bps-bontang or dinsos-pm. Required unless method is `hitungan`. */
	producer: oneOf(INSTITUTION_IDS, 'institution').optional(),
	/**
	 * `survei` (a sample survey, e.g. BPS Susenas), `register` (a list of names, e.g. Dinsos-PM data), or
	 * `hitungan` (counted by this site from its own program list). Never compare survey and register directly.
	 */
	method: oneOf(['survei', 'register', 'hitungan'] as const, 'method'),
	/** `waktu`: points are periods in time order; `wilayah`: points are areas. */
	axis: oneOf(['waktu', 'wilayah'] as const, 'axis'),
	/** `line` for change over time, `bar` for comparing amounts or areas. */
	chart: oneOf(['line', 'bar'] as const, 'chart type'),
	/** For a series across areas: the period all points describe, e.g. "Desember 2024". */
	period: z.string().optional(),
	/** The values. */
	points: z.array(PointSchema, { error: 'list the points (x, value, source)' }).min(1, 'list at least one point'),
	/** When an editor last compared the values with their sources, YYYY-MM-DD. */
	lastChecked: IsoDateSchema,
}).superRefine((s, ctx) => {
	if (s.method !== 'hitungan' && !s.producer) {
		ctx.addIssue({ code: 'custom', path: ['producer'], message: 'name who produces this measure (an institution id, e.g. bps-bontang or dinsos-pm)' });
	}
	const unit = UNITS[s.unit];
	s.points.forEach((p, i) => {
		const values: [number, (string | number)[]][] = [[p.value, ['points', i, 'value']], ...(p.alternatives ?? []).map((a, j): [number, (string | number)[]] => [a.value, ['points', i, 'alternatives', j, 'value']])];
		for (const [v, path] of values) {
			if (!unit.check(v)) ctx.addIssue({ code: 'custom', path, message: `${v} does not fit the unit "${s.unit}": expected ${unit.rule}` });
		}
	});
	if (s.axis === 'waktu') {
		s.points.forEach((p, i) => {
			const r = PartialDateSchema.safeParse(p.x);
			if (!r.success) ctx.addIssue({ code: 'custom', path: ['points', i, 'x'], message: `a series over time needs periods written as YYYY or YYYY-MM, got "${p.x}"` });
			const prev = s.points[i - 1];
			if (i > 0 && r.success && prev && comparePartialDates(prev.x, p.x) >= 0) {
				ctx.addIssue({
					code: 'custom',
					path: ['points', i, 'x'],
					message: `periods must be in time order without repeats: "${p.x}" comes after "${prev.x}". Put another source's value for the same period in alternatives`,
				});
			}
		});
	} else {
		const seen = new Set<string>();
		s.points.forEach((p, i) => {
			if (seen.has(p.x)) ctx.addIssue({ code: 'custom', path: ['points', i, 'x'], message: `"${p.x}" is listed twice; put another source's value in alternatives` });
			seen.add(p.x);
		});
	}
});
export type Series = z.infer<typeof SeriesSchema>;
