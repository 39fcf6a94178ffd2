// @ts-check
/**
 * Lighthouse benchmark (not a test): mobile Lighthouse, 3 runs per page type, against dist/ served
 * with its _headers by the test server. Prints the lowest score per category over the runs and the
 * worst cumulative layout shift, total blocking time and speed index, and next to the lowest
 * performance score the median: total blocking time moves a lot between runs of the same page, and
 * Lighthouse's docs/variability.md advises the median of several runs (five are about twice as stable
 * as one). Builds nothing: run
 * `npm run build` first.
 *
 *   npm run lighthouse                 # every page type, 3 runs each
 *   npm run lighthouse -- --runs 1     # quicker look
 *   npm run lighthouse -- --only finder
 *   npm run lighthouse -- --save /tmp/lhr   # also keep each run's report (JSON) for a closer look
 *
 * Uses Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium) through chrome-launcher.
 *
 * The last row is a control: a bare page (a heading and a sentence, no stylesheet, no script) served
 * the same way with the site's headers. What it loses is this machine and browser, not the site.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer, DIST } from '../e2e/support/server.mjs';
import { FULL_CHROMIUM_PATH } from '../e2e/support/browser.mjs';

const args = process.argv.slice(2);
const arg = (/** @type {string} */ name) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
const RUNS = Number(arg('--runs') ?? 3);
const ONLY = arg('--only');
const SAVE = arg('--save');
if (SAVE) mkdirSync(SAVE, { recursive: true });

