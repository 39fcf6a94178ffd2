// @ts-check
/**
 * The two whole-site HTML checks (the W3C Nu checker and html-validate) read files, not pages in a
 * browser, so they start in their own processes when the browser tests start (global-setup.mjs) and
 * run alongside them; their test files only wait for the results. This keeps `npm test` shorter
 * without checking less: the JVM and the validator use the time the browser tests spend waiting.
 * Each result is a JSON file in a temporary folder: { ok, output } or { skipped }.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DIST } from './server.mjs';

export const hasJava = () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;

/**
 * Starts the W3C Nu checker over dist/ and writes its JSON report to `file` when it ends.
 * @param {string} file
 * @returns {import('node:child_process').ChildProcess | null}  null without Java
 */
export function startVnu(file) {
	if (!hasJava()) {
		writeFileSync(file, JSON.stringify({ skipped: true }));
		return null;
	}
	const jar = String(createRequire(import.meta.url)('vnu-jar'));
	// --skip-non-html: dist/ also holds feeds, CSV, images. The JSON report goes to stderr.
	const child = spawn('java', ['-Xss1m', '-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', DIST], { stdio: ['ignore', 'ignore', 'pipe'] });
	collect(child, file);
	return child;
}

/**
 * Starts html-validate over every page (html-validate-run.mjs) and writes its findings to `file`.
 * @param {string} file
 */
export function startHtmlValidate(file) {
	const child = spawn(process.execPath, [path.join(import.meta.dirname, 'html-validate-run.mjs')], { stdio: ['ignore', 'pipe', 'pipe'] });
	collect(child, file, 'stdout');
	return child;
}

/**
 * @param {import('node:child_process').ChildProcess} child
 * @param {string} file
 * @param {'stdout' | 'stderr'} [stream]  where the report comes out
 */
function collect(child, file, stream = 'stderr') {
	/** @type {Buffer[]} */ const out = [];
	/** @type {Buffer[]} */ const err = [];
	child[stream]?.on('data', (d) => out.push(d));
	if (stream === 'stdout') child.stderr?.on('data', (d) => err.push(d));
	// A run that ends first (a narrowed test run) stops the check and removes its folder: then there is
	// nowhere to write and no one waiting, which is fine.
	const write = (/** @type {object} */ result) => {
		try {
			writeFileSync(file, JSON.stringify(result));
		} catch {
			/* folder already removed */
		}
	};
	child.on('error', (e) => write({ ok: false, output: '', error: String(e) }));
	child.on('close', (code) => {
		write({ ok: code === 0 || stream === 'stderr', code, output: Buffer.concat(out).toString('utf8'), error: Buffer.concat(err).toString('utf8') });
	});
}

/**
 * Waits for a result written by startVnu()/startHtmlValidate().
 * @param {string} file
 * @param {number} [timeoutMs]
 * @returns {Promise<{ skipped?: boolean, ok?: boolean, code?: number, output?: string, error?: string }>}
 */
export async function waitForResult(file, timeoutMs = 280_000) {
	const until = Date.now() + timeoutMs;
	while (!existsSync(file)) {
		if (Date.now() > until) throw new Error(`no result in ${file} after ${timeoutMs / 1000} s`);
		await new Promise((r) => setTimeout(r, 200));
	}
	return JSON.parse(readFileSync(file, 'utf8'));
}
