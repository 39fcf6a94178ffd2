/**
 * The program finder in real Chromium, against the built site: Indonesian word forms, filters and
 * the URL, reload and Back, the no-JavaScript list, and statuses recomputed with the visitor's clock.
 */
import { expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { useBuiltSite } from './support/built-site';
import { guardContext } from './support/browser.mjs';
import { DIST } from './support/server.mjs';
import { layoutShift, watchLayoutShift } from './support/checks.mjs';

const site = useBuiltSite();
const programSlugs = readdirSync(path.join(DIST, 'program'), { withFileTypes: true })
	.filter((d) => d.isDirectory() && !['halaman', 'untuk', 'di'].includes(d.name))
	.map((d) => d.name)
	.sort();


async function openFinder(query = ''): Promise<{ page: Page; problems: string[] }> {
	const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
	const { problems } = await guardContext(context, new URL(site.server.url).origin);
	const page = await context.newPage();
	await page.goto(`${site.server.url}/program/${query}`);
	return { page, problems };
}

const resultTitles = (page: Page) => page.locator('[data-results] .program-card__title').allTextContents();
const summary = (page: Page) => page.locator('[data-summary]').textContent();

async function search(page: Page, word: string): Promise<string[]> {
	await page.fill('#finder-q', word);
	await page.press('#finder-q', 'Enter');
	await page.waitForURL(`**/program/?q=${encodeURIComponent(word)}`);
	await page.waitForFunction(() => /ditemukan|Tidak ada/.test(document.querySelector('[data-summary]')?.textContent ?? ''));
	return page.locator('[data-results] .program-card').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.slug!));
}

test.each([
	['jahit', 'menjahit'],
	['latih', 'pelatihan'],
	['tani', 'pertanian'],
])('"%s" and "%s" find the same programs (Indonesian stemming)', async (root, derived) => {
	const { page, problems } = await openFinder();
	const a = await search(page, root);
	const b = await search(page, derived);
	expect(a.length).toBeGreaterThan(1);
	expect(a.length).toBeLessThan(programSlugs.length);
	expect(new Set(a)).toEqual(new Set(b));
	expect(problems).toEqual([]);
	await page.context().close();
});

test('"jahit" finds the sewing programs by their longer forms', async () => {
	const { page } = await openFinder('?q=jahit');
	await page.waitForFunction(() => /ditemukan/.test(document.querySelector('[data-summary]')?.textContent ?? ''));
	const titles = await resultTitles(page);
	expect(titles.some((t) => /menjahit/i.test(t))).toBe(true);
	await page.context().close();
});

/** Opens `path` and waits for a keyword result; returns the result slugs and the Pagefind files requested. */
async function keywordResults(path: string, setup?: (page: Page) => Promise<unknown>) {
	const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
	const page = await context.newPage();
	const requested: string[] = [];
	// Requests from a dedicated worker are reported on the context, not the page.
	context.on('request', (r) => {
		if (r.url().includes('/pagefind/')) requested.push(new URL(r.url()).pathname);
	});
	await setup?.(page);
	await page.goto(`${site.server.url}${path}`);
	await page.waitForFunction(() => /ditemukan/.test(document.querySelector('[data-summary]')?.textContent ?? ''));
	const slugs = await page.locator('[data-results] .program-card').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.slug!));
	await context.close();
	return { slugs, requested };
}

test('the keyword search runs in Pagefind’s worker: the page itself never loads pagefind.js', async () => {
	const { slugs, requested } = await keywordResults('/program/?q=jahit');
	expect(slugs.length).toBeGreaterThan(1);
	expect(requested).toContain('/pagefind/pagefind-worker.js');
	expect(requested).not.toContain('/pagefind/pagefind.js');
});

