/** Open data, feeds and calendars, checked with real parsers. */
import { expect, test } from 'vitest';
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { getRssString } from '@astrojs/rss';
import { ProgramSchema } from '../../src/schemas/program';
import { makeProgram } from '../fixtures/factories';
import { foldLine, programEvents, toICalendar } from '../../src/lib/ical';
import { programRecord, recordsToCsv } from '../../src/lib/open-data';
import { programFeedItem } from '../../src/lib/feed-items';

const window = ProgramSchema.parse(
	makeProgram({
		title: 'Beasiswa, kuliah; uji',
		venue: 'Aula, Lt. 2',
		schedule: { type: 'terjadwal', registrationOpens: '2025-10-13', registrationCloses: '2025-10-31', starts: '2025-11-10', ends: '2025-12-20' },
	}),
);

test('iCalendar: registration window and activity as all-day events, read back by ical.js', () => {
	const ics = toICalendar('Uji', programEvents('beasiswa', window, 'https://x.id/program/beasiswa/', window.venue!, 'x.id'));
	const comp = new ICAL.Component(ICAL.parse(ics));
	const events = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
	expect(events.map((e) => [e.summary, e.startDate.toString(), e.endDate.toString(), e.location])).toEqual([
		['Pendaftaran: Beasiswa, kuliah; uji', '2025-10-13', '2025-11-01', 'Aula, Lt. 2'],
		['Beasiswa, kuliah; uji', '2025-11-10', '2025-12-21', 'Aula, Lt. 2'],
	]);
	expect(events.every((e) => e.startDate.isDate)).toBe(true);
	expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
});

test('iCalendar: no event for dates not known to the day, or for standing services', () => {
	expect(programEvents('x', ProgramSchema.parse(makeProgram({ schedule: { type: 'terjadwal', ends: '2024' } })), '', '', '')).toEqual([]);
	expect(programEvents('x', ProgramSchema.parse(makeProgram()), '', '', '')).toEqual([]);
});

test('line folding never splits a character', () => {
	const line = `SUMMARY:${'é'.repeat(60)}`;
	expect(foldLine(line).split('\r\n ').join('')).toBe(line);
});

test('RSS items parse as RSS 2.0 with title, link and date', async () => {
	const xml = await getRssString({
		title: 'Uji',
		description: 'Uji',
		site: 'https://x.id/',
		items: [programFeedItem(window, 'https://x.id/program/beasiswa/', '2025-10-20')],
	});
	const rss = new XMLParser().parse(xml).rss.channel;
	expect(rss.item.title).toBe('Beasiswa, kuliah; uji');
	expect(rss.item.link).toBe('https://x.id/program/beasiswa/');
	expect(rss.item.description).toMatch(/Status: Pendaftaran dibuka\.$/);
	expect(new Date(rss.item.pubDate).toISOString()).toBe('2026-11-28T16:00:00.000Z');
});

test('open-data CSV: one row per program, quoted where needed, lists joined with |', () => {
	const rec = programRecord('beasiswa', { ...window, strategy: 'pendidikan-dan-pelatihan-keterampilan' }, { url: 'https://x.id/program/beasiswa/', shortUrl: 'https://x.id/p/abcde/' }, '2025-10-20');
	expect(rec.status).toBe('dibuka');
	const [header, row] = recordsToCsv([rec]).trim().split('\n');
	const cols = header!.split(',');
	const parsed = row!.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replaceAll('""', '"'));
	const get = (name: string) => parsed[cols.indexOf(name)];
	expect(get('title')).toBe('Beasiswa, kuliah; uji');
	expect(get('registration_closes')).toBe('2025-10-31');
	expect(get('target_groups')).toBe('pencari-kerja');
	expect(get('source_urls')).toBe('https://example.org/berita');
});
