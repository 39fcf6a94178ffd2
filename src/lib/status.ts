/**
 * A program's status, computed from its schedule and a date. The build computes it once for the
 * static HTML; the browser computes it again with the visitor's clock (a static page goes stale).
 * Pure and shared by both, so the two can never disagree about the rules.
 */
import type { Schedule } from '../schemas/program';
import { endOf, startOf } from './dates';

export const STATUSES = {
	dibuka: { id: 'Pendaftaran dibuka', en: 'Registration open', rank: 0 },
	segera: { id: 'Segera dibuka', en: 'Opening soon', rank: 1 },
	berjalan: { id: 'Sedang berjalan', en: 'Running now', rank: 2 },
	berkelanjutan: { id: 'Berkelanjutan', en: 'Ongoing', rank: 3 },
	selesai: { id: 'Selesai', en: 'Finished', rank: 4 },
} as const;
export type Status = keyof typeof STATUSES;
export const STATUS_IDS = Object.keys(STATUSES) as Status[];

/**
 * @param schedule the program's schedule (dates as precise as the source: year, month or day)
 * @param today    YYYY-MM-DD in Bontang's time zone (see todayInBontang)
 */
export function programStatus(schedule: Schedule, today: string): Status {
	if (schedule.type === 'berkelanjutan' || schedule.type === 'berkala') return 'berkelanjutan';
	const { registrationOpens: opens, registrationCloses: closes, starts, ends } = schedule;
	if (today > endOf(ends)) return 'selesai';
	if (opens || closes) {
		if (opens && today < startOf(opens)) return 'segera';
		if (!closes || today <= endOf(closes)) return 'dibuka';
	}
	if (starts && today < startOf(starts)) return 'segera';
	return 'berjalan';
}

/** The date used to sort "newest first": the latest date the schedule names. */
export function latestDate(schedule: Schedule): string {
	if (schedule.type !== 'terjadwal') return schedule.since ?? '0000';
	return [schedule.registrationOpens, schedule.starts, schedule.ends].filter(Boolean).map((d) => startOf(d!)).sort().at(-1)!;
}

/** The day registration closes, when the schedule says (for "closing soonest"). */
export function closingDate(schedule: Schedule): string | undefined {
	return schedule.type === 'terjadwal' && schedule.registrationCloses ? endOf(schedule.registrationCloses) : undefined;
}
