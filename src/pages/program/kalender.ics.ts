/** /program/kalender.ics: every dated program (registration windows and activities) in one calendar. */
import type { APIRoute } from 'astro';
import { programs } from '../../collections';
import { programEvents, toICalendar } from '../../lib/ical';
import { areaLabel } from '../../lib/program-labels';
import { absoluteUrl, SITE_NAME, SITE_URL } from '../../config/site.mjs';

export const GET: APIRoute = () => {
	const host = new URL(SITE_URL).hostname;
	const events = programs.flatMap((p) => programEvents(p.id, p.data, absoluteUrl(`program/${p.id}/`), p.data.venue ?? `${areaLabel(p.data)}, Kota Bontang`, host));
	return new Response(toICalendar(`${SITE_NAME}: program`, events), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
