/**
 * What site search (Pagefind) reads from every page: words stay apart where elements meet.
 *
 * Pagefind separates the text of elements it knows as blocks (paragraphs, list items, table cells),
 * but joins the text of others (dt and dd, th, spans shown as blocks) unless a space is there, and
 * Astro's compressed HTML has none. "Untuk siapa" + "Ibu rumah tangga" was indexed as the one word
 * "siapaIbu", so a search for "ibu" missed it and result excerpts showed it; every program's excerpt
 * also began with its hidden filter values run together ("Pelatihan keterampilanKolaborasi…").
 * Reads the built index (dist/pagefind/fragment), so it checks what residents search, not the HTML.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { DIST } from './support/server.mjs';

interface Fragment {
	url: string;
	content: string;
	filters: Record<string, string[]>;
	meta: Record<string, string>;
}

function fragments(): Fragment[] {
	const dir = path.join(DIST, 'pagefind', 'fragment');
	return readdirSync(dir).map((f) => {
		const text = gunzipSync(readFileSync(path.join(dir, f))).toString('utf8');
		return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
	});
}

/** The built page a fragment was made from (Pagefind records URLs without the base path). */
const htmlOf = (url: string) => readFileSync(path.join(DIST, decodeURI(url), 'index.html'), 'utf8');
const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"').trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const all = fragments();

test('the index holds every kind of page', () => {
	const urls = all.map((f) => f.url);
	for (const kind of ['/program/', '/kantor/', '/panduan/', '/strategi/']) expect(urls.some((u) => u.includes(kind) && u !== kind)).toBe(true);
});

test('a fact label or table header is never joined to the value after it', () => {
	const joined: string[] = [];
	for (const f of all) {
		const html = htmlOf(f.url);
		const labels = new Set([...html.matchAll(/<(dt|th)\b[^>]*>(.*?)<\/\1>/gs)].map((m) => textOf(m[2]!)).filter((l) => l.length >= 3));
		for (const label of labels) {
			// The label directly followed by a capital or a digit: the start of the next cell or value.
			const m = new RegExp(`${escape(label)}(?=[\\p{Lu}\\d])`, 'u').exec(f.content);
			if (m) joined.push(`${f.url}: "${f.content.slice(m.index, m.index + label.length + 15)}"`);
		}
	}
	expect(joined).toEqual([]);
});

test("a program's filter values and search title are not part of its searchable text", () => {
	const programs = all.filter((f) => f.filters.tipe?.includes('program'));
	expect(programs.length).toBeGreaterThan(10);
	const leaked: string[] = [];
	for (const f of programs) {
		// Pagefind still has the values (the finder and the search filters use them)...
		expect(f.filters.jenis?.length, f.url).toBe(1);
		expect(f.meta.title, f.url).toBeTruthy();
		// ...but not as text: the title with its status ("… (Selesai, arsip)") and the filter values
		// glued together were the first line of every program's excerpt.
		if (f.content.includes(f.meta.title!)) leaked.push(`${f.url}: search title`);
		const glued = [...f.filters.jenis!, ...(f.filters.strategi ?? [])].join('');
		if (f.content.includes(glued)) leaked.push(`${f.url}: filter values`);
	}
	expect(leaked).toEqual([]);
});
