/**
 * Build-time middleware. Its one job: when the site is built under a sub-path (BASE_PATH), add that
 * path to links written in Markdown content. Does nothing for a root deployment.
 * @see src/lib/base-links.ts
 */
import { defineMiddleware } from 'astro:middleware';
import { prefixBaseInHtml } from './lib/base-links';

export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	const base = import.meta.env.BASE_URL;
	if (base === '/' || !response.headers.get('content-type')?.includes('text/html')) return response;
	const html = prefixBaseInHtml(await response.text(), base);
	return new Response(html, { status: response.status, headers: response.headers });
});
