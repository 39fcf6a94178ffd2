// @ts-check
/**
 * Page-weight budget: prints every built page's first-load bytes (gzip) and fails when a page is over
 * its budget. Run after `npm run build`:  node tests/budget/page-weight.mjs [--json]
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pageWeight } from './weight.mjs';
import { BASE_PATH } from '../../src/config/site.mjs';

/**
 * Budgets in bytes (gzip), first match wins. Stock Starlight's smallest page is about 21 KB. Every
 * public page is held to 28 KB, leaving 2 KB under the 30 KB ceiling for the features to come: on
 * 2026-12-01 the longest program page is at 26.9 KB (shared CSS is 8.3 KB of that). A page that needs
 * more must first take bytes out of what every page loads.
 */
export const BUDGETS = [
	// The finder (and its numbered and English pages) loads its logic on first use: held to 27.5 KB.
	{ match: /^(en\/)?program\/(halaman\/\d+\/)?index\.html$/, budget: 27.5 * 1024, label: 'program finder' },
	// The editor for officials (not a public page, never linked for residents): Sveltia CMS is about
	// 620 KB gzip. Budgeted so that an accidental second copy or a big plugin shows up.
	{ match: /^admin\/index\.html$/, budget: 700 * 1024, label: 'editor (/admin/)' },
	{ match: /./, budget: 28 * 1024, label: 'content page' },
];

const dist = path.resolve(import.meta.dirname, '../../dist');
const base = BASE_PATH;

export function measureAll() {
	return readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => f.split(path.sep).join('/'))
		.sort()
		.map((f) => {
			const w = pageWeight(dist, f, base);
			const rule = BUDGETS.find((b) => b.match.test(f));
			return { ...w, budget: rule?.budget ?? Infinity, over: w.total > (rule?.budget ?? Infinity) || w.missing.length > 0 };
		});
}

const kb = (/** @type {number} */ n) => (n / 1024).toFixed(1);

if (import.meta.url === `file://${process.argv[1]}`) {
	const rows = measureAll();
	if (process.argv.includes('--json')) {
		console.log(JSON.stringify(rows, null, 2));
	} else {
		const w = Math.max(...rows.map((r) => r.page.length), 4);
		console.log(`${'page'.padEnd(w)}  html KB  css KB  js KB  total KB  budget KB  lazy KB`);
		for (const r of rows) {
			console.log(
				`${r.page.padEnd(w)}  ${kb(r.html).padStart(7)}  ${kb(r.css).padStart(6)}  ${kb(r.js).padStart(5)}  ${kb(r.total).padStart(8)}  ${kb(r.budget).padStart(9)}  ${kb(r.lazy).padStart(7)}${r.over ? '  OVER' : ''}`,
			);
		}
		const max = rows.reduce((a, r) => (r.total > a.total ? r : a), rows[0]);
		console.log(`\n${rows.length} pages; heaviest ${max?.page} at ${kb(max?.total ?? 0)} KB gzip (lazy code not included).`);
	}
	const bad = rows.filter((r) => r.over);
	for (const r of bad) {
		console.error(`OVER BUDGET: ${r.page} loads ${kb(r.total)} KB gzip on first visit; budget ${kb(r.budget)} KB${r.missing.length ? `; missing assets: ${r.missing.join(', ')}` : ''}`);
	}
	process.exit(bad.length ? 1 : 0);
}
