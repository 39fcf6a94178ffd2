// @ts-check
/**
 * The per-page quality gates, shared by the browser tests (which fail on any finding) and
 * `npm run audit` (which prints them for humans). Each returns findings; an empty list is a pass.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { watchPage } from './browser.mjs';
import { AXE_PATH } from './server.mjs';

// axe-core is injected once per page as an init script and run directly. (@axe-core/playwright
// re-injects the 500 KB library on every analyze(); measured here it made each check 3× slower,
// which matters when every page is checked in four variants.)
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The four ways each page is checked. `full` variants run every axe rule; the dark variants run the
 * rules that depend on colour, because the theme only changes colours (Starlight's dark theme is the
 * same markup with other CSS custom properties): running the rest twice would find nothing new.
 */
export const VARIANTS = [
	{ name: 'light 360', colorScheme: 'light', viewport: { width: 360, height: 800 }, full: true },
	{ name: 'dark 360', colorScheme: 'dark', viewport: { width: 360, height: 800 }, full: false },
	{ name: 'light 1280', colorScheme: 'light', viewport: { width: 1280, height: 800 }, full: true },
	{ name: 'dark 1280', colorScheme: 'dark', viewport: { width: 1280, height: 800 }, full: false },
];

/** axe rules whose result can change with the colour theme. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Records CSP violations in the page; injected before any page script runs. */
function recordCspViolations() {
	/** @type {any} */ (window).__cspViolations = [];
	document.addEventListener('securitypolicyviolation', (e) => {
		/** @type {any} */ (window).__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
	});
}

/**
 * Prepares a browser context for checkPage(): axe and the CSP recorder are added to every page
 * before the page's own scripts run (init scripts come from the browser, not the page, so the
 * site's Content Security Policy does not apply to them).
 * @param {import('playwright-core').BrowserContext} context
 */
export async function prepareContext(context) {
	await context.addInitScript(AXE_SOURCE);
	await context.addInitScript(recordCspViolations);
}

/**
 * Like prepareContext(), without axe in every page: checkPage() then loads axe into each page after it
 * loaded, from the test server as a same-origin script (AXE_PATH), which the browser caches with its
 * compiled code. An init script is compiled again in every page: measured here, that was about 0.6 s
 * of every page load in the gates.
 * @param {import('playwright-core').BrowserContext} context
 */
export async function prepareGateContext(context) {
	await context.addInitScript(recordCspViolations);
}

/**
 * Loads axe into the page if it is not there yet (see prepareGateContext()). The script element is
 * removed again at once, so axe checks the page as the site built it.
 * @param {import('playwright-core').Page} page
 */
async function injectAxe(page) {
	if (await page.evaluate(() => 'axe' in window)) return;
	const tag = await page.addScriptTag({ url: new URL(AXE_PATH, page.url()).href });
	await tag.evaluate((el) => /** @type {Element} */ (el).remove());
}

/**
 * Loads one page once with JavaScript on and runs every in-browser gate in the given variants (all
 * four by default), switching the window size and the system colour scheme in place (Starlight
 * follows the system theme, as a visitor's phone would). Loading once instead of four times keeps
 * CI fast as pages multiply. The context must have been prepared with prepareContext().
 * @param {import('playwright-core').BrowserContext} context  from guardContext()
 * @param {string} url
 * @param {typeof VARIANTS} [variantsToRun]  the first is always VARIANTS[0] (light 360, every rule)
 * @param {{ axeScope?: 'page' | 'main' }} [options]  `main`: axe checks the page's own content only, for
 *   pages whose header and sidebar are checked on another page of the same template
 */
