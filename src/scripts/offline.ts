/**
 * On every page: registers the service worker (src/sw/sw.ts) for offline reading. Kept to one call:
 * it is in every page's first load. The offline notice needs no script here; the worker writes it
 * into a kept page when it serves one without internet.
 */
// After the page has loaded, so starting the worker never competes with the page's own first load (a
// module script always runs before the load event), and in a task of its own: register() takes 10-15 ms
// here, which inside the load event made one long task with the other load work (Lighthouse counted it
// as blocking time).
if ('serviceWorker' in navigator) addEventListener('load', () => setTimeout(() => navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => {})));
