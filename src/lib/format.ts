/** Indonesian formatting for numbers, money and dates. One place, so every page writes them alike. */
import { formatPartialDate } from './dates';
import type { Source } from '../schemas/common';
import { UNKNOWN_DATE } from '../schemas/unknown-date';

const number = new Intl.NumberFormat('id-ID');
const rupiah = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });

/** 17053 → "17.053"; 4.11 → "4,11". */
export function formatNumber(n: number, digits?: number): string {
	return digits === undefined
		? number.format(n)
		: new Intl.NumberFormat('id-ID', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}

/** 801945 → "Rp801.945" (no space, as Indonesian official texts write it). */
export function formatRupiah(n: number): string {
	return rupiah.format(n).replace(/\s/g, '');
}

/** A source date for display, or a plain statement that it is unknown. */
export function formatSourceDate(date: string | undefined): string {
	return date && date !== UNKNOWN_DATE ? formatPartialDate(date) : 'tanggal terbit tidak diketahui';
}

/** What to call a source in a list: its title, or "Tanpa judul (publisher)" when the page has none. */
export function sourceName(s: Pick<Source, 'title' | 'publisher'>): string {
	return s.title ?? `Tanpa judul (${s.publisher})`;
}

/** A source's date as a sortable partial date, or undefined when unknown. */
export function knownDate(date: string | undefined): string | undefined {
	return date && date !== UNKNOWN_DATE ? date : undefined;
}

/** Joins labels the Indonesian way: "a, b dan c". */
export function joinId(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} dan ${items.at(-1)}`;
}
