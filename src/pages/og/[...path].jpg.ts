/** /og/<page>.jpg: the link-preview image of each page, rendered at build time. */
import type { APIRoute } from 'astro';
import { ogCards, ogImagePath } from '../../collections';
import { renderOgJpeg } from '../../lib/og-render';
import { SITE_NAME } from '../../config/site.mjs';
import type { OgCard } from '../../lib/og-image';

export async function getStaticPaths() {
	return [...(await ogCards())].map(([page, card]) => ({
		params: { path: ogImagePath(page).replace(/^og\//, '').replace(/\.jpg$/, '') },
		props: { card },
	}));
}

export const GET: APIRoute = async ({ props }) =>
	new Response(new Uint8Array(await renderOgJpeg(props.card as OgCard, SITE_NAME)), { headers: { 'content-type': 'image/jpeg' } });
