/**
 * A chart's numbers read back from the table under it, so a page carries each number once. Kept
 * apart from series.ts so the browser's chart script stays small (no formatting code).
 */
import type { ChartData } from './series';

/** What the chart needs besides the numbers. */
export type ChartMeta = Omit<ChartData, 'labels' | 'values'>;

/**
 * Reads back a value written by formatValue() ("5,06%", "1.234 jiwa", "Rp801.945"): Indonesian
 * number format, "." between thousands and "," before decimals. The chart reads its numbers from the
 * table this way, so a page carries each number once.
 */
export function parseFormattedValue(text: string): number {
	const n = text.replace(/[^\d,-]/g, '').replace(',', '.');
	return n === '' || n === '-' ? Number.NaN : Number(n);
}

/** The chart's data from its table's rows: [row heading, value cell text]. */
export function chartDataFromTable(meta: ChartMeta, rows: [string, string][]): ChartData {
	return { ...meta, labels: rows.map(([label]) => label.trim()), values: rows.map(([, value]) => parseFormattedValue(value)) };
}

