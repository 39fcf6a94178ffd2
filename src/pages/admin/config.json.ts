/**
 * /admin/config.json: the editor's configuration, generated from the schemas at build time (one source
 * of truth; tests/unit/cms-config.test.ts checks they match).
 */
import type { APIRoute } from 'astro';
import { buildCmsConfig } from '../../lib/cms-config';
import { CMS_COLLECTIONS, CMS_VOCABULARIES } from '../../config/cms-collections';
import { CMS_BACKEND, SITE_NAME, absoluteUrl } from '../../config/site.mjs';

export const GET: APIRoute = () =>
	new Response(JSON.stringify(buildCmsConfig(CMS_COLLECTIONS, CMS_VOCABULARIES, CMS_BACKEND, { url: absoluteUrl(''), name: SITE_NAME }), null, '\t'), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
