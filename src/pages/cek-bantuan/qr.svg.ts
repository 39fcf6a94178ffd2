/** /cek-bantuan/qr.svg: QR code for the pre-check's own address, without anyone's answers (for the printed list). */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../../config/site.mjs';
import { qrSvg } from '../../lib/qr';

export const GET: APIRoute = async () => new Response(await qrSvg(absoluteUrl('cek-bantuan/')), { headers: { 'content-type': 'image/svg+xml' } });
