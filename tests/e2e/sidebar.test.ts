/**
 * The sidebar override (src/components/overrides/Sidebar.astro): Starlight's menu state (which groups
 * are open, how far the menu is scrolled) still carries over to the next page on a wide screen, now
 * with its scripts outside the `display: contents` wrapper and without aria-hidden on a script.
 */
import { expect, test } from 'vitest';
import { useBuiltSite } from './support/built-site';
import { guardContext } from './support/browser.mjs';

const site = useBuiltSite();

test('the menu keeps a closed group and its scroll position on the next page, with valid scripts', async () => {
	// Short enough that the menu scrolls.
	const context = await site.browser.newContext({ viewport: { width: 1280, height: 420 } });
	const { problems, external } = await guardContext(context, new URL(site.server.url).origin);
	const page = await context.newPage();
	await page.goto(`${site.server.url}/pendahuluan/`);

	// No script inside the display: contents wrapper, none with aria-hidden (W3C), and the restore
	// script and the wrapper agree on the menu's fingerprint.
	expect(await page.locator('sl-sidebar-state-persist script').count()).toBe(0);
	expect(await page.locator('script[aria-hidden]').count()).toBe(0);
	const hash = await page.locator('sl-sidebar-state-persist').getAttribute('data-hash');
	expect(hash).toMatch(/^[0-9a-z]{7}$/);
	expect(await page.locator('script[data-sidebar-hash]').getAttribute('data-sidebar-hash')).toBe(hash);

	const group = page.locator('#starlight__sidebar details').first();
	expect(await group.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
	await group.locator('summary').click();
	expect(await group.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
	const scrolled = await page.locator('#starlight__sidebar').evaluate((el) => {
		el.scrollTop = 60;
		return el.scrollTop;
	});
	expect(scrolled).toBeGreaterThan(0);

	// Same-tab navigation: Starlight saves the state when the page is hidden.
	await page.locator('#starlight__sidebar a[href="/glosarium/"]').click();
	await page.waitForURL('**/glosarium/');
	expect(await page.locator('#starlight__sidebar details').first().evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
	expect(await page.locator('#starlight__sidebar').evaluate((el) => el.scrollTop)).toBe(scrolled);

	// A kept state from another menu (an older deploy) is not applied: the group opens as built.
	await page.evaluate(() => {
		const state = JSON.parse(sessionStorage.getItem('sl-sidebar-state')!);
		sessionStorage.setItem('sl-sidebar-state', JSON.stringify({ ...state, hash: 'old0000' }));
	});
	await page.reload();
	expect(await page.locator('#starlight__sidebar details').first().evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);

	expect(problems).toEqual([]);
	expect(external).toEqual([]);
	await context.close();
});
