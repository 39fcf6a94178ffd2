/**
 * The finder and search as a resident on a cheap phone meets them (360 px wide, in Chromium):
 * results within reach, 44 px targets, words in Indonesian, finished programs never mixed in as
 * joinable, and an honest page when JavaScript is off.
 */
import { expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useBuiltSite } from './support/built-site';
import { guardContext } from './support/browser.mjs';

const site = useBuiltSite();
const PHONE = { width: 360, height: 800 };
/** GOV.UK's minimum target size, in CSS pixels. */
const TARGET = 44;

async function phonePage(): Promise<{ page: Page; problems: string[] }> {
	const context = await site.browser.newContext({ viewport: PHONE });
	const { problems } = await guardContext(context, new URL(site.server.url).origin);
	return { page: await context.newPage(), problems };
}

const settled = (page: Page) =>
	page.waitForFunction(() => /ditemukan/.test(document.querySelector('[data-summary]')?.textContent ?? ''));

/** Width × height of every visible element the locator matches, with a name for the failure message. */
async function sizes(locator: Locator): Promise<[string, number, number][]> {
	const out: [string, number, number][] = [];
	for (const el of await locator.all()) {
		if (!(await el.isVisible())) continue;
		const box = (await el.boundingBox())!;
		const name = (await el.evaluate((e) => `${e.tagName.toLowerCase()} "${(e.textContent ?? '').trim().slice(0, 30)}"`));
		out.push([name, Math.round(box.width), Math.round(box.height)]);
	}
	return out;
}
const tooSmall = (list: [string, number, number][]) => list.filter(([, w, h]) => w < TARGET || h < TARGET);

test('the home page quick link to training shows its first result within a screen and a half', async () => {
	const { page, problems } = await phonePage();
	await page.goto(`${site.server.url}/`);
	await page.getByRole('link', { name: /^Pelatihan yang sedang dibuka/ }).click();
	await page.waitForURL(/\/program\/\?/);
	await settled(page);
	// Filters stay folded on a phone; the summary line still says how many are ticked, and the count is right.
	expect(await page.locator('.finder__filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
	const ticked = await page.locator('.finder__filters input:checked').count();
	expect(await page.locator('[data-selected-count]').textContent()).toBe(`(${ticked} dipilih)`);
	const first = await page.locator('[data-results] .program-card').first().boundingBox();
	expect(first).not.toBeNull();
	expect(first!.y + (await page.evaluate(() => scrollY))).toBeLessThan(1.5 * PHONE.height);
	expect(problems).toEqual([]);
	await page.context().close();
});

test('while filtering, "Lihat N program" stays on screen and jumps to the results', async () => {
	const { page } = await phonePage();
	await page.goto(`${site.server.url}/program/`);
	await page.locator('.finder__filters summary').click();
	await page.locator('input[name=kecamatan][value=bontang-selatan]').check();
	await page.waitForURL(/kecamatan=bontang-selatan/);
	await settled(page);
	const jump = page.locator('[data-jump]');
	const results = await page.locator('[data-results] .program-card').count();
	expect(await jump.textContent()).toBe(`Lihat ${await page.evaluate(() => document.querySelector('[data-summary]')!.textContent!.match(/^\d+/)![0])} program`);
	// Sticky: inside the viewport although the results are far below.
	const box = (await jump.boundingBox())!;
	expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
	await jump.click();
	await expect.poll(async () => (await page.locator('[data-summary]').boundingBox())!.y).toBeLessThan(PHONE.height / 2);
	expect(results).toBeGreaterThan(0);
	// The place's own programs and city-wide ones are told apart, with both counts.
	expect(await page.locator('[data-summary]').textContent()).toMatch(/\d+ di kecamatan Anda, \d+ untuk seluruh kota/);
	expect(await page.locator('[data-count="cakupan:setempat"]').textContent()).toMatch(/^\(\d+\)$/);
	expect(await page.locator('[data-count="cakupan:kota"]').textContent()).toMatch(/^\(\d+\)$/);
	await page.context().close();
});

test('with a keyword, programs of today come before the archive, which has its own heading', async () => {
	const { page } = await phonePage();
	await page.goto(`${site.server.url}/program/?q=jahit`);
	await settled(page);
	const statuses = await page.locator('[data-results] bb-status').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.status!));
	const firstArchived = statuses.indexOf('selesai');
	expect(statuses.some((s) => s !== 'selesai')).toBe(true);
	expect(firstArchived).toBeGreaterThan(0);
	expect(statuses.slice(firstArchived).every((s) => s === 'selesai')).toBe(true);
	// The heading sits right before the first finished program.
	const headingThenList = await page.locator('[data-results] h2.finder__group[data-group=arsip] + p + ul .program-card').first().getAttribute('data-slug');
	const slugs = await page.locator('[data-results] .program-card').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.slug!));
	expect(headingThenList).toBe(slugs[firstArchived]);
	await page.context().close();
});

