/**
 * /cek-bantuan/data.json: what the household pre-check reads of every program, and the published
 * guides. Loaded by the browser once, when someone starts the questions: the request carries no
 * answers (matching runs on the phone, src/lib/eligibility.ts).
 */
import type { APIRoute } from 'astro';
import { cekPrograms, guideTitles } from '../../collections';

export const GET: APIRoute = () =>
	new Response(JSON.stringify({ programs: cekPrograms(), guides: Object.fromEntries(guideTitles) }), {
		headers: { 'content-type': 'application/json' },
	});
