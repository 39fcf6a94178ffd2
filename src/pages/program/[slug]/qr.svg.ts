/** /program/<slug>/qr.svg: the QR code for the program's short link, for print and flyers. */
import type { APIRoute } from 'astro';
import { programs, shortCode } from '../../../collections';
import { absoluteUrl } from '../../../config/site.mjs';
import { qrSvg } from '../../../lib/qr';

export function getStaticPaths() {
	return programs.map((p) => ({ params: { slug: p.id } }));
}

export const GET: APIRoute = async ({ params }) =>
	new Response(await qrSvg(absoluteUrl(`p/${shortCode(params.slug!)}/`)), { headers: { 'content-type': 'image/svg+xml' } });
