/**
 * Every built page is valid under the W3C Nu HTML checker (vnu, the `vnu-jar` package), which knows
 * the HTML standard's content models and attribute rules that html-validate does not check (a script
 * after </html>, the meta refresh syntax, ARIA attributes allowed per element). One JVM run over the
 * whole of dist/ (about 20 s) instead of one per page.
 *
 * Needs Java, as the browser tests need Chromium (.ci/run installs both when missing). Without Java
 * the test is skipped and says so.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test } from 'vitest';
import { DIST } from './support/server.mjs';
import { VNU_ALLOWED } from './support/vnu-allowed.mjs';

const hasJava = spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage {
	type: string;
	subType?: string;
	url: string;
	message: string;
	lastLine?: number;
	extract?: string;
}

test.skipIf(!hasJava)(
	hasJava ? 'every built page passes the W3C Nu HTML checker' : 'W3C Nu HTML checker: SKIPPED, Java not found (install a JRE, e.g. apt-get install default-jre-headless)',
	{ timeout: 300_000 },
	() => {
		// --skip-non-html: dist/ also holds feeds, CSV, images. JSON goes to stderr.
		const run = spawnSync('java', ['-Xss1m', '-jar', vnuJar, '--errors-only', '--skip-non-html', '--format', 'json', DIST], {
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		});
		expect(run.error).toBeUndefined();
		const messages = (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
		const checked = messages.filter((m) => m.type !== 'non-document-error' || !/^(Non|File was)/.test(m.message));
		const problems = checked
			.filter((m) => !VNU_ALLOWED.some((a) => a.message === m.message && a.extract.test(m.extract ?? '')))
			.map((m) => `${path.relative(DIST, new URL(m.url).pathname)}:${m.lastLine ?? '?'} ${m.type}: ${m.message}`);
		expect(problems).toEqual([]);
	},
);
