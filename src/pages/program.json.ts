/** /program.json: every program with its facets, dates, status and sources (see /data-terbuka/). */
import type { APIRoute } from 'astro';
import { programRecords, buildDay } from '../collections';
import { absoluteUrl, SITE_NAME } from '../config/site.mjs';

export const GET: APIRoute = () =>
	new Response(
		JSON.stringify(
			{ name: `${SITE_NAME}: daftar program`, generated: buildDay, documentation: absoluteUrl('data-terbuka/'), programs: programRecords() },
			null,
			1,
		),
		{ headers: { 'content-type': 'application/json; charset=utf-8' } },
	);