test.each([
	['missing', { status: 404, body: 'not found' }],
	// A future Pagefind whose worker no longer understands these messages.
	['speaking another format', { status: 200, contentType: 'text/javascript', body: 'self.onmessage = (e) => self.postMessage({ id: e.data.id, error: "Unknown method" });' }],
])('with Pagefind’s worker %s, the same search still works on the page', async (_, response) => {
	const viaWorker = await keywordResults('/program/?q=jahit');
	const { slugs, requested } = await keywordResults('/program/?q=jahit', (page) => page.context().route('**/pagefind/pagefind-worker.js', (route) => route.fulfill(response)));
	expect(requested).toContain('/pagefind/pagefind.js');
	expect(slugs).toEqual(viaWorker.slugs);
});

test('the English finder searches the programs too (their pages are in Indonesian)', async () => {
	const id = await keywordResults('/program/?q=jahit');
	const en = await keywordResults('/en/program/?q=jahit');
	expect(en.slugs.length).toBeGreaterThan(1);
	expect(en.slugs).toEqual(id.slugs);
});

test('filters narrow the results, update the URL, survive a reload, and Back undoes them', async () => {
	const { page, problems } = await openFinder();
	await page.locator('.finder__filters summary').click();
	await page.waitForFunction(() => document.querySelector('[data-count]')?.textContent !== '');
	const all = await page.locator('[data-results] .program-card').count();

	await page.locator('input[name=jenis][value=gizi-anak]').check();
	await page.waitForURL('**/program/?jenis=gizi-anak');
	const kids = await page.locator('[data-results] .program-card').count();
	expect(kids).toBeGreaterThan(0);
	expect(kids).toBeLessThan(all);
	const countLabel = await page.locator('[data-count="jenis:gizi-anak"]').textContent();
	expect(countLabel).toBe(`(${kids})`);

	// OR within a group: a second kind adds results.
	await page.locator('input[name=jenis][value=pemeriksaan-kesehatan]').check();
	await page.waitForURL('**/program/?jenis=gizi-anak,pemeriksaan-kesehatan');
	const both = await page.locator('[data-results] .program-card').count();
	expect(both).toBeGreaterThan(kids);
	// AND across groups: a kecamatan narrows them again.
	await page.locator('input[name=kecamatan][value=bontang-barat]').check();
	await page.waitForURL(/kecamatan=bontang-barat/);
	expect(await page.locator('[data-results] .program-card').count()).toBeLessThanOrEqual(both);
	expect(await summary(page)).toMatch(/program ditemukan|Tidak ada/);

	await page.reload();
	await page.waitForFunction(() => /ditemukan|Tidak ada/.test(document.querySelector('[data-summary]')?.textContent ?? ''));
	expect(await page.locator('input[name=jenis][value=gizi-anak]').isChecked()).toBe(true);
	expect(await page.locator('input[name=kecamatan][value=bontang-barat]').isChecked()).toBe(true);

	await page.goBack();
	await page.waitForURL('**/program/?jenis=gizi-anak,pemeriksaan-kesehatan');
	expect(await page.locator('input[name=kecamatan][value=bontang-barat]').isChecked()).toBe(false);
	expect(await page.locator('[data-results] .program-card').count()).toBe(both);
	expect(problems).toEqual([]);
	await page.context().close();
});

/** Opens the finder with its logic held back (as on a slow network) until `release` is called. */
async function openFinderHeld(): Promise<{ page: Page; problems: string[]; release: () => void; requested: () => boolean }> {
	const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
	const { problems } = await guardContext(context, new URL(site.server.url).origin);
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	let asked = false;
	await context.route(/\/_astro\/finder-app\.[\w-]+\.js$/, async (route) => {
		asked = true;
		await held;
		await route.continue();
	});
	const page = await context.newPage();
	await page.goto(`${site.server.url}/program/`);
	return { page, problems, release, requested: () => asked };
}

test('a box ticked before the finder logic has arrived stays ticked and filters once it is there', async () => {
	const { page, problems, release, requested } = await openFinderHeld();
	await page.locator('.finder__filters summary').click();
	await page.locator('input[name=jenis][value=gizi-anak]').check();
	expect(requested()).toBe(true);
	expect(page.url()).not.toMatch(/jenis=/);
	release();
	await page.waitForURL('**/program/?jenis=gizi-anak');
	await page.waitForFunction(() => /ditemukan/.test(document.querySelector('[data-summary]')?.textContent ?? ''));
	expect(await page.locator('input[name=jenis][value=gizi-anak]').isChecked()).toBe(true);
	const kids = await page.locator('[data-results] .program-card').count();
	expect(kids).toBeGreaterThan(0);
	expect(await page.locator('[data-count="jenis:gizi-anak"]').textContent()).toBe(`(${kids})`);
	expect(problems).toEqual([]);
	await page.context().close();
});

