// @ts-check
/**
 * Benchmark: how the site and the finder scale with the number of programs.
 *   node tests/bench/finder-scale.mjs [N ...]      (default: 100 500 2000)
 * For each N it copies the site to a temporary folder, replaces content/programs with N programs (the
 * few real ones other pages link to, so the link check passes, and generated fixture programs from
 * tests/fixtures/generate-programs.mjs), builds it, and prints: build time; the
 * finder's first-load bytes (HTML+CSS+JS, gzip); the bytes a first search downloads (gzip); and the
 * time from a filter click to updated results in Chromium (30 clicks after the data is loaded: median,
 * 95th percentile, maximum, and the first click on its own).
 * The build includes everything a real build makes per program (page, flyer, QR code, preview image).
 * It never touches the real content/ folder. BENCH_KEEP=1 keeps each built site and prints where.
 */
import { copyFileSync, existsSync, mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixtureProgram } from '../fixtures/generate-programs.mjs';
import { extendLedger } from '../../src/lib/short-codes.ts';
import { pageWeight } from '../budget/weight.mjs';
import { startServer } from '../e2e/support/server.mjs';
import { launchBrowser } from '../e2e/support/browser.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const NS = sizes.length ? sizes : [100, 500, 2000];

/**
 * Real programs that other content links to (guides, glossary, docs), and the real programs those
 * link to in turn: without them the build's link check fails. They count towards N.
 * @returns {string[]}
 */
