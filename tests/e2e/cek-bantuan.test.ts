/**
 * "Cek bantuan" in real Chromium at 360 px, against the built site: Ibu Sari's household answered
 * with the keyboard only, focus on each new question, the announced count, axe on every step in light
 * and dark, no request carrying an answer, reload and Back, the one-page print, and sharing.
 */
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { useBuiltSite } from './support/built-site';
import { guardContext } from './support/browser.mjs';
import { AXE_TAGS, COLOUR_RULES, layoutShift, prepareContext, watchLayoutShift } from './support/checks.mjs';
import { DIST } from './support/server.mjs';

const site = useBuiltSite();
const data = JSON.parse(readFileSync(path.join(DIST, 'cek-bantuan/data.json'), 'utf8')) as {
	programs: { slug: string; title: string; targetGroups: string[]; viaDtsen?: boolean }[];
	guides: Record<string, string>;
};
/** Every string of Ibu Sari's answers as it could appear in a request. */
const ANSWER_TOKENS = ['loktuan', 'anak-sekolah', 'lansia', 'janda', 'tidak-tahu', 'tidak+tahu', 'tidak%20tahu', 'anggota', 'tempat', 'dtsen=', 'bpjs='];
const IBU_SARI_HASH = '#langkah=5&tempat=loktuan&anggota=anak-sekolah,lansia,janda-yatim&dtsen=tidak-tahu&bpjs=tidak-tahu';

async function open(opts: { axe?: boolean; colorScheme?: 'light' | 'dark' } = {}): Promise<{ context: BrowserContext; page: Page; problems: string[]; requests: string[] }> {
	const context = await site.browser.newContext({ viewport: { width: 360, height: 800 }, colorScheme: opts.colorScheme ?? 'light' });
	if (opts.axe) await prepareContext(context);
	const { problems } = await guardContext(context, new URL(site.server.url).origin);
	const requests: string[] = [];
	context.on('request', (r) => requests.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));
	const page = await context.newPage();
	return { context, page, problems, requests };
}

