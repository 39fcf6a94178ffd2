/**
 * Loads the search dialog's CSS (/search-ui.css) the first time a visitor reaches for search:
 * pressing on or focusing the search button, or the Ctrl/⌘+K shortcut.
 * @see src/integrations/lazy-search.mjs
 */
let loaded = false;
function load() {
	if (loaded) return;
	loaded = true;
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = `${import.meta.env.BASE_URL}search-ui.css`;
	document.head.append(link);
}
const button = document.querySelector('site-search button[data-open-modal]');
button?.addEventListener('pointerdown', load, { once: true });
button?.addEventListener('focus', load, { once: true });
window.addEventListener('keydown', (e) => {
	if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') load();
});
