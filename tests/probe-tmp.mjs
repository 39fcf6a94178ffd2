import { launchBrowser } from './e2e/support/browser.mjs';
import { startServer } from './e2e/support/server.mjs';
const server = await startServer();
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
await page.goto(server.url + '/');
await page.click('site-search button[data-open-modal]');
await page.waitForSelector('.pagefind-ui__search-input');
await page.fill('.pagefind-ui__search-input', 'jahit');
await page.waitForTimeout(1500);
console.log((await page.locator('#starlight__search').innerText()).slice(0, 600));
await page.keyboard.press('Escape');
const href = await page.locator('a', { hasText: 'Pelatihan yang sedang dibuka' }).getAttribute('href');
await page.goto(server.url + href);
await page.waitForFunction(() => /ditemukan/.test(document.querySelector('[data-summary]')?.textContent ?? ''));
console.log('summary', await page.locator('[data-summary]').textContent(), await page.locator('[data-selected-count]').textContent());
const box = await page.locator('[data-results] .program-card').first().boundingBox();
console.log('first card top', box);
for (const sel of ['site-search button[data-open-modal]', 'button.sl-menu-button', '.finder__filters summary', '#finder-sort', '.finder__reset', '.finder__searchrow button']) {
  const b = await page.locator(sel).first().boundingBox(); console.log(sel, b && [Math.round(b.width), Math.round(b.height)]);
}
await page.locator('.finder__filters summary').click();
await page.locator('input[name=kecamatan][value=bontang-selatan]').check();
await page.waitForURL(/kecamatan/);
await page.waitForTimeout(300);
console.log('summary', await page.locator('[data-summary]').textContent());
console.log('cakupan', await page.locator('fieldset:has(input[name=cakupan])').innerText());
const jb = await page.locator('[data-jump]').boundingBox(); console.log('jump', jb, await page.locator('[data-jump]').textContent(), await page.evaluate(()=>scrollY));
await page.locator('[data-jump]').click(); await page.waitForTimeout(200);
console.log('after jump scrollY', await page.evaluate(()=>scrollY), (await page.locator('[data-summary]').boundingBox()).y);
const d = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await d.goto(server.url + '/program/');
for (const sel of ['starlight-theme-select select', 'starlight-lang-select select']) {
  const r = await d.locator(sel).first().evaluate(e => [e.clientWidth, e.scrollWidth, e.getBoundingClientRect().height, e.options[e.selectedIndex].text]); console.log(sel, r);
}
await browser.close(); await server.close();
