/**
 * The editor's code and fonts, served from this site (no CDN at run time). Sveltia CMS's bundle
 * loads three web fonts from a CDN in its own stylesheet; the build points those at copies from the
 * @fontsource packages under /admin/fonts/, and fails if the bundle changes so that a CDN font stays.
 */

/** Fonts the CMS bundle asks for: CDN file → the same font in an installed @fontsource package. */
export const CMS_FONTS = [
	{ cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/source-sans-3:vf@[\d.]+\/latin-wght-normal\.woff2/g, file: 'source-sans-3-latin-wght-normal.woff2', from: '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2' },
	{ cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/noto-mono@[\d.]+\/latin-400-normal\.woff2/g, file: 'noto-mono-latin-400-normal.woff2', from: '@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2' },
	{
		cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/material-symbols-outlined:vf@[\d.]+\/latin-wght-normal\.woff2/g,
		file: 'material-symbols-outlined-latin-wght-normal.woff2',
		from: '@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2',
	},
] as const;

/** The CMS's update check: `<var>=\`${<cdn package url>}/package.json\``. */
const UPDATE_CHECK = /(\w+)=`\$\{\w+\}\/package\.json`/;

/**
 * The CMS bundle served from `${adminBase}` (e.g. "/admin/"): fonts from `${adminBase}fonts/<file>`,
 * the update check from `${adminBase}cms-version.json`. Throws when a CDN URL it expects is not found
 * or a CDN font remains.
 */
export function selfHost(bundle: string, adminBase: string): string {
	if (!UPDATE_CHECK.test(bundle)) throw new Error('Sveltia CMS changed its update check: update UPDATE_CHECK in src/lib/cms-assets.ts');
	let out = bundle.replace(UPDATE_CHECK, (_m, name: string) => `${name}=\`${adminBase}cms-version.json\``);
	const fontsBase = `${adminBase}fonts/`;
	for (const font of CMS_FONTS) {
		if (!font.cdn.test(out)) throw new Error(`Sveltia CMS no longer loads ${font.file} from the CDN: update CMS_FONTS in src/lib/cms-assets.ts`);
		out = out.replace(font.cdn, `${fontsBase}${font.file}`);
	}
	const left = out.match(/https:\/\/cdn\.jsdelivr\.net\/fontsource\/[^\s)'"`]+/);
	if (left) throw new Error(`Sveltia CMS loads another font from a CDN (${left[0]}): add it to CMS_FONTS in src/lib/cms-assets.ts`);
	return out;
}
