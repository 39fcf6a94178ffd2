// @ts-check
/**
 * Launches Debian's Chromium through playwright-core. Playwright's own browser download cannot work
 * on these machines, so the path is fixed (override with CHROMIUM_PATH).
 *
 * The tests prefer Debian's `chromium-headless-shell` (the same Chromium build without the browser's
 * own interface, which is what Playwright itself runs for headless tests): full Chromium in headless
 * mode starts extra interface renderers for every page, and measured here the browser gates spent
 * about three times the CPU with it. Without the shell, full Chromium is used.
 */
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';

/** Full Chromium (Lighthouse needs it; the tests fall back to it). */
export const FULL_CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';
/** The browser the tests launch. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : FULL_CHROMIUM_PATH);

export async function launchBrowser() {
	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium".`);
	}
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		// As root in CI there is no user namespace sandbox; background networking is disabled because
		// this machine's network is closed and Chromium would otherwise try to reach Google's hosts.
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-dev-shm-usage',
			// No host but this machine resolves: a request to another host fails at once, never leaves the
			// machine, and is still seen (and reported) by guardContext().
			'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
		],
	});
}

/**
 * Watches a page for the things that must never happen: console errors, uncaught exceptions, failed
 * or 4xx/5xx requests, and any request to a host other than the site's own (recorded; it cannot leave
 * the machine, see launchBrowser()). Requests are observed, not intercepted: interception disables the
 * browser's cache, which made every page load its scripts, styles and fonts again.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} siteOrigin
 */
export async function guardContext(context, siteOrigin) {
	/** @type {string[]} */ const problems = [];
	/** @type {string[]} */ const external = [];
	context.on('request', (req) => {
		if (!isOwn(req.url(), siteOrigin)) external.push(req.url());
	});
	context.on('page', (page) => watchPage(page, problems, siteOrigin));
	return { problems, external };
}

/** @param {string} url @param {string} siteOrigin */
const isOwn = (url, siteOrigin) => url.startsWith(siteOrigin) || url.startsWith('data:') || url.startsWith('blob:');

/**
 * @param {import('playwright-core').Page} page
 * @param {string[]} problems
 * @param {string} [siteOrigin]  when given, failed requests to other hosts are left to guardContext()
 */
export function watchPage(page, problems, siteOrigin) {
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems.push(`console error: ${msg.text().slice(0, 240)}`);
	});
	page.on('pageerror', (err) => problems.push(`uncaught exception on ${page.url()}: ${err.message}`));
	page.on('requestfailed', (req) => {
		const reason = req.failure()?.errorText ?? '';
		// Requests we blocked on purpose are reported as external requests instead.
		if (reason.includes('BLOCKED_BY_CLIENT')) return;
		if (siteOrigin && !isOwn(req.url(), siteOrigin)) return;
		// A navigation (reload, Back) cancels requests still in flight; a missing file shows as a 4xx below.
		if (reason.includes('ERR_ABORTED')) return;
		problems.push(`request failed on ${page.url()}: ${req.url()} (${reason})`);
	});
	page.on('response', (res) => {
		if (res.status() >= 400) problems.push(`HTTP ${res.status()} on ${page.url()}: ${res.url()}`);
	});
}
