/** The built home page loads, a strategy page is reached by clicking, and nothing leaves localhost. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, guardContext } from './support/browser.mjs';
import { startServer } from './support/server.mjs';

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
	server = await startServer();
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

test('home page loads and a strategy page is reached by clicking', async () => {
	const context = await browser.newContext();
	const { problems, external } = await guardContext(context, new URL(server.url).origin);
	const page = await context.newPage();
	await page.goto(`${server.url}/`);
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
