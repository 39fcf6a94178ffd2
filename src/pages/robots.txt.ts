/** /robots.txt: the whole site may be indexed (flyers and short links carry noindex); points at the sitemap. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../config/site.mjs';

export const GET: APIRoute = () =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('sitemap-index.xml')}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
