/**
 * /program/finder.json: every program's facets for the finder, loaded by the browser only when
 * someone uses the finder. After Pagefind runs, src/integrations/finder-search-ids.mjs adds each
 * program page's search id (`pf`) so text results map back to programs without extra requests.
 */
import type { APIRoute } from 'astro';
import { finderItems } from '../../collections';

export const GET: APIRoute = () => new Response(JSON.stringify(finderItems), { headers: { 'content-type': 'application/json' } });
