/**
 * The program list as open data (/program.json, /program.csv) for partners: CSR teams, other city
 * sites, researchers. One flat record per program with its facets, dates, status and sources.
 * Field names are stable; add fields, never rename them.
 */
import type { Program, Schedule } from '../schemas/program';
import type { Source } from '../schemas/common';
import { kecamatanServed } from '../schemas/wilayah';
import { programStatus, statusGroup, type Status, type StatusGroup } from './status';

type ProgramData = Omit<Program, 'strategy'> & { strategy: string };

export interface ProgramRecord {
	slug: string;
	url: string;
	short_url: string;
	title: string;
	summary: string;
	strategy: string;
	kind: string;
	organizers: string[];
	partners: string[];
	funding: string[];
	target_groups: string[];
	kecamatan: string[];
	kelurahan: string[];
	venue: string | null;
	schedule: Schedule;
	cost_type: string;
	cost_amount_idr: number | null;
	access: string;
	ask_at: string;
	status: Status;
	/** The status group: sekarang (can act now), nanti, tanyakan (unclear: ask), arsip (finished). */
	status_group: StatusGroup;
	status_date: string;
	via_dtsen: boolean;
	desil_max: number | null;
	amounts: NonNullable<Program['amounts']>;
	last_checked: string;
	sources: Source[];
}

export function programRecord(slug: string, p: ProgramData, urls: { url: string; shortUrl: string }, today: string): ProgramRecord {
	const kelurahan = p.kelurahan ?? [];
	return {
		slug,
		url: urls.url,
		short_url: urls.shortUrl,
		title: p.title,
		summary: p.summary,
		strategy: p.strategy,
		kind: p.kind,
		organizers: p.organizers,
		partners: p.partners ?? [],
		funding: p.funding ?? [],
		target_groups: p.targetGroups,
		kecamatan: kecamatanServed(p.kecamatan, kelurahan),
		kelurahan,
		venue: p.venue ?? null,
		schedule: p.schedule,
		cost_type: p.cost.type,
		cost_amount_idr: p.cost.amountIdr ?? null,
		access: p.access,
		ask_at: p.askAt,
		status: programStatus(p.schedule, today),
		status_group: statusGroup(programStatus(p.schedule, today)),
		status_date: today,
		via_dtsen: p.viaDtsen ?? false,
		desil_max: p.desilMax ?? null,
		amounts: p.amounts ?? [],
		last_checked: p.lastChecked,
		sources: p.sources,
	};
}

const CSV_COLUMNS = [
	'slug', 'url', 'short_url', 'title', 'summary', 'strategy', 'kind', 'organizers', 'partners', 'funding', 'target_groups',
	'kecamatan', 'kelurahan', 'venue', 'schedule_type', 'registration_opens', 'registration_closes', 'starts', 'ends', 'since',
	'rhythm', 'cost_type', 'cost_amount_idr', 'access', 'ask_at', 'status', 'status_date', 'last_checked', 'source_urls',
	// Added 2026-11-30 (columns are only ever appended, so existing readers keep working).
	'status_group', 'school_or_budget_year', 'expected', 'last_known', 'via_dtsen', 'desil_max',
] as const;

function cell(v: unknown): string {
	const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join('|') : String(v);
	return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** CSV, one row per program; lists are joined with "|"; dates as precise as the sources. */
export function recordsToCsv(records: ProgramRecord[]): string {
	const rows = records.map((r) => {
		const s = r.schedule as Partial<Record<string, unknown>>;
		const flat: Record<(typeof CSV_COLUMNS)[number], unknown> = {
			...r,
			schedule_type: r.schedule.type,
			registration_opens: s.registrationOpens,
			registration_closes: s.registrationCloses,
			starts: s.starts,
			ends: s.ends,
			since: s.since,
			rhythm: s.rhythm,
			school_or_budget_year: s.year,
			expected: s.expected,
			last_known: s.lastKnown,
			source_urls: r.sources.map((x) => x.url),
		};
		return CSV_COLUMNS.map((c) => cell(flat[c])).join(',');
	});
	return `${[CSV_COLUMNS.join(','), ...rows].join('\n')}\n`;
}
