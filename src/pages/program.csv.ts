/** /program.csv: the same records as /program.json, one row per program (see /data-terbuka/). */
import type { APIRoute } from 'astro';
import { programRecords } from '../collections';
import { recordsToCsv } from '../lib/open-data';

// A byte-order mark so spreadsheet programs read the file as UTF-8.
export const GET: APIRoute = () => new Response(`\uFEFF${recordsToCsv(programRecords())}`, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