export async function checkPage(context, url, variantsToRun = VARIANTS, { axeScope = 'page' } = {}) {
	/** @type {string[]} */ const problems = [];
	const page = await context.newPage();
	watchPage(page, problems);
	await page.setViewportSize(VARIANTS[0].viewport);
	await page.emulateMedia({ colorScheme: /** @type {'light'|'dark'} */ (VARIANTS[0].colorScheme) });
	await page.goto(url, { waitUntil: 'load' });
	await injectAxe(page);
	const settle = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30))));
	await settle();
	/** @type {Record<string, { problems: string[], violations: { id: string, impact: string, help: string, targets: string[] }[] }>} */
	const variants = {};
	let mainText = 0;
	for (const v of variantsToRun) {
		await page.setViewportSize(v.viewport);
		await page.emulateMedia({ colorScheme: /** @type {'light'|'dark'} */ (v.colorScheme) });
		// Starlight applies a system theme change from a media-query listener: wait for it (bounded).
		await page
			.waitForFunction((t) => !document.documentElement.dataset.theme || document.documentElement.dataset.theme === t, v.colorScheme, { timeout: 3000 })
			.catch(() => {});
		await settle();
		/** @type {string[]} */ const found = [];
		const state = await page.evaluate(() => ({
			theme: document.documentElement.dataset.theme,
			scrollWidth: document.documentElement.scrollWidth,
			innerWidth: window.innerWidth,
		}));
		// Pages without a theme switch (the printable flyer) are black on white in both.
		if (state.theme !== undefined && state.theme !== v.colorScheme) found.push(`theme is "${state.theme}", expected "${v.colorScheme}"`);
		if (state.scrollWidth > state.innerWidth) found.push(`scrolls sideways: content is ${state.scrollWidth}px wide in a ${state.innerWidth}px window`);
		if (v === VARIANTS[0]) {
			mainText = await visibleMainText(page);
			for (const j of await runTogether(page)) found.push(`sentences run together (a space lost between elements): "${j}"`);
		}
		const runOnly = v.full ? { type: 'tag', values: AXE_TAGS } : { type: 'rule', values: COLOUR_RULES };
		const axeResult = await page.evaluate(
			({ runOnly, scope }) => {
				const target = scope === 'main' ? document.querySelector('main') ?? document : document;
				return /** @type {any} */ (window).axe.run(target, { runOnly, resultTypes: ['violations'] });
			},
			{ runOnly, scope: axeScope },
		);
		variants[v.name] = {
			problems: found,
			violations: axeResult.violations.map((/** @type {any} */ x) => ({
				id: x.id,
				impact: x.impact ?? '',
				help: x.help,
				targets: x.nodes.map((/** @type {any} */ n) => n.target.join(' ')).slice(0, 5),
			})),
		};
	}
	const csp = await page.evaluate(() => /** @type {any} */ (window).__cspViolations ?? []);
	for (const c of csp) problems.push(`CSP violation: ${c}`);
	await page.close();
	return { problems, variants, mainText };
}

/**
 * Places in <main>'s visible text where a sentence ends and the next starts with no space between
 * ("keluarga Anda.Setiap"), or two words meet at a tag ("CobaCek bantuan"): Astro drops the line
 * break between an element and the text beside it.
 * @param {import('playwright-core').Page} page
 */
export function runTogether(page) {
	return page.evaluate(() => {
		const main = /** @type {HTMLElement | null} */ (document.querySelector('main'));
		const text = main?.innerText ?? '';
		// A date or number can end the sentence too ("30 November 2026.Semua kantor" was missed before).
		const sentences = [...text.matchAll(/[a-z0-9)][.!?][A-Z][a-z]/g)].map((m) => text.slice(Math.max(0, m.index - 20), m.index + 12).replace(/\s+/g, ' '));
		// Two words joined where text meets an inline element with no space between ("Coba" + <a>Cek
		// bantuan</a> showed "CobaCek bantuan"): a letter on both sides of the tag, both shown inline.
		/** @type {string[]} */ const words = [];
		const letter = /\p{L}/u;
		const shownInline = (/** @type {Element} */ el) => el.getClientRects().length > 0 && getComputedStyle(el).display.startsWith('inline');
		for (const el of main?.querySelectorAll('a, abbr, b, cite, code, em, i, kbd, mark, q, small, span, strong, time') ?? []) {
			if (!shownInline(el)) continue;
			const own = el.textContent ?? '';
			const before = el.previousSibling;
			const after = el.nextSibling;
			const beforeText = before?.nodeType === Node.TEXT_NODE ? before.textContent ?? '' : before instanceof Element && shownInline(before) ? before.textContent ?? '' : '';
			const afterText = after?.nodeType === Node.TEXT_NODE ? after.textContent ?? '' : '';
			if (letter.test(beforeText.slice(-1)) && letter.test(own.charAt(0))) words.push(`${beforeText.slice(-20)}|${own.slice(0, 12)}`);
			if (letter.test(own.slice(-1)) && letter.test(afterText.charAt(0))) words.push(`${own.slice(-20)}|${afterText.slice(0, 12)}`);
		}
		return [...sentences, ...words.map((w) => w.replace(/\s+/g, ' '))];
	});
}

