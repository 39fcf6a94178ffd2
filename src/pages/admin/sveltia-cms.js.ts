/**
 * /admin/sveltia-cms.js: the pinned Sveltia CMS bundle from node_modules, with its web fonts and version check served from
 * this site (src/lib/cms-assets.ts). Same origin, so /admin/'s CSP needs no CDN.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute } from 'astro';
import { selfHost } from '../../lib/cms-assets';
import { BASE_PATH } from '../../config/site.mjs';

export const GET: APIRoute = async () => {
	const bundle = await readFile(path.resolve('node_modules/@sveltia/cms/dist/sveltia-cms.js'), 'utf8');
	return new Response(selfHost(bundle, `${BASE_PATH}admin/`), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
