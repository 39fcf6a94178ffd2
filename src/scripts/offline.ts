/**
 * On every page: registers the service worker (src/sw/sw.ts) for offline reading. Kept to one call:
 * it is in every page's first load. The offline notice needs no script here; the worker writes it
 * into a kept page when it serves one without internet.
 */
if ('serviceWorker' in navigator) navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => {});
