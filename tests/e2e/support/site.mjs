// @ts-check
/** The pages of the built site, read from its sitemap (plus the 404 page), as paths without the base. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DIST } from './server.mjs';
import { BASE_PATH } from '../../../src/config/site.mjs';

/** @param {string} [dist] */
export function sitePages(dist = DIST) {
	const maps = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
	if (!maps.length) throw new Error('No sitemap in dist/: is @astrojs/sitemap (via Starlight) running?');
	const paths = maps.flatMap((f) =>
		[...readFileSync(path.join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname),
	);
	const base = BASE_PATH;
	// Pages that are not in the sitemap but are still pages people see: the 404 page, the printable
	// flyers (noindex) and the English pages (canonical is the Indonesian page). Short-link pages
	// only forward, so they are not loaded here (html-validate and the link check still cover them).
	const htmlPages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('index.html'))
		.map((f) => `/${f.split(path.sep).join('/').replace(/index\.html$/, '')}`);
	const extras = htmlPages.filter((p) => p.startsWith('/en/') || p.endsWith('/cetak/'));
	const all = [...new Set([...paths.map((p) => `/${p.slice(base.length)}`), '/404.html', ...extras])].sort();
	// GATE_PAGES=<regex> narrows the gates to matching pages while developing; CI never sets it.
	const only = process.env.GATE_PAGES ? new RegExp(process.env.GATE_PAGES) : null;
	return only ? all.filter((p) => only.test(p)) : all;
}

/**
 * Runs `fn` over `items` with at most `limit` at a time (one browser, several tabs).
 * @template T, R
 * @param {T[]} items
 * @param {number} limit
 * @param {(item: T) => Promise<R>} fn
 * @returns {Promise<R[]>}
 */
export async function pool(items, limit, fn) {
	/** @type {R[]} */ const out = new Array(items.length);
	let next = 0;
	const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
		while (next < items.length) {
			const i = next++;
			out[i] = await fn(/** @type {T} */ (items[i]));
		}
	});
	await Promise.all(workers);
	return out;
}

/**
 * Like pool(), but each of the `limit` workers first gets its own state from `open` (e.g. a browser
 * context: pages in separate contexts render in parallel instead of queueing on one), handed to `fn`
 * with each item, and released with `close` at the end.
 * @template T, R, S
 * @param {T[]} items
 * @param {number} limit
 * @param {() => Promise<S>} open
 * @param {(state: S, item: T) => Promise<R>} fn
 * @param {(state: S) => Promise<void>} close
 * @returns {Promise<R[]>}
 */
export async function poolWith(items, limit, open, fn, close) {
	/** @type {R[]} */ const out = new Array(items.length);
	let next = 0;
	const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
		const state = await open();
		try {
			while (next < items.length) {
				const i = next++;
				out[i] = await fn(state, /** @type {T} */ (items[i]));
			}
		} finally {
			await close(state);
		}
	});
	await Promise.all(workers);
	return out;
}