/** axe on the page as it is now: every WCAG rule in light, the colour rules in dark. */
async function axe(page: Page, label: string): Promise<string[]> {
	const found: string[] = [];
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.waitForFunction((t) => document.documentElement.dataset.theme === t, scheme, { timeout: 3000 }).catch(() => {});
		const runOnly = scheme === 'light' ? { type: 'tag', values: AXE_TAGS } : { type: 'rule', values: COLOUR_RULES };
		const r = await page.evaluate((runOnly) => (window as any).axe.run(document, { runOnly, resultTypes: ['violations'] }), runOnly);
		for (const v of r.violations) found.push(`${label} (${scheme}): ${v.id} ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
	}
	await page.emulateMedia({ colorScheme: 'light' });
	return found;
}

const focusedHeading = (page: Page) => page.evaluate(() => (document.activeElement?.tagName === 'H2' ? document.activeElement.id : document.activeElement?.outerHTML.slice(0, 80)));
const live = (page: Page) => page.locator('[data-live]').textContent();

test("Ibu Sari's household, keyboard only: focus moves to each question, axe passes on every step, the count is announced, no request carries an answer", async () => {
	const { context, page, problems, requests } = await open({ axe: true });
	await page.goto(`${site.server.url}/cek-bantuan/`);
	const violations: string[] = [];
	violations.push(...(await axe(page, 'start')));
	const loadRequests = requests.length;

	// Tab from the helper switch to "Mulai" ("Mulai lagi" is not there yet: nothing to start again from).
	await page.locator('[data-helper]').focus();
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-start'))).toBe(true);
	await page.keyboard.press('Enter');

	// 1. Place: type to pick Loktuan in the list.
	await page.waitForFunction(() => document.activeElement?.id === 'cb-h1');
	violations.push(...(await axe(page, 'question 1')));
	await page.keyboard.press('Tab');
	await page.keyboard.type('Lok');
	expect(await page.locator('#cb-place').inputValue()).toBe('loktuan');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');

	// 2. Members: school children, an older person, a widow (order: hamil-balita, anak-sekolah, mahasiswa, lansia, disabilitas, janda-yatim…).
	await page.waitForFunction(() => document.activeElement?.id === 'cb-h2');
	expect(await focusedHeading(page)).toBe('cb-h2');
	violations.push(...(await axe(page, 'question 2')));
	const ticks = [false, true, false, true, false, true, false, false];
	for (const tick of ticks) {
		await page.keyboard.press('Tab');
		if (tick) await page.keyboard.press('Space');
	}
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');

	// 3. DTSEN: "Tidak tahu" (third option; arrows move within the radio group).
	await page.waitForFunction(() => document.activeElement?.id === 'cb-h3');
	violations.push(...(await axe(page, 'question 3')));
	await page.keyboard.press('Tab');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');

	// 4. BPJS: "Tidak tahu" (fourth option).
	await page.waitForFunction(() => document.activeElement?.id === 'cb-h4');
	violations.push(...(await axe(page, 'question 4')));
	await page.keyboard.press('Tab');
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');

	// Results: focus on the heading, the count announced in the live region.
	await page.waitForFunction(() => document.activeElement?.id === 'cb-h5');
	expect(new URL(page.url()).hash).toBe(IBU_SARI_HASH);
	expect(await page.locator('[data-live]').getAttribute('role')).toBe('status');
	expect(await live(page)).toMatch(/^Hasil: \d+ kemungkinan cocok, \d+ perlu dicek, \d+ belum cocok\.$/);
	await page.locator('[data-results] details summary').click();
	violations.push(...(await axe(page, 'results')));
	expect(violations).toEqual([]);

	// Every item has a one-sentence reason; finished programs are not among them.
	const items = await page.locator('.cb-item').evaluateAll((els) => els.map((e) => ({ slug: (e as HTMLElement).dataset.slug!, verdict: (e as HTMLElement).dataset.verdict!, reason: e.querySelector('p')!.textContent! })));
	expect(items.length).toBeGreaterThan(0);
	for (const i of items) expect(i.reason).toMatch(/^[A-Z].{10,}\.$/);
	const verdictOf = new Map(items.map((i) => [i.slug, i.verdict]));
	// Older people's and school children's help is never "belum cocok" for this household.
	for (const p of data.programs.filter((p) => verdictOf.has(p.slug) && (p.targetGroups.includes('lansia') || p.targetGroups.includes('pelajar')))) {
		const reason = items.find((i) => i.slug === p.slug)!.reason;
		if (verdictOf.get(p.slug) === 'belum') expect(reason, p.slug).toMatch(/hanya untuk (Kelurahan|Kecamatan)/i);
	}
	// Programs chosen from DTSEN are "Perlu dicek" with the reason saying so.
	for (const p of data.programs.filter((p) => p.viaDtsen && verdictOf.get(p.slug) !== 'belum' && verdictOf.has(p.slug))) {
		expect(verdictOf.get(p.slug), p.slug).toBe('cek');
		expect(items.find((i) => i.slug === p.slug)!.reason).toContain('DTSEN');
	}
	// PIP/KIP for the children and the DTSEN guide, once the content has them.
	const pip = data.programs.find((p) => /\b(PIP|KIP)\b/.test(p.title));
	if (pip) expect(['cocok', 'cek']).toContain(verdictOf.get(pip.slug));
	if (data.guides['cek-dtsen']) expect(await page.locator('[data-guides] a[href$="/panduan/cek-dtsen/"]').count()).toBe(1);
	// The widow: no target group fits, and the page says so instead of guessing.
	expect(await page.locator('.cb-gap').textContent()).toMatch(/belum punya kelompok sasaran untuk janda/);
	// The checklist names the offices to visit.
	expect(await page.locator('h4', { hasText: 'Kantor yang didatangi' }).count()).toBe(1);

	// Privacy: no request after the page load carried an answer, and nothing was stored.
	const later = requests.slice(loadRequests);
	expect(later.some((r) => r.includes('/cek-bantuan/data.json'))).toBe(true);
	for (const r of requests) for (const t of ANSWER_TOKENS) expect(r.toLowerCase(), r).not.toContain(t);
	// (Starlight's own theme switch keeps "starlight-theme" = light/dark/auto site-wide: not an answer.)
	const stored = await page.evaluate(async () => ({
		cookies: document.cookie,
		local: Object.fromEntries(Object.keys(localStorage).filter((k) => k !== 'starlight-theme').map((k) => [k, localStorage.getItem(k)])),
		theme: localStorage.getItem('starlight-theme') ?? '',
		session: sessionStorage.length,
		// The offline-reading service worker (Workbox) keeps page addresses and times in its own database;
		// it never sees the answers (they stay in the #fragment, which is not part of a request).
		idb: 'databases' in indexedDB ? (await indexedDB.databases()).map((d) => d.name).filter((n) => !n?.startsWith('workbox-')) : [],
		cached: 'caches' in window ? (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).map((r) => r.url)))).flat() : [],
	}));
	for (const url of stored.cached) for (const t of ANSWER_TOKENS) expect(url.toLowerCase(), url).not.toContain(t);
	expect({ ...stored, cached: undefined }).toEqual({ cookies: '', local: {}, theme: expect.stringMatching(/^(|light|dark)$/), session: 0, idb: [], cached: undefined });
	expect((await context.cookies()).length).toBe(0);
	expect(problems).toEqual([]);
	await context.close();
}, 240_000);

test('reload and Back keep the answers; "Mulai lagi" clears them', async () => {
	const { context, page, problems } = await open();
	await page.goto(`${site.server.url}/cek-bantuan/`);
	// Nothing to start again from yet (the logic loads on first use; after "Mulai lagi" below it is hidden again).
	expect(await page.locator('[data-restart]').isVisible()).toBe(false);
	await page.click('[data-start]');
	await page.waitForFunction(() => document.activeElement?.id === 'cb-h1');
	expect(await page.locator('[data-restart]').isVisible()).toBe(true);
	await page.selectOption('#cb-place', 'loktuan');
	await page.click('[data-step="1"] [data-next]');
	await page.check('input[name=members][value=lansia]');
	await page.click('[data-step="2"] [data-next]');
	await page.waitForFunction(() => document.activeElement?.id === 'cb-h3');

	await page.reload();
	await page.waitForFunction(() => !document.querySelector<HTMLElement>('[data-step="3"]')!.hidden);
	expect(await page.locator('#cb-place').inputValue()).toBe('loktuan');
	expect(await page.isChecked('input[name=members][value=lansia]')).toBe(true);

	await page.goBack();
	await page.waitForFunction(() => !document.querySelector<HTMLElement>('[data-step="2"]')!.hidden);
	expect(await page.isChecked('input[name=members][value=lansia]')).toBe(true);
	await page.goBack();
	await page.waitForFunction(() => !document.querySelector<HTMLElement>('[data-step="1"]')!.hidden);
	expect(await page.locator('#cb-place').inputValue()).toBe('loktuan');

	// "Lewati" removes that answer and moves on.
	await page.click('[data-step="1"] [data-skip]');
	await page.waitForFunction(() => document.activeElement?.id === 'cb-h2');
	expect(new URL(page.url()).hash).not.toContain('tempat=');

	await page.click('[data-restart]');
	await page.waitForFunction(() => document.activeElement?.id === 'cb-h0');
	expect(new URL(page.url()).hash).toBe('');
	expect(await page.locator('[data-restart]').isVisible()).toBe(false);
	expect(await page.isChecked('input[name=members][value=lansia]')).toBe(false);
	expect(problems).toEqual([]);
	await context.close();
});

test('"Saya membantu orang lain" rewrites the questions in the third person', async () => {
	const { context, page } = await open();
	await page.goto(`${site.server.url}/cek-bantuan/#langkah=1`);
	await page.waitForFunction(() => !document.querySelector<HTMLElement>('[data-step="1"]')!.hidden);
	expect(await page.locator('#cb-h1').innerText()).toBe('Di mana Anda tinggal?');
	await page.check('[data-helper]');
	expect(await page.locator('#cb-h1').innerText()).toBe('Di mana keluarga itu tinggal?');
	expect(new URL(page.url()).hash).toContain('bantu=1');
	await context.close();
});

