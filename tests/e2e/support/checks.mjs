// @ts-check
/**
 * The per-page quality gates, shared by the browser tests (which fail on any finding) and
 * `npm run audit` (which prints them for humans). Each returns findings; an empty list is a pass.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { watchPage } from './browser.mjs';

// axe-core is injected once per page as an init script and run directly. (@axe-core/playwright
// re-injects the 500 KB library on every analyze(); measured here it made each check 3× slower,
// which matters when every page is checked in four variants.)
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const VARIANTS = [
	{ name: 'light 360', colorScheme: 'light', viewport: { width: 360, height: 800 } },
	{ name: 'dark 360', colorScheme: 'dark', viewport: { width: 360, height: 800 } },
	{ name: 'light 1280', colorScheme: 'light', viewport: { width: 1280, height: 800 } },
	{ name: 'dark 1280', colorScheme: 'dark', viewport: { width: 1280, height: 800 } },
];

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
 * Loads one page with JavaScript on and runs every in-browser gate. The context must have been
 * prepared with prepareContext().
 * @param {import('playwright-core').BrowserContext} context  from guardContext()
 * @param {string} url
 * @param {{ axe?: boolean, expectTheme?: string }} [options]
 */
export async function checkPage(context, url, { axe = true, expectTheme } = {}) {
	/** @type {string[]} */ const problems = [];
	const page = await context.newPage();
	watchPage(page, problems);
	await page.goto(url, { waitUntil: 'load' });
	// Module scripts have run by "load"; give idle callbacks one more frame. (Waiting for
	// "networkidle" would add 500 ms to every page for nothing: the site loads no data until used.)
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
	const result = await page.evaluate(() => ({
		mainText: (() => {
			const hidden = [...document.querySelectorAll('[data-js-only]:not([hidden])')];
			for (const el of hidden) /** @type {HTMLElement} */ (el).hidden = true;
			const n = /** @type {HTMLElement | null} */ (document.querySelector('main'))?.innerText.trim().length ?? 0;
			for (const el of hidden) /** @type {HTMLElement} */ (el).hidden = false;
			return n;
		})(),
		theme: document.documentElement.dataset.theme,
		scrollWidth: document.documentElement.scrollWidth,
		innerWidth: window.innerWidth,
		csp: /** @type {any} */ (window).__cspViolations ?? [],
	}));
	if (expectTheme && result.theme !== expectTheme) problems.push(`theme is "${result.theme}", expected "${expectTheme}"`);
	if (result.scrollWidth > result.innerWidth) {
		problems.push(`scrolls sideways: content is ${result.scrollWidth}px wide in a ${result.innerWidth}px window`);
	}
	for (const v of result.csp) problems.push(`CSP violation: ${v}`);
	/** @type {{ id: string, impact: string, help: string, targets: string[] }[]} */
	let violations = [];
	if (axe) {
		const axeResult = await page.evaluate(
			(tags) => /** @type {any} */ (window).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
			AXE_TAGS,
		);
		violations = axeResult.violations.map((/** @type {any} */ v) => ({
			id: v.id,
			impact: v.impact ?? '',
			help: v.help,
			targets: v.nodes.map((/** @type {any} */ n) => n.target.join(' ')).slice(0, 5),
		}));
	}
	await page.close();
	return { problems, violations, mainText: result.mainText };
}

/**
 * Loads one page with JavaScript off: the main content must be there and readable, not only what a
 * script would reveal. Compares the visible text of <main> with and without JavaScript.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {number} textWithJs  visible characters in <main> with JavaScript on
 */
export async function checkNoJs(browser, url, textWithJs) {
	/** @type {string[]} */ const problems = [];
	const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
	const page = await context.newPage();
	const response = await page.goto(url);
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
	await context.close();
	return { problems, text: info.text };
}

/**
 * Visible characters in <main> with JavaScript on.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 */
export async function mainTextLength(context, url) {
	const page = await context.newPage();
	await page.goto(url);
	// Controls that only work with JavaScript (marked data-js-only, e.g. the finder's filters) are
	// hidden until a script shows them; they are not content, so they do not count here.
	const n = await page.evaluate(() => {
		for (const el of document.querySelectorAll('[data-js-only]')) /** @type {HTMLElement} */ (el).hidden = true;
		return /** @type {HTMLElement | null} */ (document.querySelector('main'))?.innerText.trim().length ?? 0;
	});
	await page.close();
	return n;
}
