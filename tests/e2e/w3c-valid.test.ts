/**
 * Every built page is valid under the W3C Nu HTML checker (vnu, the `vnu-jar` package), which knows
 * the HTML standard's content models and attribute rules that html-validate does not check (a script
 * after </html>, the meta refresh syntax, ARIA attributes allowed per element). One JVM run over the
 * whole of dist/ (about 20 s) instead of one per page, started with the browser tests and run alongside
 * them (support/background-checks.mjs).
 *
 * Needs Java, as the browser tests need Chromium (.ci/run installs both when missing). Without Java
 * the test is skipped and says so.
 */
import path from 'node:path';
import { expect, inject, test } from 'vitest';
import { DIST } from './support/server.mjs';
import { VNU_ALLOWED } from './support/vnu-allowed.mjs';
import { hasJava, waitForResult } from './support/background-checks.mjs';

interface VnuMessage {
	type: string;
	subType?: string;
	url: string;
	message: string;
	lastLine?: number;
	extract?: string;
}

const java = hasJava();

test.skipIf(!java)(
	java ? 'every built page passes the W3C Nu HTML checker' : 'W3C Nu HTML checker: SKIPPED, Java not found (install a JRE, e.g. apt-get install default-jre-headless)',
	{ timeout: 300_000 },
	async () => {
		// Started with the browser tests (global-setup.mjs); one JVM run over the whole of dist/.
		const { vnu } = inject('backgroundChecks' as never) as { vnu: string };
		const run = await waitForResult(vnu);
		expect(run.error ?? '').toBe('');
		const messages = (JSON.parse(run.output!) as { messages: VnuMessage[] }).messages;
		const checked = messages.filter((m) => m.type !== 'non-document-error' || !/^(Non|File was)/.test(m.message));
		const problems = checked
			.filter((m) => !VNU_ALLOWED.some((a) => a.message === m.message && a.extract.test(m.extract ?? '')))
			.map((m) => `${path.relative(DIST, new URL(m.url).pathname)}:${m.lastLine ?? '?'} ${m.type}: ${m.message}`);
		expect(problems).toEqual([]);
	},
);