test('an empty result says so once, without a page button', async () => {
	const { page } = await phonePage();
	await page.goto(`${site.server.url}/program/?q=jahit&jenis=perumahan`);
	await page.waitForSelector('[data-empty]:not([hidden])');
	expect(await page.locator('[data-summary]').textContent()).toBe('0 program ditemukan.');
	expect(await page.getByText('Tidak ada program yang cocok.').count()).toBe(1);
	expect(await page.locator('[data-pages]').isVisible()).toBe(false);
	await page.context().close();
});

test('every header, finder and share control is at least 44 × 44 px on a phone', async () => {
	const { page } = await phonePage();
	await page.goto(`${site.server.url}/program/`);
	await page.locator('.finder__filters summary').click();
	await page.locator('input[name=jenis]').first().check();
	await settled(page);
	const controls = [
		...(await sizes(page.locator('header button, header select, header a, button.sl-menu-button'))),
		...(await sizes(page.locator('.finder__form button, .finder__form select, .finder__form summary, .finder__form input[type=search], .finder__option, [data-jump], .finder__pages a'))),
	];
	expect(controls.length).toBeGreaterThan(8);
	expect(tooSmall(controls)).toEqual([]);

	await page.goto(`${site.server.url}/program/pelatihan-menjahit-tas-lpk-rita-2024/`);
	const share = await sizes(page.locator('.share a, .share button'));
	expect(share.length).toBeGreaterThanOrEqual(4);
	expect(tooSmall(share)).toEqual([]);
	// Sharing is near the top of the page too, not only 3,000 px down.
	const top = (await page.locator('.share--top a.share__button--wa').boundingBox())!;
	expect(top.y).toBeLessThan(2 * PHONE.height);

	// The menu's theme and language selects (in the sidebar on a phone).
	await page.locator('button.sl-menu-button').click();
	expect(tooSmall(await sizes(page.locator('#starlight__sidebar select')))).toEqual([]);

	await page.goto(`${site.server.url}/program/pelatihan-menjahit-tas-lpk-rita-2024/cetak/`);
	expect(tooSmall(await sizes(page.locator('.flyer-tools a')))).toEqual([]);
	await page.context().close();
});

test('the theme and language selects show their whole label on a desktop', async () => {
	const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.goto(`${site.server.url}/program/`);
	for (const select of await page.locator('header select').all()) {
		// The selected option's text, measured in the select's own font, fits inside its padding box.
		const [needed, available] = await select.evaluate((el) => {
			const s = el as HTMLSelectElement;
			const style = getComputedStyle(s);
			const ctx = document.createElement('canvas').getContext('2d')!;
			ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
			const text = ctx.measureText(s.options[s.selectedIndex]!.text).width;
			return [text, s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)];
		});
		expect(needed).toBeLessThanOrEqual(available + 1);
		expect((await select.boundingBox())!.height).toBeGreaterThanOrEqual(TARGET);
	}
	await page.close();
});

test('the search dialog speaks Indonesian and shows each program’s status', async () => {
	const { page, problems } = await phonePage();
	await page.goto(`${site.server.url}/`);
	await page.locator('site-search button[data-open-modal]').click();
	const input = page.locator('.pagefind-ui__search-input');
	await input.waitFor();
	expect(await input.getAttribute('placeholder')).toMatch(/Ketik kata/);
	await input.fill('jahit');
	const message = page.locator('.pagefind-ui__message');
	await expect.poll(() => message.textContent(), { timeout: 15_000 }).toMatch(/^\d+ hasil untuk jahit$/);
	const text = await page.locator('#starlight__search').innerText();
	expect(text).not.toMatch(/\bresults?\b|\bClear\b|\bFilters\b|Load more/);
	expect(text).toMatch(/Hapus/);
	const titles = await page.locator('.pagefind-ui__result-title').allTextContents();
	expect(titles.some((t) => /\(Selesai, arsip\)/.test(t))).toBe(true);
	const programTitles = titles.filter((t) => /\((Pendaftaran dibuka|Segera dibuka|Sedang berjalan|Berkelanjutan|Selesai, arsip)\)/.test(t));
	expect(programTitles.length).toBeGreaterThan(0);
	expect(problems).toEqual([]);
	await page.context().close();
});

test('without JavaScript, a filtered address says filtering needs JavaScript, and search is not offered', async () => {
	const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
	const page = await context.newPage();
	await page.goto(`${site.server.url}/program/?kecamatan=bontang-selatan&status=dibuka`);
	const note = page.locator('.finder__noscript');
	expect(await note.isVisible()).toBe(true);
	expect(await note.textContent()).toMatch(/hanya bekerja dengan JavaScript/);
	expect(await note.locator('a').count()).toBeGreaterThan(0);
	expect(await page.locator('site-search button[data-open-modal]').isVisible()).toBe(false);
	await context.close();
});
