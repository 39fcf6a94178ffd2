/**
 * The program list as open data (/program.json, /program.csv) for partners: CSR teams, other city
 * sites, researchers. One flat record per program with its facets, dates, status and sources.
 * Field names are stable; add fields, never rename them.
 */
import type { Program, Schedule } from '../schemas/program';
import type { Source } from '../schemas/common';
import { kecamatanServed } from '../schemas/wilayah';
import { programStatus, type Status } from './status';

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
	status_date: string;
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
		status_date: today,
		last_checked: p.lastChecked,
		sources: p.sources,
	};
}

const CSV_COLUMNS = [
	'slug', 'url', 'short_url', 'title', 'summary', 'strategy', 'kind', 'organizers', 'partners', 'funding', 'target_groups',
	'kecamatan', 'kelurahan', 'venue', 'schedule_type', 'registration_opens', 'registration_closes', 'starts', 'ends', 'since',
	'rhythm', 'cost_type', 'cost_amount_idr', 'access', 'ask_at', 'status', 'status_date', 'last_checked', 'source_urls',
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
			source_urls: r.sources.map((x) => x.url),
		};
		return CSV_COLUMNS.map((c) => cell(flat[c])).join(',');
	});
	return `${[CSV_COLUMNS.join(','), ...rows].join('\n')}\n`;
}
