/** The built home page loads, a strategy page is reached by clicking, and nothing leaves localhost. */
import { expect, test } from 'vitest';
import { useBuiltSite } from './support/built-site';
import { guardContext } from './support/browser.mjs';
import { DIST } from './support/server.mjs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sidebar } from '../../src/config/sidebar.mjs';
import { BASE_PATH } from '../../src/config/site.mjs';

const site = useBuiltSite();


test('home page loads and a strategy page is reached by clicking', async () => {
	const context = await site.browser.newContext();
	const { problems, external } = await guardContext(context, new URL(site.server.url).origin);
	const page = await context.newPage();
	await page.goto(`${site.server.url}/`);
	expect(await page.locator('html').getAttribute('lang')).toBe('id');
	expect(await page.locator('h1').first().textContent()).toContain('Bersama keluar dari kemiskinan');

	await page.getByRole('link', { name: /Ketahanan pangan/ }).first().click();
	await page.waitForURL('**/strategi/ketahanan-pangan-berbasis-komunitas/');
	expect(await page.locator('h1').first().textContent()).toContain('Ketahanan pangan');
	expect(await page.getByRole('heading', { name: 'Sumber' }).count()).toBe(1);

	expect(problems).toEqual([]);
	expect(external).toEqual([]);
	await context.close();
});

test('the home page, which has no site menu, links to every destination of the menu', () => {
	// Starlight's splash template shows no sidebar (and no menu button on a phone), so the page
	// itself must lead everywhere the menu does; offices and the glossary were unreachable from it.
	const home = readFileSync(path.join(DIST, 'index.html'), 'utf8');
	const links = new Set([...home.matchAll(/href="([^"#?]+)/g)].map((m) => m[1]));
	// This site's menu uses links, slugs and one group of links (src/config/sidebar.mjs).
	type Entry = { link?: string; slug?: string; items?: Entry[] };
	const entries = (sidebar as unknown as Entry[]).flatMap((e) => e.items ?? [e]);
	const destinations = entries.map((e) => e.link ?? `/${e.slug}/`);
	const missing = destinations.map((d) => `${BASE_PATH}${d.replace(/^\//, '')}`).filter((href) => !links.has(href));
	expect(missing).toEqual([]);
});

test('the guard sees a request to another host, which never leaves this machine', async () => {
	// The site's CSP would stop the request before it starts; this checks the guard behind it.
	const context = await site.browser.newContext({ bypassCSP: true });
	const { problems, external } = await guardContext(context, new URL(site.server.url).origin);
	const page = await context.newPage();
	await page.goto(`${site.server.url}/tentang/`);
	// What a careless embed would do: an image from another host.
	const loaded = await page.evaluate(
		() =>
			new Promise<boolean>((resolve) => {
				const img = new Image();
				img.onload = () => resolve(true);
				img.onerror = () => resolve(false);
				img.src = 'https://example.org/pixel.png';
			}),
	);
	expect(loaded).toBe(false);
	expect(external).toEqual(['https://example.org/pixel.png']);
	// It failed at name resolution (Chromium resolves no host but this machine), so nothing was sent;
	// the browser's own console line about it is reported too.
	expect(problems).toEqual(['console error: Failed to load resource: net::ERR_NAME_NOT_RESOLVED']);
	await context.close();
});

test('site search finds programs by Indonesian word forms, with its styles loaded on demand', async () => {
	const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
	const { problems, external } = await guardContext(context, new URL(site.server.url).origin);
	const page = await context.newPage();
	const cssRequests: string[] = [];
	const scriptRequests: string[] = [];
	page.on('request', (r) => {
		if (r.url().endsWith('/search-ui.css')) cssRequests.push(r.url());
		if (/ui-core|pagefind/.test(r.url()) && r.resourceType() === 'script') scriptRequests.push(r.url());
	});
	await page.goto(`${site.server.url}/tentang/`);
	// An idle page downloads no search code: it loads on the visitor's first intent.
	await page.waitForTimeout(1500);
	expect(cssRequests).toEqual([]);
	expect(scriptRequests).toEqual([]);
	await page.locator('button[data-open-modal]').click();
	await page.locator('#starlight__search input').fill('menjahit');
	const first = page.locator('.pagefind-ui__result').first();
	await first.waitFor();
	expect(cssRequests).toHaveLength(1);
	expect(scriptRequests.length).toBeGreaterThan(0);
	// The search box has focus once the search UI has loaded.
	expect(await page.evaluate(() => document.activeElement?.matches('#starlight__search input'))).toBe(true);
	// Pagefind's own stylesheet is applied (results are not a bulleted list).
	expect(await first.evaluate((el) => getComputedStyle(el).listStyleType)).toBe('none');
	const links = await page.locator('.pagefind-ui__result-link').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
	expect(links.some((h) => h?.includes('/program/'))).toBe(true);
	expect(problems).toEqual([]);
	expect(external).toEqual([]);
	await context.close();
});

test('Ctrl+K opens search, loads it on demand and puts the cursor in the search box', async () => {
	const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.goto(`${site.server.url}/pendahuluan/`);
	await page.keyboard.press('Control+k');
	await page.locator('#starlight__search input').waitFor();
	expect(await page.locator('site-search dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
	await expect.poll(() => page.evaluate(() => document.activeElement?.matches('#starlight__search input'))).toBe(true);
	await page.close();
});

test('"Di halaman ini" starts on the first scroll and then follows the section in view (src/integrations/lazy-toc.mjs)', async () => {
	const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	await page.goto(`${site.server.url}/program/pendataan-dtsen-cek-usul-sanggah/`, { waitUntil: 'load' });
	const current = page.locator('mobile-starlight-toc .display-current');
	// Idle time passes without a scroll: nothing started, nothing marked. The timeout bounds the wait:
	// once, in a full parallel run, the idle callback never came and the test hung for 60 s.
	await page.evaluate(() => new Promise((r) => requestIdleCallback(() => setTimeout(r, 300), { timeout: 2000 })));
	expect(await current.textContent()).toBe('');
	await page.locator('h2#syarat').evaluate((h) => h.scrollIntoView({ block: 'start' }));
	await expect.poll(() => current.textContent(), { timeout: 5000 }).not.toBe('');
	const section = await current.textContent();
	expect(['Tentang program', 'Syarat dan dokumen']).toContain(section);
	await context.close();
});

test('"Di halaman ini" starts at once when the address names a section', async () => {
	const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	await page.goto(`${site.server.url}/program/pendataan-dtsen-cek-usul-sanggah/#sumber`, { waitUntil: 'load' });
	await expect.poll(() => page.locator('mobile-starlight-toc .display-current').textContent(), { timeout: 5000 }).not.toBe('');
	await context.close();
});
