/**
 * Shared set-up for browser tests: one static server for dist/ and one Chromium per test file,
 * started before the file's tests and closed after.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.mjs';
import { startServer } from './server.mjs';

export interface BuiltSite {
	browser: Browser;
	server: Awaited<ReturnType<typeof startServer>>;
}

export function useBuiltSite(): BuiltSite {
	const site = {} as BuiltSite;
	beforeAll(async () => {
		site.server = await startServer();
		site.browser = await launchBrowser();
	});
	afterAll(async () => {
		await site.browser?.close();
		await site.server?.close();
	});
	return site;
}
