/** /admin/fonts/<file>: the editor's web fonts, copied from the @fontsource packages (src/lib/cms-assets.ts). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { CMS_FONTS } from '../../../lib/cms-assets';

export const getStaticPaths = (() => CMS_FONTS.map((f) => ({ params: { file: f.file }, props: { from: f.from } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
	new Response(await readFile(path.resolve('node_modules', (props as { from: string }).from)), { headers: { 'Content-Type': 'font/woff2' } });
