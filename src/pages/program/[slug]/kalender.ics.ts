/** /program/<slug>/kalender.ics: one program's dates, for programs that have dates. */
import type { APIRoute } from 'astro';
import { programs, type ProgramEntry } from '../../../collections';
import { programEvents, toICalendar } from '../../../lib/ical';
import { areaLabel } from '../../../lib/program-labels';
import { absoluteUrl, SITE_URL } from '../../../config/site.mjs';

export function getStaticPaths() {
	// Only programs with dates known to the day have a calendar (see programEvents).
	return programs.filter((p) => programEvents(p.id, p.data, '', '', '').length > 0).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

export const GET: APIRoute = ({ props }) => {
	const { entry } = props as { entry: ProgramEntry };
	const events = programEvents(entry.id, entry.data, absoluteUrl(`program/${entry.id}/`), entry.data.venue ?? `${areaLabel(entry.data)}, Kota Bontang`, new URL(SITE_URL).hostname);
	return new Response(toICalendar(entry.data.title, events), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
