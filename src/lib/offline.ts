/**
 * Offline reading: names shared by the service worker (src/sw/sw.ts) and the pages, and the words a
 * visitor sees. Pure, so the notice text is unit-tested.
 */
import { formatPartialDate, todayInBontang } from './dates';

/** Cache of pages (HTML), filled network-first: the newest copy the visitor opened. */
export const PAGES_CACHE = 'bb-pages';
/** Cache of built assets (/_astro/: CSS, JS), whose names change with their content. */
export const ASSETS_CACHE = 'bb-assets';
/** Response header the service worker adds to a cached page: when it was saved (ISO date-time). */
export const SAVED_AT_HEADER = 'x-bb-saved-at';
/** Message a page posts to the service worker to save a page and its assets. */
export const SAVE_MESSAGE = 'bb-save';

/**
 * The notice shown on a page opened without internet.
 * @param savedAt ISO date-time the page was saved, or null when unknown
 */
export function offlineNotice(savedAt: string | null): string {
	const day = savedAt && !Number.isNaN(Date.parse(savedAt)) ? formatPartialDate(todayInBontang(new Date(savedAt))) : null;
	return day
		? `Anda sedang offline. Halaman ini disimpan pada ${day}; info bisa sudah berubah.`
		: 'Anda sedang offline. Halaman ini disimpan sebelumnya; info bisa sudah berubah.';
}

/**
 * A kept page as served without internet: the notice goes first in the page's content (Starlight's
 * first .sl-container inside <main>, else right after <main>), as plain HTML, so it shows with or
 * without JavaScript and needs nothing from the page's scripts or Content Security Policy.
 * @param html  the kept page
 * @param savedAt  its SAVED_AT_HEADER value
 */
export function withOfflineNotice(html: string, savedAt: string | null): string {
	const notice = `<p class="offline-notice" role="status">${offlineNotice(savedAt)}</p>`;
	const main = /<main\b[^>]*>/.exec(html);
	if (!main) return html;
	const container = /<div class="sl-container[^"]*"[^>]*>/.exec(html.slice(main.index));
	const at = container ? main.index + container.index + container[0].length : main.index + main[0].length;
	return html.slice(0, at) + notice + html.slice(at);
}

/**
 * What to save for a page to open without internet: the page itself (without #fragment or ?query)
 * and the same-origin built assets it uses. Other URLs (images of other sites, feeds) are left out.
 * @param pageUrl  location.href
 * @param resources URLs of the stylesheets, scripts and other resources the page loaded
 * @param base  the site's base path, e.g. "/" or "/berdaya/"
 */
export function urlsToSave(pageUrl: string, resources: string[], base: string): { page: string; assets: string[] } {
	const page = new URL(pageUrl);
	page.hash = '';
	page.search = '';
	const assets = new Set<string>();
	for (const r of resources) {
		try {
			const u = new URL(r, page);
			if (u.origin === page.origin && u.pathname.startsWith(`${base}_astro/`)) assets.add(u.origin + u.pathname);
		} catch {
			// Not a URL: nothing to save.
		}
	}
	return { page: page.href, assets: [...assets].sort() };
}
