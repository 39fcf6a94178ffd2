/**
 * Dates in content are as precise as their source: "2025", "2025-10" or "2025-10-13".
 * These helpers turn them into day ranges so that a year-only date compares correctly.
 */

/** First day covered by a partial date, as YYYY-MM-DD. */
export function startOf(date: string): string {
	const [y, m = '01', d = '01'] = date.split('-');
	return `${y}-${m}-${d}`;
}

/** Last day covered by a partial date, as YYYY-MM-DD. */
export function endOf(date: string): string {
	const [y, m, d] = date.split('-');
	if (d) return date;
	if (m) {
		const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
		return `${y}-${m}-${String(last).padStart(2, '0')}`;
	}
	return `${y}-12-31`;
}

/**
 * Compares two partial dates by their earliest possible day; equal prefixes ("2025" vs "2025-10") count
 * as equal, since one may lie inside the other.
 */
export function comparePartialDates(a: string, b: string): number {
	const n = Math.min(a.length, b.length);
	return a.slice(0, n) < b.slice(0, n) ? -1 : a.slice(0, n) > b.slice(0, n) ? 1 : 0;
}

/** Indonesian month names, January first (their first three letters are the usual short forms). */
export const MONTHS_ID = [
	'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
	'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
];

/** Formats a partial date in Indonesian: "2025", "Oktober 2025", "13 Oktober 2025". */
export function formatPartialDate(date: string): string {
	const [y, m, d] = date.split('-');
	if (!m) return y!;
	const month = MONTHS_ID[Number(m) - 1];
	return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** Today in Asia/Makassar (WITA, Bontang's time zone) as YYYY-MM-DD. */
export function todayInBontang(now: Date = new Date()): string {
	// WITA is UTC+8 all year (no daylight saving), so a fixed offset is exact.
	return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * The day the site is built, in Bontang's time zone: statuses, freshness and date checks use it.
 * BUILD_DATE=YYYY-MM-DD overrides it (tests, reproducible builds, "what will the site say in 200 days").
 * Reads the environment only where there is one (Node); in the browser it is simply today.
 */
export function buildDay(now: Date = new Date()): string {
	const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.BUILD_DATE;
	if (env) {
		if (!/^\d{4}-\d{2}-\d{2}$/.test(env)) throw new Error(`BUILD_DATE must be YYYY-MM-DD, e.g. 2026-11-30 (got "${env}")`);
		return env;
	}
	return todayInBontang(now);
}
