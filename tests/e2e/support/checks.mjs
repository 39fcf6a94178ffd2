// @ts-check
/**
 * The per-page quality gates, shared by the browser tests (which fail on any finding) and
 * `npm run audit` (which prints them for humans). Each returns findings; an empty list is a pass.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { watchPage } from './browser.mjs';

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
 * Loads one page with JavaScript on and runs every in-browser gate.
 * @param {import('playwright-core').BrowserContext} context  from guardContext()
 * @param {string} url
 * @param {{ axe?: boolean, expectTheme?: string }} [options]
 */
export async function checkPage(context, url, { axe = true, expectTheme } = {}) {
	/** @type {string[]} */ const problems = [];
	const page = await context.newPage();
	watchPage(page, problems);
	await page.addInitScript(recordCspViolations);
	await page.goto(url, { waitUntil: 'load' });
	// Let idle-time scripts (search, enhancements) run so their errors and requests are seen too.
	await page.waitForLoadState('networkidle');
	const result = await page.evaluate(() => ({
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
		const axeResult = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
		violations = axeResult.violations.map((v) => ({
			id: v.id,
			impact: v.impact ?? '',
			help: v.help,
			targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
		}));
	}
	await page.close();
	return { problems, violations };
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