test('a search sent before the finder logic has arrived is answered once it is there', async () => {
	const { page, problems, release } = await openFinderHeld();
	await page.fill('#finder-q', 'jahit');
	await page.locator('.finder__searchrow button[type=submit]').click();
	release();
	await page.waitForURL('**/program/?q=jahit');
	await page.waitForFunction(() => /ditemukan/.test(document.querySelector('[data-summary]')?.textContent ?? ''));
	expect((await resultTitles(page)).some((t) => /menjahit/i.test(t))).toBe(true);
	expect(await page.locator('#finder-q').inputValue()).toBe('jahit');
	expect(problems).toEqual([]);
	await page.context().close();
});

test('an impossible combination shows the empty state, and one tap resets', async () => {
	const { page } = await openFinder('?q=jahit&jenis=perumahan');
	await page.waitForSelector('[data-empty]:not([hidden])');
	expect(await summary(page)).toBe('0 program ditemukan.');
	await page.locator('[data-empty] [data-reset]').click();
	await page.waitForURL((url) => url.search === '');
	expect(await page.locator('[data-results] .program-card').count()).toBeGreaterThan(0);
	expect(await page.locator('#finder-q').inputValue()).toBe('');
	await page.context().close();
});

test('without JavaScript, the plain pages list every program', async () => {
	const context = await site.browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const seen = new Set<string>();
	let url: string | null = `${site.server.url}/program/`;
	while (url) {
		await page.goto(url);
		expect(await page.locator('form.finder__form').isVisible()).toBe(false);
		for (const slug of await page.locator('[data-results] .program-card').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.slug!))) seen.add(slug);
		const next = page.locator('[data-pages] [aria-current] + a, [data-pages] li:has([aria-current]) + li a');
		url = (await next.count()) ? new URL((await next.first().getAttribute('href'))!, url).href : null;
	}
	expect([...seen].sort()).toEqual(programSlugs);
	await context.close();
});

test('status badges follow the visitor’s clock, not the build date', async () => {
	const context = await site.browser.newContext();
	const page = await context.newPage();
	// BPJS gratis is ongoing; Job Fair ended in 2025. Put the clock back to mid-2025: the job fair runs.
	await page.clock.setFixedTime(new Date('2025-07-22T10:00:00+08:00'));
	await page.goto(`${site.server.url}/program/job-fair-bontang-2024-2025/`);
	const badge = page.locator('.program__status bb-status');
	await page.waitForFunction(() => document.querySelector('.program__status bb-status')?.getAttribute('data-status') !== 'selesai');
	expect(await badge.getAttribute('data-status')).toBe('berjalan');
	expect(await badge.textContent()).toBe('Sedang berjalan');

	await page.clock.setFixedTime(new Date('2030-01-01T10:00:00+08:00'));
	await page.reload();
	expect(await badge.getAttribute('data-status')).toBe('selesai');
	expect(await badge.textContent()).toBe('Selesai');
	await context.close();
});

test('on a wide screen, filters named in the address are open from the first paint: nothing moves', async () => {
	const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await watchLayoutShift(page);
	await page.goto(`${site.server.url}/program/?sasaran=lansia,pelajar`, { waitUntil: 'networkidle' });
	await page.waitForFunction(() => (document.querySelector('bb-finder') as HTMLElement | null)?.dataset.ready !== undefined);
	expect(await page.locator('.finder__filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
	expect(await page.locator('input[name=sasaran][value=lansia]').isChecked()).toBe(true);
	// Measured before this: 0.134 when the logic opened the filters after the first paint.
	expect(await layoutShift(page)).toBeLessThan(0.01);
	await context.close();
});
