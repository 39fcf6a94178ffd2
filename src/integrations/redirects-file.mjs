// @ts-check
/**
 * Writes dist/_redirects (Netlify, Cloudflare Pages) so short links answer with a real 301. The
 * static /p/<code>/ pages do the same job on any other host.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { SHORT_LINKS_FILE } from '../config/site.mjs';

/** @returns {import('astro').AstroIntegration} */
export function redirectsFile() {
	let base = '/';
	return {
		name: 'bontang:redirects-file',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir }) => {
				const dist = fileURLToPath(dir);
				const ledger = JSON.parse(await readFile(path.resolve(SHORT_LINKS_FILE), 'utf8'));
				const lines = Object.entries(ledger).map(([code, slug]) => {
					const target = existsSync(path.join(dist, 'program', String(slug), 'index.html')) ? `${base}program/${slug}/` : `${base}program/`;
					return `${base}p/${code} ${target} 301\n${base}p/${code}/ ${target} 301`;
				});
				await writeFile(path.join(dist, '_redirects'), `# Short links printed on flyers (content/short-links.json).\n${lines.join('\n')}\n`);
			},
		},
	};
}
