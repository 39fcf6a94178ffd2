/**
 * A program's status, computed from its schedule and a date. The build computes it once for the
 * static HTML; the browser computes it again with the visitor's clock (a static page goes stale).
 * Pure and shared by both, so the two can never disagree about the rules.
 */
import type { Schedule } from '../schemas/program';
import { endOf, startOf } from './dates';

/**
 * Every status, in the order lists show them (`rank`), and the group it belongs to:
 * - `sekarang`: a family can act on it today (register, join, ask for it);
 * - `nanti`: not yet (registration opens soon, or a plan with a target date still ahead);
 * - `tanyakan`: the sources cannot settle it (a plan whose date has passed, a service last reported
 *   years ago): the page names the last known date and the office to ask, instead of guessing an end;
 * - `arsip`: over; kept as the record of what was done, never shown as joinable.
 */
export const STATUSES = {
	dibuka: { id: 'Pendaftaran dibuka', en: 'Registration open', rank: 0, group: 'sekarang' },
	berjalan: { id: 'Sedang berjalan', en: 'Running now', rank: 1, group: 'sekarang' },
	berkelanjutan: { id: 'Berkelanjutan', en: 'Ongoing', rank: 2, group: 'sekarang' },
	segera: { id: 'Segera dibuka', en: 'Opening soon', rank: 3, group: 'nanti' },
	direncanakan: { id: 'Direncanakan', en: 'Planned', rank: 4, group: 'nanti' },
	'belum-pasti': { id: 'Belum pasti, tanyakan', en: 'Unclear: ask', rank: 5, group: 'tanyakan' },
	selesai: { id: 'Selesai', en: 'Finished', rank: 6, group: 'arsip' },
} as const;
export type Status = keyof typeof STATUSES;
export const STATUS_IDS = Object.keys(STATUSES) as Status[];

/** The groups, in display order, with the heading each gets on the home page, the finder and lists. */
export const STATUS_GROUPS = {
	sekarang: { id: 'Bisa diurus sekarang', en: 'Available now' },
	nanti: { id: 'Segera atau direncanakan', en: 'Coming or planned' },
	tanyakan: { id: 'Belum pasti: tanyakan dulu', en: 'Unclear: ask first' },
	arsip: { id: 'Arsip: sudah selesai', en: 'Archive: finished' },
} as const;
export type StatusGroup = keyof typeof STATUS_GROUPS;
export const STATUS_GROUP_IDS = Object.keys(STATUS_GROUPS) as StatusGroup[];

export function statusGroup(status: Status): StatusGroup {
	return STATUSES[status].group;
}

/** True when a family can act on the program today (register, join or ask for it). */
export function isAvailableNow(status: Status): boolean {
	return STATUSES[status].group === 'sekarang';
}

/**
 * The day range a schedule covers, when it has one. School years run from July to June (the
 * Indonesian tahun ajaran); budget years are calendar years (tahun anggaran). An entry whose period is
 * such a year therefore ends when that year ends, and cannot look current afterwards.
 */
export function scheduleRange(schedule: Schedule): { from?: string; to: string } | undefined {
	switch (schedule.type) {
		case 'tahun-ajaran': {
			const [first, second] = schedule.year.split('/');
			return { from: `${first}-07-01`, to: `${second}-06-30` };
		}
		case 'tahun-anggaran':
			return { from: `${schedule.year}-01-01`, to: `${schedule.year}-12-31` };
		case 'terjadwal':
			return { from: schedule.starts ? startOf(schedule.starts) : undefined, to: endOf(schedule.ends) };
		default:
			return undefined;
	}
}

/**
 * @param schedule the program's schedule (dates as precise as the source: year, month or day)
 * @param today    YYYY-MM-DD in Bontang's time zone (see todayInBontang)
 */
export function programStatus(schedule: Schedule, today: string): Status {
	switch (schedule.type) {
		case 'berkelanjutan':
		case 'berkala':
			return 'berkelanjutan';
		case 'belum-pasti':
			return 'belum-pasti';
		case 'direncanakan':
			// A plan whose target date has passed without news is not "planned" any more: it is unclear.
			return schedule.expected && today > endOf(schedule.expected) ? 'belum-pasti' : 'direncanakan';
		case 'tahun-ajaran':
		case 'tahun-anggaran': {
			const { from, to } = scheduleRange(schedule)!;
			if (today > to) return 'selesai';
			return from && today < from ? 'segera' : 'berjalan';
		}
		case 'terjadwal': {
			const { registrationOpens: opens, registrationCloses: closes, starts, ends } = schedule;
			if (today > endOf(ends)) return 'selesai';
			if (opens || closes) {
				if (opens && today < startOf(opens)) return 'segera';
				if (!closes || today <= endOf(closes)) return 'dibuka';
			}
			if (starts && today < startOf(starts)) return 'segera';
			return 'berjalan';
		}
	}
}

/** The date used to sort "newest first": the latest date the schedule names. */
export function latestDate(schedule: Schedule): string {
	switch (schedule.type) {
		case 'terjadwal':
			return [schedule.registrationOpens, schedule.starts, schedule.ends].filter(Boolean).map((d) => startOf(d!)).sort().at(-1)!;
		case 'tahun-ajaran':
		case 'tahun-anggaran':
			return scheduleRange(schedule)!.from!;
		case 'direncanakan':
			return startOf(schedule.expected ?? schedule.lastKnown);
		case 'belum-pasti':
			return startOf(schedule.lastKnown);
		default:
			return schedule.since ?? '0000';
	}
}

/** The day registration closes, when the schedule says (for "closing soonest"). */
export function closingDate(schedule: Schedule): string | undefined {
	return schedule.type === 'terjadwal' && schedule.registrationCloses ? endOf(schedule.registrationCloses) : undefined;
}