test('the WhatsApp list leaves the answers out unless the box is ticked', async () => {
	const { context, page } = await open();
	await page.goto(`${site.server.url}/cek-bantuan/${IBU_SARI_HASH}`);
	const wa = page.locator('[data-whatsapp]');
	await wa.waitFor();
	const plain = decodeURIComponent((await wa.getAttribute('href'))!.replace('https://wa.me/?text=', ''));
	expect(plain).toContain('/cek-bantuan/');
	expect(plain).not.toMatch(/Loktuan|janda|langkah=/i);
	await page.check('#cb-include');
	const withAnswers = decodeURIComponent((await wa.getAttribute('href'))!.replace('https://wa.me/?text=', ''));
	expect(withAnswers).toContain('Tempat tinggal: Kelurahan Loktuan');
	expect(withAnswers).toContain(IBU_SARI_HASH);
	await context.close();
});

test('the checklist page does not move while its list is drawn, and says so when the data cannot load', async () => {
	const { context, page, problems } = await open();
	await watchLayoutShift(page);
	const drawn = () => page.waitForFunction(() => {
		const el = document.querySelector<HTMLElement>('bb-cek-bantuan')!;
		return customElements.get('bb-cek-bantuan') && el.dataset.drawing === undefined;
	});
	await page.goto(`${site.server.url}/cek-bantuan/cetak/${IBU_SARI_HASH}`, { waitUntil: 'networkidle' });
	await drawn();
	expect(await page.locator('[data-print-root] h2').count()).toBeGreaterThan(0);
	expect(await page.locator('.flyer__qr').isVisible()).toBe(true);
	expect(await page.locator('.flyer__note').isVisible()).toBe(true);
	expect(await page.locator('[data-print]').isVisible()).toBe(true);
	// Measured before: 0.658 (Lighthouse, 412 px), the QR code and the note pushed out of view by the list.
	expect(await layoutShift(page)).toBeLessThan(0.01);

	// The data does not come: a plain message instead of the list, the QR code still there, no "Cetak".
	await page.route('**/cek-bantuan/data.json', (r) => r.fulfill({ status: 503, body: '' }));
	await page.reload();
	await drawn();
	expect(await page.locator('[data-print-root]').textContent()).toContain('Data program tidak bisa dimuat');
	expect(await page.locator('.flyer__qr').isVisible()).toBe(true);
	expect(await page.locator('[data-print]').isVisible()).toBe(false);
	expect(problems.filter((p) => !p.includes('503'))).toEqual([]);
	await context.close();
});

