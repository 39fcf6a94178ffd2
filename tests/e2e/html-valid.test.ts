/**
 * Every built page is valid HTML (html-validate, recommended rules). Runs in its own process, started
 * with the browser tests (global-setup.mjs, support/html-validate-run.mjs); this file reads the result.
 */
import { readdirSync } from 'node:fs';
import { expect, inject, test } from 'vitest';
import { DIST } from './support/server.mjs';
import { waitForResult } from './support/background-checks.mjs';

const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));

test('every page is valid HTML', { timeout: 300_000 }, async () => {
	const { htmlValidate } = inject('backgroundChecks' as never) as { htmlValidate: string };
	const run = await waitForResult(htmlValidate);
	expect(run.error ?? '').toBe('');
	expect(run.ok).toBe(true);
	const report = JSON.parse(run.output!) as { files: number; problems: string[] };
	// It read every page of this build.
	expect(files.length).toBeGreaterThan(5);
	expect(report.files).toBe(files.length);
	expect(report.problems).toEqual([]);
});
