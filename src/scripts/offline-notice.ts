/** The notice on a page opened without internet: when the visitor's copy was saved. */
import { offlineNotice, PAGES_CACHE, SAVED_AT_HEADER } from '../lib/offline';

export async function showOfflineNotice() {
	let savedAt: string | null = null;
	try {
		const kept = await caches.match(location.href.replace(/#.*$/, ''), { cacheName: PAGES_CACHE });
		savedAt = kept?.headers.get(SAVED_AT_HEADER) ?? null;
	} catch {
		// No cache access: the notice still says the page may be out of date.
	}
	const notice = document.createElement('p');
	notice.className = 'offline-notice';
	notice.setAttribute('role', 'status');
	notice.textContent = offlineNotice(savedAt);
	const main = document.querySelector('main');
	(main?.querySelector('.sl-container') ?? main ?? document.body).prepend(notice);
}
