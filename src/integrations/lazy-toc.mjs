// @ts-check
/**
 * Starts Starlight's "Di halaman ini" (table of contents) on the visitor's first scroll instead of
 * whenever the browser is first idle. Its start-up finds every block of the page with `:has()`
 * selectors, measures the header (a forced layout) and watches each block with an
 * IntersectionObserver: 10–20 ms on this machine, about 130 ms of blocking time in Lighthouse's 4×
 * slowdown, on every page with a table of contents, including visits that never scroll. Until the
 * first scroll the list marks no section as current (the phone's bar shows "Di halaman ini" without
 * "Ringkasan" next to it): at the top of the page nothing is lost. An address with a #section scrolls
 * on load, so then it starts at once, as before. Tested in tests/e2e/smoke.test.ts.
 * If Starlight changes this code, the build fails instead of shipping a table of contents that never
 * starts (same pattern as lazy-search.mjs).
 */

/** Starlight's constructor line (dist/components-internals/TableOfContents/starlight-toc.js). */
export const TOC_START = 'this.onIdle(() => this.init());';
export const TOC_ON_SCROLL = `{
	// Bontang: on the first scroll, or now when the address names a section (src/integrations/lazy-toc.mjs).
	const start = () => this.onIdle(() => this.init());
	if (location.hash) start();
	else window.addEventListener('scroll', start, { once: true, passive: true });
}`;

/**
 * The TOC module with its idle start replaced, or null when Starlight's code no longer has it.
 * @param {string} code
 */
export function patchTocStart(code) {
	const at = code.indexOf(TOC_START);
	if (at < 0 || code.indexOf(TOC_START, at + 1) >= 0) return null;
	return code.replace(TOC_START, TOC_ON_SCROLL);
}

/** @returns {import('vite').Plugin} */
function lazyTocPlugin() {
	let seen = false;
	let patched = false;
	return {
		name: 'bontang:lazy-toc',
		transform(code, id) {
			if (!/@astrojs\/starlight\/dist\/components-internals\/TableOfContents\/starlight-toc\.js/.test(id)) return;
			seen = true;
			const out = patchTocStart(code);
			if (out === null) return;
			patched = true;
			return { code: out, map: null };
		},
		buildEnd() {
			if (seen && !patched) {
				this.error('lazy-toc: Starlight’s table of contents no longer starts with "this.onIdle(() => this.init());"; update src/integrations/lazy-toc.mjs');
			}
		},
	};
}

/** @returns {import('astro').AstroIntegration} */
export function lazyToc() {
	return {
		name: 'bontang:lazy-toc',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [lazyTocPlugin()] } });
			},
		},
	};
}
