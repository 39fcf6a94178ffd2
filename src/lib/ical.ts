/**
 * iCalendar (RFC 5545) for programs with dates: the registration window and the activity become
 * all-day events people can add to their phone's calendar. Deterministic: the same content always
 * gives the same file (UIDs from slugs, DTSTAMP from the date the entry was checked).
 * @see https://www.rfc-editor.org/rfc/rfc5545
 */
import type { Program } from '../schemas/program';

type ProgramData = Omit<Program, 'strategy'>;

export interface CalendarEvent {
	uid: string;
	summary: string;
	description: string;
	url: string;
	location: string;
	/** First day, YYYY-MM-DD. */
	start: string;
	/** Last day (inclusive), YYYY-MM-DD. */
	end: string;
	stamp: string;
}

const isDay = (d: string | undefined): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d);

/**
 * The events of one program. Only dates known to the day become events: a calendar entry "1 January
 * to 31 December" for a source that only says "2024" would state something no source says. Standing
 * and recurring services have no events.
 */
export function programEvents(slug: string, p: ProgramData, url: string, location: string, host: string): CalendarEvent[] {
	const s = p.schedule;
	if (s.type !== 'terjadwal') return [];
	const base = { url, location, stamp: p.lastChecked };
	const events: CalendarEvent[] = [];
	const regFrom = s.registrationOpens ?? s.registrationCloses;
	const regTo = s.registrationCloses ?? s.registrationOpens;
	if (isDay(regFrom) && isDay(regTo)) {
		events.push({
			...base,
			uid: `${slug}-pendaftaran@${host}`,
			summary: `Pendaftaran: ${p.title}`,
			description: `${p.summary} Pastikan jadwal ke penyelenggara. ${url}`,
			start: regFrom,
			end: regTo,
		});
	}
	const from = s.starts ?? s.ends;
	if (!isDay(from) || !isDay(s.ends)) return events;
	events.push({
		...base,
		uid: `${slug}-kegiatan@${host}`,
		summary: p.title,
		description: `${p.summary} ${url}`,
		start: from,
		end: s.ends,
	});
	return events;
}

function escapeText(s: string): string {
	return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let bytes = 0;
	for (const ch of line) {
		const n = new TextEncoder().encode(ch).length;
		if (bytes + n > (parts.length ? 74 : 75)) {
			parts.push(current);
			current = '';
			bytes = 0;
		}
		current += ch;
		bytes += n;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

const day = (d: string) => d.replaceAll('-', '');
function nextDay(d: string): string {
	const t = new Date(`${d}T00:00:00Z`);
	t.setUTCDate(t.getUTCDate() + 1);
	return t.toISOString().slice(0, 10);
}

export function toICalendar(name: string, events: CalendarEvent[]): string {
	const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Bontang Berdaya//Program//ID', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(name)}`, 'X-WR-TIMEZONE:Asia/Makassar'];
	for (const e of events) {
		lines.push(
			'BEGIN:VEVENT',
			`UID:${e.uid}`,
			`DTSTAMP:${day(e.stamp)}T000000Z`,
			`DTSTART;VALUE=DATE:${day(e.start)}`,
			// All-day events end on the day after the last day (DTEND is exclusive).
			`DTEND;VALUE=DATE:${day(nextDay(e.end))}`,
			`SUMMARY:${escapeText(e.summary)}`,
			`DESCRIPTION:${escapeText(e.description)}`,
			`LOCATION:${escapeText(e.location)}`,
			`URL:${e.url}`,
			'END:VEVENT',
		);
	}
	lines.push('END:VCALENDAR');
	return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
