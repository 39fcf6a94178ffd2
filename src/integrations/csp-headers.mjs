// @ts-check
/**
 * Writes dist/_headers from public/_headers with the hash of every inline script in the built pages,
 * so the Content Security Policy allows exactly our scripts and never 'unsafe-inline' for scripts.
 * @see src/lib/csp.ts
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { collectHashes, fillHeaders } from '../lib/csp.ts';

/** @returns {import('astro').AstroIntegration} */
export function cspHeaders() {
	return {
		name: 'bontang:csp-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html'));
				const htmls = await Promise.all(files.map((f) => readFile(path.join(dist, f), 'utf8')));
				const hashes = collectHashes(htmls);
				const target = path.join(dist, '_headers');
				await writeFile(target, fillHeaders(await readFile(target, 'utf8'), hashes));
				logger.info(`wrote _headers with ${hashes.length} inline script hash(es)`);
			},
		},
	};
}
