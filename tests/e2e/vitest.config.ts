import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium against the built site in dist/ (run `npm run build:test` first: a local
// build with example contact channels, so the report/suggestion forms are rendered and tested).
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		// The whole-site HTML checks start here and run alongside the browser tests.
		globalSetup: ['tests/e2e/global-setup.mjs'],
		root: new URL('../..', import.meta.url).pathname,
		testTimeout: 60_000,
		hookTimeout: 60_000,
		// One file at a time: each file starts its own browser, and the machine has 2 cores.
		fileParallelism: false,
	},
});