/**
 * Visible characters in <main>, not counting controls that only work with JavaScript (marked
 * data-js-only, e.g. the finder's filters): they are not content.
 * @param {import('playwright-core').Page} page
 */
function visibleMainText(page) {
	return page.evaluate(() => {
		const shown = [...document.querySelectorAll('[data-js-only]:not([hidden])')];
		for (const el of shown) /** @type {HTMLElement} */ (el).hidden = true;
		const n = /** @type {HTMLElement | null} */ (document.querySelector('main'))?.innerText.trim().length ?? 0;
		for (const el of shown) /** @type {HTMLElement} */ (el).hidden = false;
		return n;
	});
}

/**
 * A browser context with JavaScript off, at phone width, for checkNoJs(). One per worker, reused
 * for many pages: a context per page cost more than the check itself.
 * @param {import('playwright-core').Browser} browser
 */
export function noJsContext(browser) {
	return browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 }, serviceWorkers: 'block' });
}

/**
 * Loads one page with JavaScript off: the main content must be there and readable, not only what a
 * script would reveal. Compares the visible text of <main> with and without JavaScript.
 * @param {import('playwright-core').BrowserContext} context  from noJsContext()
 * @param {string} url
 * @param {number} textWithJs  visible characters in <main> with JavaScript on
 */
export async function checkNoJs(context, url, textWithJs) {
	/** @type {string[]} */ const problems = [];
	const page = await context.newPage();
	const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
	const info = await page.evaluate(() => {
		const main = document.querySelector('main');
		const h1 = document.querySelector('h1');
		return {
			h1: h1 && h1.getBoundingClientRect().height > 0 ? h1.textContent?.trim() : '',
			text: main ? /** @type {HTMLElement} */ (main).innerText.trim().length : 0,
		};
	});
	if (!response || (response.status() >= 400 && !url.endsWith('/404.html'))) problems.push(`HTTP ${response?.status()}`);
	if (!info.h1) problems.push('no visible <h1> without JavaScript');
	if (info.text < 40) problems.push(`main content nearly empty without JavaScript (${info.text} characters)`);
	// Allow small differences (e.g. a script-only button), not hidden content.
	if (info.text < textWithJs * 0.85) {
		problems.push(`without JavaScript <main> shows ${info.text} characters, with JavaScript ${textWithJs}`);
	}
	await page.close();
	return { problems, text: info.text };
}

/**
 * Sums the page's layout shifts (those not caused by the visitor's input) from the start of every
 * document it opens; read the sum with layoutShift(). Call before page.goto().
 * @param {import('playwright-core').Page} page
 */
export function watchLayoutShift(page) {
	return page.addInitScript(() => {
		const w = /** @type {{ __cls: number }} */ (/** @type {unknown} */ (window));
		w.__cls = 0;
		new PerformanceObserver((list) => {
			for (const e of /** @type {{ value: number, hadRecentInput: boolean }[]} */ (/** @type {unknown} */ (list.getEntries()))) if (!e.hadRecentInput) w.__cls += e.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/**
 * The layout shift summed so far by watchLayoutShift() (cumulative layout shift, as Lighthouse counts it
 * for a load).
 * @param {import('playwright-core').Page} page
 * @returns {Promise<number>}
 */
export function layoutShift(page) {
	return page.evaluate(() => /** @type {{ __cls: number }} */ (/** @type {unknown} */ (window)).__cls);
}
