/**
 * Freshness: which entries have not been re-checked against their sources for too long, which
 * programs close registration soon, and which changed status. Rules as data: every entry is judged
 * by its own `lastChecked`; the thresholds come from src/config/site.mjs. Pure, for the pages, the
 * finder, `npm run freshness` and the build summary.
 */
import { formatPartialDate } from './dates.ts';

const DAY = 86_400_000;

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** The day before/after a YYYY-MM-DD date. */
export function addDays(day: string, n: number): string {
	return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

/** True when an entry checked on `lastChecked` is more than `maxDays` days old on `today`. */
export function isStale(lastChecked: string, today: string, maxDays: number): boolean {
	return daysBetween(lastChecked, today) > maxDays;
}

/**
 * The notice a page shows when its entry is stale, or null when it is fresh:
 * "Info ini terakhir dicek 30 November 2026; pastikan ke Dinsos-PM sebelum bertindak."
 */
export function freshnessNotice(lastChecked: string, today: string, maxDays: number, askName: string): string | null {
	if (!isStale(lastChecked, today, maxDays)) return null;
	return `Info ini terakhir dicek ${formatPartialDate(lastChecked)}; pastikan ke ${askName} sebelum bertindak.`;
}

export interface CheckedEntry {
	/** "program", "kantor", "panduan" */
	kind: string;
	id: string;
	title: string;
	lastChecked: string;
}

export interface ProgramDates {
	id: string;
	title: string;
	/** Last day of registration (YYYY-MM-DD), when the schedule gives one. */
	closes?: string;
	/** Status on the day compared against, and today. */
	statusBefore: string;
	statusNow: string;
}

export interface FreshnessReport {
	today: string;
	since: string;
	maxDays: number;
	closingWithinDays: number;
	stale: (CheckedEntry & { days: number })[];
	closingSoon: (ProgramDates & { daysLeft: number })[];
	changed: ProgramDates[];
}

/** Everything `npm run freshness` prints and the build summarises. */
export function freshnessReport(
	entries: readonly CheckedEntry[],
	programs: readonly ProgramDates[],
	opts: { today: string; since: string; maxDays: number; closingWithinDays: number },
): FreshnessReport {
	const stale = entries
		.filter((e) => isStale(e.lastChecked, opts.today, opts.maxDays))
		.map((e) => ({ ...e, days: daysBetween(e.lastChecked, opts.today) }))
		.sort((a, b) => b.days - a.days || a.id.localeCompare(b.id));
	const closingSoon = programs
		.filter((p) => p.closes && p.closes >= opts.today && daysBetween(opts.today, p.closes) <= opts.closingWithinDays)
		.map((p) => ({ ...p, daysLeft: daysBetween(opts.today, p.closes!) }))
		.sort((a, b) => a.daysLeft - b.daysLeft || a.id.localeCompare(b.id));
	const changed = programs.filter((p) => p.statusBefore !== p.statusNow);
	return { ...opts, stale, closingSoon, changed };
}

/** The build's one-line summary. */
export function summaryLine(r: FreshnessReport): string {
	return `Kesegaran (${r.today}): ${r.stale.length} entri belum dicek lebih dari ${r.maxDays} hari, ${r.closingSoon.length} program tutup pendaftaran dalam ${r.closingWithinDays} hari, ${r.changed.length} program berubah status sejak ${r.since}. Rincian: npm run freshness`;
}

/** The full plain-text report. */
export function formatReport(r: FreshnessReport): string {
	const lines = [`Kesegaran konten per ${r.today}`, ''];
	lines.push(`Belum dicek lebih dari ${r.maxDays} hari (${r.stale.length}):`);
	lines.push(...(r.stale.length ? r.stale.map((e) => `  ${e.kind}/${e.id}: terakhir dicek ${e.lastChecked} (${e.days} hari)`) : ['  (tidak ada)']));
	lines.push('', `Pendaftaran tutup dalam ${r.closingWithinDays} hari (${r.closingSoon.length}):`);
	lines.push(...(r.closingSoon.length ? r.closingSoon.map((p) => `  program/${p.id}: tutup ${p.closes} (${p.daysLeft} hari lagi)`) : ['  (tidak ada)']));
	lines.push('', `Berubah status sejak ${r.since} (${r.changed.length}):`);
	lines.push(...(r.changed.length ? r.changed.map((p) => `  program/${p.id}: ${p.statusBefore} → ${p.statusNow}`) : ['  (tidak ada)']));
	return lines.join('\n');
}
