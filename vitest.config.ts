import { defineConfig } from 'vitest/config';

// Unit and content tests only: they run in plain Node, without Astro. Browser tests are in tests/e2e/.
export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
	},
});