test('the checklist prints on one A4 page with the QR code of /cek-bantuan/', async () => {
	const { context, page, problems, requests } = await open();
	await page.goto(`${site.server.url}/cek-bantuan/${IBU_SARI_HASH}`);
	await page.locator('[data-print-link]').click();
	await page.waitForURL(`**/cek-bantuan/cetak/${IBU_SARI_HASH}`);
	await page.waitForFunction(() => (document.querySelector('bb-cek-bantuan') as HTMLElement | null)?.dataset.ready === '1');
	expect(await page.locator('[data-print-root] h2').first().textContent()).toMatch(/Kemungkinan cocok|Perlu dicek/);
	expect(await page.locator('.flyer__qr img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);
	for (const r of requests) for (const t of ANSWER_TOKENS) expect(r.toLowerCase(), r).not.toContain(t);
	expect(problems).toEqual([]);
	await context.close();
});

test('without JavaScript the page is a list of links to the group and kecamatan pages', async () => {
	const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
	const page = await context.newPage();
	await page.goto(`${site.server.url}/cek-bantuan/`);
	expect(await page.locator('[data-app]').isVisible()).toBe(false);
	const links = await page.locator('.cb-static a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(links.filter((h) => /\/program\/untuk\/[a-z-]+\/$/.test(h!))).toHaveLength(12);
	expect(links.filter((h) => /\/program\/di\/bontang-[a-z]+\/$/.test(h!))).toHaveLength(3);
	await page.goto(`${site.server.url}/program/untuk/lansia/`);
	expect(await page.locator('h1').textContent()).toBe('Program untuk lansia');
	expect(await page.locator('.by-status__counts').textContent()).toMatch(/^\d+ program bisa diurus sekarang/);
	await context.close();
});