function linkedRealPrograms() {
	const real = path.join(ROOT, 'content/programs');
	const exists = (/** @type {string} */ slug) => existsSync(path.join(real, `${slug}.mdx`));
	const linksIn = (/** @type {string} */ text) => [...text.matchAll(/\/program\/([a-z0-9-]+)\//g)].map((m) => /** @type {string} */ (m[1])).filter(exists);
	const others = readdirSync(path.join(ROOT, 'content'), { recursive: true, encoding: 'utf8' })
		.filter((f) => !f.startsWith(`programs${path.sep}`) && /\.(mdx?|ya?ml|json)$/.test(f));
	const todo = others.flatMap((f) => linksIn(readFileSync(path.join(ROOT, 'content', f), 'utf8')));
	const found = new Set();
	while (todo.length) {
		const slug = /** @type {string} */ (todo.pop());
		if (found.has(slug)) continue;
		found.add(slug);
		todo.push(...linksIn(readFileSync(path.join(real, `${slug}.mdx`), 'utf8')));
	}
	return [...found].sort();
}

/**
 * A temporary folder holding N programs: the few real ones other pages link to, the rest generated; the real site is built against it
 * (PROGRAMS_DIR) into the same folder (OUT_DIR), so content/ is never touched.
 * @param {number} n
 */
function makeSite(n) {
	const dir = mkdtempSync(path.join(tmpdir(), `bontang-bench-${n}-`));
	mkdirSync(path.join(dir, 'programs'));
	const slugs = linkedRealPrograms();
	for (const slug of slugs) copyFileSync(path.join(ROOT, 'content/programs', `${slug}.mdx`), path.join(dir, 'programs', `${slug}.mdx`));
	const generated = n - slugs.length;
	for (let i = 0; i < generated; i++) {
		const { slug, mdx } = fixtureProgram(i);
		writeFileSync(path.join(dir, 'programs', `${slug}.mdx`), mdx);
		slugs.push(slug);
	}
	writeFileSync(path.join(dir, 'short-links.json'), JSON.stringify(extendLedger({}, slugs).ledger));
	return dir;
}

/** @param {string} dist */
async function measureBrowser(dist) {
	const server = await startServer({ dist });
	const browser = await launchBrowser();
	try {
		const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
		await page.goto(`${server.url}/program/`, { waitUntil: 'networkidle' });
		/** @type {number} */ let searchBytes = 0;
		const seen = new Set();
		page.on('response', async (res) => {
			if (seen.has(res.url())) return;
			seen.add(res.url());
			try {
				searchBytes += gzipSync(await res.body()).length;
			} catch {
				/* redirects have no body */
			}
		});
		await page.fill('#finder-q', 'latih');
		await page.press('#finder-q', 'Enter');
		// Done when the search is: its address is written after the matches arrive, and the results are
		// no longer busy. (The summary alone also says "ditemukan" after the first, keyword-less render,
		// and the first click then waited for the search still running: a 400-500 ms "first click".)
		await page.waitForFunction(
			() =>
				new URLSearchParams(location.search).get('q') === 'latih' &&
				!document.querySelector('[data-results]')?.hasAttribute('aria-busy') &&
				/ditemukan|Tidak ada/.test(document.querySelector('[data-summary]')?.textContent ?? ''),
		);
		await page.waitForLoadState('networkidle');
		const found = await page.locator('[data-summary]').textContent();
		// Filter clicks, data already loaded: time from click to the results list being replaced (a
		// MutationObserver on the list; its callback runs once the click's work is done).
		await page.locator('.finder__filters summary').click();
		const times = await page.evaluate(async () => {
			// 15 boxes ticked, then the same 15 unticked: 30 clicks, the first one right after the data loaded.
			const some = [...document.querySelectorAll('input[name=jenis], input[name=sasaran]')].slice(0, 15);
			const boxes = [...some, ...some];
			const results = document.querySelector('[data-results]');
			const out = [];
			for (const box of boxes) {
				// Each click starts from a painted, idle page, as a person's taps do: without this the 30
				// clicks ran in one task and no style or layout work happened between them.
				await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
				const done = new Promise((resolve) => {
					const mo = new MutationObserver(() => {
						mo.disconnect();
						resolve(undefined);
					});
					mo.observe(/** @type {Node} */ (results), { childList: true });
				});
				const t0 = performance.now();
				/** @type {HTMLInputElement} */ (box).click();
				await done;
				out.push(performance.now() - t0);
			}
			return out;
		});
		const first = times[0];
		times.sort((a, b) => a - b);
		const at = (/** @type {number} */ q) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
		return { searchBytes, found, clickFirst: first, clickMedian: at(0.5), clickP95: at(0.95), clickMax: times.at(-1) };
	} finally {
		await browser.close();
		await server.close();
	}
}

/** Astro caches the content layer in the project; clear it so runs with other programs never mix. */
function clearContentCache() {
	for (const d of ['.astro', 'node_modules/.astro']) rmSync(path.join(ROOT, d), { recursive: true, force: true });
}

const rows = [];
for (const n of NS) {
	const dir = makeSite(n);
	clearContentCache();
	const t0 = performance.now();
	execFileSync(path.join(ROOT, 'node_modules/.bin/astro'), ['build', '--silent'], {
		cwd: ROOT,
		stdio: 'inherit',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PROGRAMS_DIR: path.join(dir, 'programs'), OUT_DIR: path.join(dir, 'dist'), SHORT_LINKS_FILE: path.join(dir, 'short-links.json') },
	});
	const buildSeconds = (performance.now() - t0) / 1000;
	const dist = path.join(dir, 'dist');
	const weight = pageWeight(dist, 'program/index.html');
	const finderJson = gzipSync(readFileSync(path.join(dist, 'program/finder.json'))).length;
	const b = await measureBrowser(dist);
	rows.push({ n, buildSeconds, firstLoad: weight.total, finderJson, ...b });
	console.log(`N=${n}: built in ${buildSeconds.toFixed(1)} s; ${b.found}`);
	// BENCH_KEEP=1 keeps the built site (for profiling it again without a rebuild).
	if (process.env.BENCH_KEEP) console.log(`N=${n}: kept ${dist}`);
	else rmSync(dir, { recursive: true, force: true });
}

clearContentCache();

const kb = (/** @type {number} */ x) => `${(x / 1024).toFixed(1)} KB`;
console.log('\n| programs | build time | s per 100 programs | finder first load (gzip) | first search downloads (gzip) | of which finder.json | filter click → results, 30 clicks (median / p95 / max; first) |');
console.log('|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
	console.log(
		`| ${r.n} | ${r.buildSeconds.toFixed(1)} s | ${((r.buildSeconds / r.n) * 100).toFixed(2)} | ${kb(r.firstLoad)} | ${kb(r.searchBytes)} | ${kb(r.finderJson)} | ${r.clickMedian.toFixed(1)} / ${r.clickP95.toFixed(1)} / ${(r.clickMax ?? 0).toFixed(1)} ms; ${r.clickFirst.toFixed(1)} ms |`,
	);
}
