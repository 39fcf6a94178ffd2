/**
 * Sharing in real Chromium: the WhatsApp link (also without JavaScript), copy link with a visible
 * confirmation, the A4 flyer in print emulation with a QR code that decodes to the short link, the
 * short link forwarding to the program, link-preview metadata, and the share bar's weight.
 */
import { expect, test } from 'vitest';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { useBuiltSite } from './support/built-site';
import { guardContext } from './support/browser.mjs';
import { DIST, ROOT } from './support/server.mjs';

const site = useBuiltSite();
const slug = 'pelatihan-menjahit-tas-lpk-rita-2024';
const ledger = JSON.parse(readFileSync(path.join(ROOT, 'content/short-links.json'), 'utf8')) as Record<string, string>;
const code = Object.entries(ledger).find(([, s]) => s === slug)![0];


const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)![1]!;

test('the WhatsApp link carries a ready message with the page link, with or without JavaScript', async () => {
	for (const javaScriptEnabled of [true, false]) {
		const context = await site.browser.newContext({ javaScriptEnabled });
		const page = await context.newPage();
		await page.goto(`${site.server.url}/program/${slug}/`);
		// A compact bar near the top and the full one at the end carry the same message.
		const links = page.locator('a.share__button--wa');
		expect(await links.count()).toBe(2);
		const href = await links.first().getAttribute('href');
		expect(await links.last().getAttribute('href')).toBe(href);
		expect(href).toMatch(/^https:\/\/wa\.me\/\?text=/);
		const text = decodeURIComponent(href!.slice('https://wa.me/?text='.length));
		expect(text.split('\n')[0]).toBe('*Pelatihan menjahit tas di LPK RITA (2024)*');
		expect(text).toContain(canonicalOf(await page.content()));
		expect(await page.locator('[data-copy]').isVisible()).toBe(javaScriptEnabled);
		await context.close();
	}
});

test('copy link puts the canonical URL on the clipboard and says so', async () => {
	const context = await site.browser.newContext();
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
	const page = await context.newPage();
	await page.goto(`${site.server.url}/strategi/kolaborasi-sektor-swasta/`);
	await page.locator('[data-copy]').click();
	await expect.poll(() => page.locator('.share [data-status]').textContent()).toMatch(/Tautan disalin/);
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonicalOf(await page.content()));
	// The share sheet button appears only where the browser has one.
	expect(await page.locator('[data-native]').isVisible()).toBe(await page.evaluate(() => typeof navigator.share === 'function'));
	await context.close();
});

test('the flyer prints on one A4 page and its QR code decodes to the short link', async () => {
	const context = await site.browser.newContext({ viewport: { width: 794, height: 1123 } });
	const { problems, external } = await guardContext(context, new URL(site.server.url).origin);
	const page = await context.newPage();
	await page.goto(`${site.server.url}/program/${slug}/cetak/`);
	await page.emulateMedia({ media: 'print' });
	expect(await page.locator('.flyer-tools').isVisible()).toBe(false);
	const shot = await page.screenshot({ fullPage: true });
	mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
	writeFileSync(path.join(ROOT, 'test-results/flyer-print.png'), shot);
	const { data, info } = await sharp(shot).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	const qr = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
	const shortUrl = `http://localhost:4321/p/${code}/`;
	expect(qr?.data).toBe(shortUrl);
	expect(await page.locator('.flyer__url').textContent()).toBe(shortUrl.replace(/^https?:\/\//, ''));
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);
	expect(problems).toEqual([]);
	expect(external).toEqual([]);
	await context.close();
});

test('printing the program page itself shows the content and the QR code, not the menus', async () => {
	const page = await site.browser.newPage();
	await page.goto(`${site.server.url}/program/${slug}/`);
	await page.emulateMedia({ media: 'print' });
	expect(await page.locator('#starlight__sidebar').isVisible()).toBe(false);
	for (const bar of await page.locator('.share').all()) expect(await bar.isVisible()).toBe(false);
	const qr = page.locator('.print-qr img');
	expect(await qr.isVisible()).toBe(true);
	// The image is lazy (most visits never print); a real print loads it, here bring it into view.
	await qr.scrollIntoViewIfNeeded();
	await expect.poll(() => qr.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
	await page.close();
});

test('the short link forwards to the program', async () => {
	const page = await site.browser.newPage();
	await page.goto(`${site.server.url}/p/${code}/`);
	await page.waitForURL(`**/program/${slug}/`);
	expect(await page.locator('h1').textContent()).toContain('LPK RITA');
	await page.close();
});

test('every page has a complete link preview whose image exists and is small enough for WhatsApp', async () => {
	// Not shared: short-link forwards, printable pages and the editor for officials (/admin/, noindex).
	const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html') && !/(^|\/)(p|cetak|admin)\//.test(f) && !f.includes('/cetak/'));
	const missing: string[] = [];
	const images = new Set<string>();
	for (const f of files) {
		const html = readFileSync(path.join(DIST, f), 'utf8');
		if (html.includes('http-equiv="refresh"')) continue;
		for (const prop of ['og:title', 'og:description', 'og:url', 'og:locale', 'og:site_name', 'og:image', 'og:image:alt', 'twitter:card', 'twitter:image']) {
			if (!new RegExp(`(property|name)="${prop}"`).test(html)) missing.push(`${f}: ${prop}`);
		}
		const image = /property="og:image" content="([^"]+)"/.exec(html)?.[1];
		if (image) images.add(new URL(image).pathname);
	}
	expect(missing).toEqual([]);
	for (const image of images) {
		const res = await fetch(`${site.server.url}${image}`);
		expect(res.status, image).toBe(200);
		const bytes = Buffer.from(await res.arrayBuffer());
		expect(bytes.length, image).toBeLessThan(300 * 1024);
		const meta = await sharp(bytes).metadata();
		expect([meta.format, meta.width, meta.height], image).toEqual(['jpeg', 1200, 630]);
	}
});

test('the share bar adds at most 2 KB gzip to a page (markup + script)', () => {
	const html = readFileSync(path.join(DIST, 'program', slug, 'index.html'), 'utf8');
	const markup = /<section class="share"[\s\S]*?<\/section>/.exec(html)![0];
	const scriptFile = readdirSync(path.join(DIST, '_astro')).find((f) => /^ShareBar.*\.js$/.test(f) || /^share\..*\.js$/.test(f));
	const inline = /<script type="module">[^<]*bb-share[^<]*<\/script>/.exec(html)?.[0] ?? '';
	const script = scriptFile ? readFileSync(path.join(DIST, '_astro', scriptFile)) : Buffer.from(inline);
	expect(script.length).toBeGreaterThan(100);
	const bytes = gzipSync(markup).length + gzipSync(script).length;
	expect(bytes).toBeLessThanOrEqual(2048);
});
