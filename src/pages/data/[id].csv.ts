/** /data/<id>.csv: each series' values with their sources, for spreadsheets and partners. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { series, programStatSeries } from '../../collections';
import { seriesToCsv } from '../../lib/series';
import type { Series } from '../../schemas/series';

export const getStaticPaths: GetStaticPaths = () => {
	const all: [string, Series][] = [
		...[...series.values()].map((e): [string, Series] => [e.id, e.data]),
		...programStatSeries,
	];
	return all.map(([id, s]) => ({ params: { id }, props: { series: s } }));
};

export const GET: APIRoute = ({ props }) =>
	// A byte-order mark so that spreadsheet programs read the file as UTF-8 (names like "Api-Api", "–").
	new Response(`\uFEFF${seriesToCsv(props.series as Series)}`, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