/** The first built page under `dir` (a folder of pages, e.g. program/), by name, or null. */
function firstPage(/** @type {string} */ dir, /** @type {(name: string) => boolean} */ keep = () => true) {
	const full = path.join(DIST, dir);
	if (!existsSync(full)) return null;
	const name = readdirSync(full, { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(path.join(full, d.name, 'index.html')) && keep(d.name))
		.map((d) => d.name)
		.sort()[0];
	return name ? `/${dir}/${name}/` : null;
}

/** The program with the longest page: the hardest case for speed index. */
function longestProgram() {
	const dir = path.join(DIST, 'program');
	let best = { path: '', size: 0 };
	for (const d of readdirSync(dir, { withFileTypes: true })) {
		const f = path.join(dir, d.name, 'index.html');
		if (!d.isDirectory() || d.name === 'halaman' || !existsSync(f)) continue;
		const size = statSync(f).size;
		if (size > best.size) best = { path: `/program/${d.name}/`, size };
	}
	return best.path;
}

const program = longestProgram();
/** Page types: [label, path, skip SEO (noindex on purpose)]. Types not built yet are left out. */
const TYPES = /** @type {[string, string | null, boolean][]} */ ([
	['home', '/', false],
	['strategy', firstPage('strategi'), false],
	['program (longest)', program, false],
	['finder', '/program/', false],
	['finder ?q=jahit', '/program/?q=jahit', false],
	['data', '/data/', false],
	['glossary', '/glosarium/', false],
	['flyer (noindex)', `${program}cetak/`, true],
	['guide', firstPage('panduan'), false],
	['office', existsSync(path.join(DIST, 'kantor/dinsos-pm/index.html')) ? '/kantor/dinsos-pm/' : firstPage('kantor'), false],
	['pre-check', existsSync(path.join(DIST, 'cek-bantuan/index.html')) ? '/cek-bantuan/' : null, false],
	// The pre-check's printable list as a kader opens it: with a household's answers in the address.
	['pre-check print (noindex)', existsSync(path.join(DIST, 'cek-bantuan/cetak/index.html')) ? '/cek-bantuan/cetak/#langkah=5&tempat=loktuan&anggota=anak-sekolah,lansia&dtsen=tidak-tahu' : null, true],
]).filter(([label, p]) => p && (!ONLY || label.includes(ONLY)));

const server = await startServer();
// The control page, in a folder of its own with the site's _headers.
const controlDir = mkdtempSync(path.join(tmpdir(), 'lighthouse-control-'));
writeFileSync(
	path.join(controlDir, 'index.html'),
	'<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
		'<title>Halaman kendali</title><meta name="description" content="Halaman paling sederhana, untuk membaca batas bawah pengukuran di mesin ini.">' +
		'<link rel="icon" href="data:,"></head><body><main><h1>Halaman kendali</h1><p>Tanpa CSS dan tanpa JavaScript.</p></main></body></html>',
);
if (existsSync(path.join(DIST, '_headers'))) copyFileSync(path.join(DIST, '_headers'), path.join(controlDir, '_headers'));
const controlServer = await startServer({ dist: controlDir, base: '/' });
if (!ONLY || 'control (bare page)'.includes(ONLY)) TYPES.push(['control (bare page)', '', false]);
const chrome = await chromeLauncher.launch({
	chromePath: FULL_CHROMIUM_PATH,
	chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
});

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** @type {{ label: string, scores: Record<string, number>, perf: number[], cls: number, tbt: number, si: number, failing: Set<string> }[]} */
const rows = [];
try {
	for (const [label, p, noSeo] of TYPES) {
		const row = { label, scores: /** @type {Record<string, number>} */ ({}), perf: /** @type {number[]} */ ([]), cls: 0, tbt: 0, si: 0, failing: new Set() };
		for (let run = 0; run < RUNS; run++) {
			const url = label.startsWith('control') ? `${controlServer.url}/` : server.url + p;
			const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
			const lhr = /** @type {NonNullable<typeof result>} */ (result).lhr;
			if (SAVE) writeFileSync(path.join(SAVE, `${label.replace(/[^a-z0-9]+/gi, '-')}-${run + 1}.json`), JSON.stringify(lhr));
			for (const c of CATEGORIES) {
				const score = Math.round((lhr.categories[c]?.score ?? 0) * 100);
				row.scores[c] = Math.min(row.scores[c] ?? 100, score);
				if (c === 'seo' && noSeo) continue;
				for (const ref of lhr.categories[c]?.auditRefs ?? []) {
					const a = lhr.audits[ref.id];
					if (ref.weight > 0 && a && a.score !== null && a.score < 1) row.failing.add(`${ref.id} ${Math.round((a.score ?? 0) * 100)}`);
				}
			}
			row.perf.push(Math.round((lhr.categories.performance?.score ?? 0) * 100));
			row.cls = Math.max(row.cls, lhr.audits['cumulative-layout-shift']?.numericValue ?? 0);
			row.tbt = Math.max(row.tbt, lhr.audits['total-blocking-time']?.numericValue ?? 0);
			row.si = Math.max(row.si, lhr.audits['speed-index']?.numericValue ?? 0);
		}
		rows.push(row);
		process.stderr.write(`${label} (${p}): ${CATEGORIES.map((c) => row.scores[c]).join('/')}${row.failing.size ? `  below 100: ${[...row.failing].join(', ')}` : ''}\n`);
	}
} finally {
	chrome.kill();
	await server.close();
	await controlServer.close();
	rmSync(controlDir, { recursive: true, force: true });
}

console.log(`\nLighthouse ${RUNS}× per page, mobile, lowest score of the runs (worst CLS/TBT/SI):\n`);
const median = (/** @type {number[]} */ a) => [...a].sort((x, y) => x - y)[Math.floor((a.length - 1) / 2)];
console.log('| page type | performance (median) | accessibility | best practices | SEO | CLS | TBT ms | SI s |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
	const seo = TYPES.find(([l]) => l === r.label)?.[2] ? `(${r.scores.seo})` : r.scores.seo;
	console.log(`| ${r.label} | ${r.scores.performance} (${median(r.perf)}) | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${seo} | ${r.cls.toFixed(3)} | ${Math.round(r.tbt)} | ${(r.si / 1000).toFixed(1)} |`);
}
