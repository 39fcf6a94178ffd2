/**
 * Offline reading in real Chromium with the network switched off (context.setOffline): a program page
 * saved with "Simpan untuk dibuka tanpa internet" opens without internet, styled, with the notice
 * naming the day it was saved (written into the page by the service worker); online visitors always get the newest page, and a new deploy replaces
 * the kept copy on the next online visit. Served from a copy of dist/, so the test can "deploy" a
 * changed page.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, watchPage } from './support/browser.mjs';
import { startServer, DIST } from './support/server.mjs';

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];
const copy = mkdtempSync(path.join(tmpdir(), 'bb-offline-'));
const slug = readdirSync(path.join(DIST, 'program'), { withFileTypes: true })
	.filter((d) => d.isDirectory() && d.name !== 'halaman')
	.map((d) => d.name)
	.sort()[0]!;
const programFile = path.join(copy, 'program', slug, 'index.html');
const NOTICE = /^Anda sedang offline\. Halaman ini disimpan pada \d{1,2} [A-Z][a-z]+ \d{4}; info bisa sudah berubah\.$/;

beforeAll(async () => {
	cpSync(DIST, copy, { recursive: true });
	server = await startServer({ dist: copy });
	browser = await launchBrowser();
	context = await browser.newContext({ viewport: { width: 360, height: 800 } });
	page = await context.newPage();
	watchPage(page, problems);
}, 60_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	rmSync(copy, { recursive: true, force: true });
});

const url = () => `${server.url}/program/${slug}/`;
const h1 = () => page.locator('h1').first().textContent();
const notice = () => page.locator('.offline-notice').textContent({ timeout: 5000 });

test('a program page offers to save itself, and saving works', async () => {
	await page.goto(url());
	const save = page.locator('bb-save-offline');
	await expect(save.isVisible()).resolves.toBe(true);
	await save.locator('button').click();
	await page.waitForFunction(() => /Tersimpan|Belum/.test(document.querySelector('bb-save-offline [data-status]')?.textContent ?? ''));
	await expect(save.locator('[data-status]').textContent()).resolves.toBe('Tersimpan. Halaman ini bisa dibuka di perangkat ini tanpa internet.');
	await expect(page.locator('.offline-notice').count()).resolves.toBe(0);
	expect(problems).toEqual([]);
});

test('with the network off, the saved page opens from the cache, styled, with the date it was saved', async () => {
	const before = await h1();
	// A new deploy the offline visitor cannot see yet: the kept copy must be what opens.
	writeFileSync(programFile, readFileSync(programFile, 'utf8').replace(/<h1([^>]*)>/, '<h1$1>Versi baru: '));
	await context.setOffline(true);
	await page.goto(url());
	await expect(h1()).resolves.toBe(before);
	await expect(notice()).resolves.toMatch(NOTICE);
	// The site's stylesheet came from the cache too: Starlight's layout applies.
	await expect(page.evaluate(() => getComputedStyle(document.querySelector('header')!).position)).resolves.toBe('fixed');
	await context.setOffline(false);
});

test('online, the newest page is shown (network first), and it replaces the kept copy', async () => {
	await page.goto(url());
	await expect(h1()).resolves.toMatch(/^Versi baru: /);
	await expect(page.locator('.offline-notice').count()).resolves.toBe(0);
	await context.setOffline(true);
	await page.goto(url());
	await expect(h1()).resolves.toMatch(/^Versi baru: /);
	await expect(notice()).resolves.toMatch(NOTICE);
	await context.setOffline(false);
});

test('the service worker is served with the CSP allowing it and is never cached by the browser', async () => {
	const res = await fetch(`${server.url}/sw.js`);
	expect(res.status).toBe(200);
	expect(res.headers.get('cache-control')).toBe('no-cache');
	expect(res.headers.get('content-security-policy')).toMatch(/worker-src 'self'/);
});
