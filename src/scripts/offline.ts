/**
 * On every page: registers the service worker (src/sw/sw.ts) for offline reading. Kept to one call:
 * it is in every page's first load. The offline notice needs no script here; the worker writes it
 * into a kept page when it serves one without internet.
 */
// After the page has loaded, so starting the worker never competes with the page's own first load. A
// module script always runs before the load event.
if ('serviceWorker' in navigator) addEventListener('load', () => navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => {}));
