// @ts-check
/**
 * Launches Debian's Chromium through playwright-core. Playwright's own browser download cannot work
 * on these machines, so the path is fixed (override with CHROMIUM_PATH).
 */
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

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
		],
	});
}

/**
 * Watches a page for the things that must never happen: console errors, uncaught exceptions, failed
 * or 4xx/5xx requests, and any request to a host other than the site's own (blocked and recorded).
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} siteOrigin
 */
export async function guardContext(context, siteOrigin) {
	/** @type {string[]} */ const problems = [];
	/** @type {string[]} */ const external = [];
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith(siteOrigin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
		external.push(url);
		return route.abort('blockedbyclient');
	});
	context.on('page', (page) => watchPage(page, problems));
	return { problems, external };
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string[]} problems
 */
export function watchPage(page, problems) {
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems.push(`console error: ${msg.text().slice(0, 240)}`);
	});
	page.on('pageerror', (err) => problems.push(`uncaught exception on ${page.url()}: ${err.message}`));
	page.on('requestfailed', (req) => {
		const reason = req.failure()?.errorText ?? '';
		// Requests we blocked on purpose are reported as external requests instead.
		if (reason.includes('BLOCKED_BY_CLIENT')) return;
		// A navigation (reload, Back) cancels requests still in flight; a missing file shows as a 4xx below.
		if (reason.includes('ERR_ABORTED')) return;
		problems.push(`request failed on ${page.url()}: ${req.url()} (${reason})`);
	});
	page.on('response', (res) => {
		if (res.status() >= 400) problems.push(`HTTP ${res.status()} on ${page.url()}: ${res.url()}`);
	});
}
