/**
 * "Info ini salah atau sudah berubah?" and the freshness notice on the built site.
 * - Typing a report sends nothing: no request of any kind until a link is tapped; the links then carry
 *   the typed text and the page address. Without JavaScript the links carry a generic text.
 * - Every program page shows the "terakhir dicek" notice exactly when its lastChecked is more than
 *   FRESHNESS_DAYS before the build day, and the finder data flags the same programs. Run against a
 *   build made with BUILD_DATE 200 days ahead, every program shows it; against today's build, none.
 * Needs `npm run build:test` (contact channels configured).
 */
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { useBuiltSite } from './support/built-site';
import { DIST } from './support/server.mjs';
import { isStale } from '../../src/lib/freshness';
import { FRESHNESS_DAYS } from '../../src/config/site.mjs';

const site = useBuiltSite();
const slug = 'bedah-rumah-tidak-layak-huni-rtlh';

test('typing a correction makes no request; the links carry the text and the page address', async () => {
	const context = await site.browser.newContext();
	const page = await context.newPage();
	await page.goto(`${site.server.url}/program/${slug}/`, { waitUntil: 'load' });
	const form = page.locator('bb-report');
	expect(await form.count()).toBe(1);
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	const typed = 'Kuota 2027 sudah diumumkan di kelurahan & pendaftaran dibuka #RT05';
	await page.locator('bb-report textarea').pressSequentially(typed, { delay: 5 });
	await page.waitForTimeout(300);
	expect(requests).toEqual([]);
	const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
	const hrefs = await page.locator('bb-report a[data-channel]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
	expect(hrefs).toHaveLength(3);
	for (const href of hrefs) {
		const decoded = decodeURIComponent(href);
		expect(decoded).toContain(typed);
		expect(decoded).toContain(canonical!);
	}
	await context.close();
});

test('without JavaScript the report links still work, with a generic prefilled text', async () => {
	const context = await site.browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${site.server.url}/program/${slug}/`);
	const mail = await page.locator('bb-report a[data-channel="email"]').getAttribute('href');
	expect(mail).toMatch(/^mailto:/);
	expect(decodeURIComponent(mail!)).toContain('Tulis di sini apa yang salah');
	expect(decodeURIComponent(mail!)).toContain(`/program/${slug}/`);
	await context.close();
});

test('the suggestion page has the form; the office pages have the correction form', async () => {
	const context = await site.browser.newContext();
	const page = await context.newPage();
	await page.goto(`${site.server.url}/usulkan/`);
	expect(await page.locator('bb-report[data-kind="usulan"] textarea').count()).toBe(1);
	await page.goto(`${site.server.url}/kantor/dinsos-pm/`);
	expect(await page.locator('bb-report[data-kind="koreksi"]').count()).toBe(1);
	await context.close();
});

test('the freshness notice appears on exactly the pages whose lastChecked is too old for the build day', () => {
	const data = JSON.parse(readFileSync(path.join(DIST, 'program.json'), 'utf8')) as { generated: string; programs: { slug: string; last_checked: string }[] };
	const finder = JSON.parse(readFileSync(path.join(DIST, 'program/finder.json'), 'utf8'));
	const finderItems: { slug: string; stale?: boolean }[] = Array.isArray(finder) ? finder : finder.items;
	const buildDay = data.generated;
	let stale = 0;
	for (const p of data.programs) {
		const html = readFileSync(path.join(DIST, 'program', p.slug, 'index.html'), 'utf8');
		const expected = isStale(p.last_checked, buildDay, FRESHNESS_DAYS);
		stale += Number(expected);
		expect([p.slug, html.includes('class="freshness-note"')]).toEqual([p.slug, expected]);
		expect([p.slug, Boolean(finderItems.find((i) => i.slug === p.slug)?.stale)]).toEqual([p.slug, expected]);
		if (expected) expect(html).toMatch(/Info ini terakhir dicek \d{1,2} \w+ \d{4}; pastikan ke [^<]+ sebelum bertindak\./);
	}
	console.log(`build day ${buildDay}: ${stale} of ${data.programs.length} program pages show the freshness notice`);
});
