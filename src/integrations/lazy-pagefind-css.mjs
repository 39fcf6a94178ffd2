// @ts-check
/**
 * Keeps Pagefind's search-result CSS (about 2.6 KB gzip) out of every page's first load.
 * Starlight's search component imports it globally; Astro inlines that import as a
 * `@layer starlight.core {…}` block in the component's global style. A Vite plugin removes that
 * block, the build writes the same CSS (same layer) to /search-ui.css, and our Search override
 * loads it when a visitor reaches for search (src/scripts/search-css.ts). If Starlight changes how
 * it imports the file, the build fails instead of shipping unstyled search.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { removeBlock } from '../lib/css-blocks.ts';

/** @returns {import('vite').Plugin} */
function stripPagefindCss() {
	let removed = false;
	let seen = false;
	return {
		name: 'bontang:strip-pagefind-css',
		transform(code, id) {
			if (!/@astrojs\/starlight\/dist\/components\/Search\.astro\?astro&type=style/.test(id)) return;
			if (!code.includes('.pagefind-ui')) return;
			seen = true;
			// Pagefind's own CSS is the block with its Svelte-scoped classes (".svelte-xxxx"); Starlight's
			// own search styles follow in a second block and stay.
			const out = removeBlock(code, '@layer starlight.core {', '.svelte-');
			if (out === null || out.includes('.svelte-')) return;
			removed = true;
			return { code: out, map: null };
		},
		buildEnd() {
			if (seen && !removed) {
				this.error('lazy-pagefind-css: could not find Pagefind’s CSS block in Starlight’s search styles; update src/integrations/lazy-pagefind-css.mjs');
			}
		},
	};
}

/** @returns {import('astro').AstroIntegration} */
export function lazyPagefindCss() {
	return {
		name: 'bontang:lazy-pagefind-css',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [stripPagefindCss()] } });
			},
			'astro:build:done': async ({ dir }) => {
				// Resolve the copy Starlight itself uses, so the Svelte class hashes match its search UI.
				const require = createRequire(fileURLToPath(import.meta.resolve('@astrojs/starlight')));
				const css = await readFile(require.resolve('@pagefind/default-ui/css/ui.css'), 'utf8');
				await writeFile(path.join(fileURLToPath(dir), 'search-ui.css'), `@layer starlight.core {\n${css}\n}\n`);
			},
		},
	};
}
