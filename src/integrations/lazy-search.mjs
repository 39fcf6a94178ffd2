// @ts-check
/**
 * Loads Starlight's search only when a visitor reaches for it, instead of on every page.
 * - CSS: Starlight's search component has a global stylesheet made of Pagefind's result CSS (about
 *   2.6 KB gzip) and Starlight's own styles for those results inside the dialog (about 1.3 KB gzip,
 *   icons as data URLs included), both in every page's CSS. A Vite plugin removes that stylesheet, the
 *   build writes both (same layer, same order) to /search-ui.css, and our Search override loads it on
 *   first intent (src/scripts/search-css.ts). Starlight's scoped styles for the search button and the
 *   dialog itself stay in every page's CSS: the button is on every page, and the dialog must look
 *   right the moment it opens.
 * - JS: Starlight starts Pagefind's search UI (about 26 KB gzip) when the browser is idle, on every
 *   page. The same plugin swaps that idle trigger for the visitor's first intent: pressing on or
 *   focusing the search button, or Ctrl/⌘+K. On paid mobile data, most visits never search.
 * - Words: the same plugin makes that script import src/scripts/pagefind-ui.ts (Pagefind UI with its
 *   words in the page's language) instead of '@pagefind/default-ui'.
 * If Starlight changes any of these, the build fails instead of shipping broken search.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { removeBlock } from '../lib/css-blocks.ts';

const IDLE = 'const onIdle = window.requestIdleCallback || ((cb) => setTimeout(cb, 1));';
// Pagefind UI with its words in the page's language (src/scripts/pagefind-ui.ts explains why).
const UI_IMPORT = /import\((['"])@pagefind\/default-ui\1\)/;
const OWN_UI_IMPORT = `import(${JSON.stringify(fileURLToPath(new URL('../scripts/pagefind-ui.ts', import.meta.url)))})`;
// Same signature as the idle trigger it replaces; `openBtn` and `dialog` are in scope in Starlight's
// constructor. Once the UI exists, focus its input if the dialog is already open.
const ON_INTENT = `const onIdle = (cb) => {
	let started = false;
	const start = async () => {
		if (started) return;
		started = true;
		await cb();
		if (dialog.open) this.querySelector('input')?.focus();
	};
	openBtn.addEventListener('pointerdown', start, { once: true });
	openBtn.addEventListener('focus', start, { once: true });
	window.addEventListener('keydown', (e) => { if ((e.metaKey || e.ctrlKey) && e.key === 'k') start(); });
};`;

/**
 * @param {{ starlightCss: string | null }} kept  receives Starlight's own global search CSS (written
 *   to /search-ui.css after the build)
 * @returns {import('vite').Plugin}
 */
function lazySearchPlugin(kept) {
	let removed = false;
	let seen = false;
	let scriptSeen = false;
	let scriptPatched = false;
	return {
		name: 'bontang:lazy-search',
		transform(code, id) {
			if (/@astrojs\/starlight\/dist\/components\/Search\.astro\?astro&type=script/.test(id)) {
				scriptSeen = true;
				if (!code.includes(IDLE) || !UI_IMPORT.test(code)) return;
				scriptPatched = true;
				return { code: code.replace(IDLE, ON_INTENT).replace(UI_IMPORT, OWN_UI_IMPORT), map: null };
			}
			if (!/@astrojs\/starlight\/dist\/components\/Search\.astro\?astro&type=style/.test(id)) return;
			if (!code.includes('.pagefind-ui')) return;
			seen = true;
			// Pagefind's own CSS is the block with its Svelte-scoped classes (".svelte-xxxx"); Starlight's
			// own search styles follow in a second block and stay.
			const out = removeBlock(code, '@layer starlight.core {', '.svelte-');
			if (out === null || out.includes('.svelte-')) return;
			// What remains is Starlight's own global search CSS, for Pagefind's results (which exist only
			// once the search UI has loaded) and the page behind the open dialog. It goes to
			// /search-ui.css too; anything else in this stylesheet would be a Starlight change to look at.
			if (!out.includes('#starlight__search .pagefind-ui__')) return;
			kept.starlightCss = out;
			removed = true;
			return { code: '', map: null };
		},
		buildEnd() {
			if (seen && !removed) {
				this.error('lazy-search: Starlight’s global search styles are no longer Pagefind’s CSS block followed by its own rules for the results; update src/integrations/lazy-search.mjs');
			}
			if (scriptSeen && !scriptPatched) {
				this.error('lazy-search: Starlight’s search script no longer starts on idle or imports Pagefind UI as expected; update src/integrations/lazy-search.mjs');
			}
		},
	};
}

/** @returns {import('astro').AstroIntegration} */
export function lazySearch() {
	/** @type {{ starlightCss: string | null }} */
	const kept = { starlightCss: null };
	return {
		name: 'bontang:lazy-search',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [lazySearchPlugin(kept)] } });
			},
			'astro:build:done': async ({ dir }) => {
				// Resolve the copy Starlight itself uses, so the Svelte class hashes match its search UI.
				const require = createRequire(fileURLToPath(import.meta.resolve('@astrojs/starlight')));
				const css = await readFile(require.resolve('@pagefind/default-ui/css/ui.css'), 'utf8');
				if (kept.starlightCss === null) throw new Error('lazy-search: Starlight’s own search styles were not found in the build; update src/integrations/lazy-search.mjs');
				// Pagefind's CSS first, then Starlight's rules for it, as in Starlight's stylesheet.
				await writeFile(path.join(fileURLToPath(dir), 'search-ui.css'), `@layer starlight.core {\n${css}\n}\n${kept.starlightCss}\n`);
			},
		},
	};
}
