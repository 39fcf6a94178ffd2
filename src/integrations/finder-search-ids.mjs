// @ts-check
/**
 * Adds Pagefind's page id to each item of dist/program/finder.json. Pagefind returns ranked ids; the
 * fragment files name each id and hold its URL, so the build maps id → program slug once, and the
 * browser never has to download fragments just to know which programs matched.
 * Must run after Starlight's Pagefind step (both in astro:build:done; integrations run in order).
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** @returns {import('astro').AstroIntegration} */
export function finderSearchIds() {
	return {
		name: 'bontang:finder-search-ids',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const indexFile = path.join(dist, 'program', 'finder.json');
				const fragments = path.join(dist, 'pagefind', 'fragment');
				if (!existsSync(indexFile)) return;
				if (!existsSync(fragments)) throw new Error('finder-search-ids: no Pagefind index in dist/pagefind; it must run after Starlight’s Pagefind step.');
				/** @type {Map<string, string>} */ const idBySlug = new Map();
				// Pagefind records URLs relative to the output folder (the base path is added at search time).
				const prefix = '/program/';
				for (const file of await readdir(fragments)) {
					const raw = gunzipSync(await readFile(path.join(fragments, file))).toString('utf8');
					const { url } = JSON.parse(raw.slice(raw.indexOf('{')));
					if (typeof url === 'string' && url.startsWith(prefix)) {
						idBySlug.set(url.slice(prefix.length).replace(/\/$/, ''), file.replace(/\.pf_fragment$/, ''));
					}
				}
				/** @type {{ slug: string, pf?: string }[]} */
				const items = JSON.parse(await readFile(indexFile, 'utf8'));
				const missing = items.filter((i) => !idBySlug.has(i.slug)).map((i) => i.slug);
				if (missing.length) throw new Error(`finder-search-ids: Pagefind did not index these program pages: ${missing.join(', ')}`);
				for (const item of items) item.pf = idBySlug.get(item.slug);
				await writeFile(indexFile, JSON.stringify(items));
				logger.info(`mapped ${items.length} programs to their search ids`);
			},
		},
	};
}
