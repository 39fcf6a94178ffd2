/**
 * /admin/cms-version.json: the installed Sveltia CMS version, where the bundle's update check looks
 * (src/lib/cms-assets.ts) instead of a CDN. Same version, so the CMS never offers to update itself.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute } from 'astro';

export const GET: APIRoute = async () => {
	const { version } = JSON.parse(await readFile(path.resolve('node_modules/@sveltia/cms/package.json'), 'utf8')) as { version: string };
	return new Response(JSON.stringify({ version }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
