/**
 * Turning a statistical series into what pages show: labels, the main finding in words and a CSV
 * file (the chart itself: svg-chart.ts). Pure, used at build time.
 */
import type { Point, Series, Unit } from '../schemas/series';
import { formatPartialDate } from './dates';
import { formatNumber, formatRupiah } from './format';

/** The label of a point's x value: "Desember 2024" for a period, the area name otherwise. */
export function pointLabel(series: Pick<Series, 'axis'>, p: Pick<Point, 'x'>): string {
	return series.axis === 'waktu' ? formatPartialDate(p.x) : p.x;
}

/** A value in Indonesian format with its unit: "4,11%", "149 jiwa", "Rp801.945", "0,39". */
export function formatValue(value: number, unit: Unit): string {
	switch (unit) {
		case 'persen':
			return `${formatNumber(value, 2)}%`;
		case 'jiwa':
			return `${formatNumber(value)} jiwa`;
		case 'kk':
			return `${formatNumber(value)} KK`;
		case 'rupiah-per-kapita-per-bulan':
			return formatRupiah(value);
		case 'indeks':
			return formatNumber(value, 2);
		case 'program':
			return `${formatNumber(value)} program`;
	}
}

/**
 * The main finding, in one sentence: what the chart shows. Used as the chart's accessible name.
 * Over time: the change from the first to the last value. Across areas: the highest and the lowest.
 */
export function describeSeries(series: Series): string {
	const pts = series.points;
	const first = pts[0]!;
	const last = pts.at(-1)!;
	const f = (p: Point) => formatValue(p.value, series.unit);
	if (pts.length === 1) return `${series.title}: ${f(first)} (${pointLabel(series, first)}).`;
	if (series.axis === 'waktu') {
		const verb = last.value < first.value ? 'turun' : last.value > first.value ? 'naik' : 'tetap';
		return `${series.title}: ${verb} dari ${f(first)} (${pointLabel(series, first)}) menjadi ${f(last)} (${pointLabel(series, last)}).`;
	}
	const sorted = [...pts].sort((a, b) => b.value - a.value);
	const top = sorted[0]!;
	const bottom = sorted.at(-1)!;
	return `${series.title}: terbanyak di ${top.x} (${f(top)}), paling sedikit di ${bottom.x} (${f(bottom)}).`;
}

function csvCell(v: string | number | undefined): string {
	const s = v === undefined ? '' : String(v);
	return /[",\n;]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * The series as CSV (comma-separated, UTF-8, dot decimals so spreadsheets in any locale read the
 * numbers): one row per value, alternatives included and marked, each with its source.
 */
export function seriesToCsv(series: Series): string {
	const header = [series.axis === 'waktu' ? 'periode' : 'wilayah', 'nilai', 'satuan', 'jenis_nilai', 'sumber_judul', 'sumber_penerbit', 'sumber_tanggal', 'sumber_url', 'catatan'];
	const rows = series.points.flatMap((p) => [
		[p.x, p.value, series.unit, p.reliability === 'rendah' ? 'utama (keandalan rendah)' : 'utama', p.source.title, p.source.publisher, p.source.date, p.source.url, p.note],
		...(p.alternatives ?? []).map((a) => [p.x, a.value, series.unit, 'sumber lain', a.source.title, a.source.publisher, a.source.date, a.source.url, a.note]),
	]);
	return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}
