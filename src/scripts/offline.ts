/**
 * On every page: registers the service worker (src/sw/sw.ts) and, when the page was opened without
 * internet, shows when it was saved. The notice code loads only then.
 */
if ('serviceWorker' in navigator) {
	const base = import.meta.env.BASE_URL;
	navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {});
	if (!navigator.onLine) void import('./offline-notice').then((m) => m.showOfflineNotice());
}
