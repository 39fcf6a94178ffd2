/// <reference lib="webworker" />
/**
 * The service worker (/sw.js), built with Workbox by src/integrations/service-worker.mjs.
 * - Pages: network first. Online, every visit gets the newest page from the server (nobody online
 *   sees an old page); the copy is kept, stamped with the time it was saved. Offline, the kept copy
 *   opens instead, with a notice saying when it was saved written into its HTML.
 * - Built assets (/_astro/, names change with content): cache first, kept as pages use them.
 * - A page can ask to be saved with its assets ("Simpan untuk dibuka tanpa internet").
 * Nothing is downloaded ahead (no precache): visitors on paid data pay only for what they open.
 */
import { clientsClaim } from 'workbox-core';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { ASSETS_CACHE, PAGES_CACHE, SAVED_AT_HEADER, SAVE_MESSAGE, withOfflineNotice } from '../lib/offline';

declare const self: ServiceWorkerGlobalScope;
declare const __BASE__: string;

// A new build's worker takes over at once; pages stay network first, so no page waits on it.
void self.skipWaiting();
clientsClaim();

/** Stamps each page kept in the cache with the time it was saved; keeps only complete pages. */
const stampSavedAt = {
	cacheWillUpdate: async ({ response }: { response: Response }) => {
		if (response.status !== 200 || response.type === 'opaque') return null;
		const headers = new Headers(response.headers);
		headers.set(SAVED_AT_HEADER, new Date().toISOString());
		return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
	},
};

/** A kept page is only ever served when the network failed: it says so, and since when. */
const noticeWhenKept = {
	cachedResponseWillBeUsed: async ({ cachedResponse }: { cachedResponse?: Response }) => {
		if (!cachedResponse) return cachedResponse;
		const html = withOfflineNotice(await cachedResponse.text(), cachedResponse.headers.get(SAVED_AT_HEADER));
		const headers = new Headers(cachedResponse.headers);
		headers.delete('content-length'); // the notice made the page longer
		return new Response(html, { status: cachedResponse.status, statusText: cachedResponse.statusText, headers });
	},
};

const pages = new NetworkFirst({
	cacheName: PAGES_CACHE,
	plugins: [stampSavedAt, noticeWhenKept, new ExpirationPlugin({ maxEntries: 80, purgeOnQuotaError: true })],
});
const assets = new CacheFirst({
	cacheName: ASSETS_CACHE,
	plugins: [new ExpirationPlugin({ maxEntries: 150, purgeOnQuotaError: true })],
});

// Not the editor (/admin/): it has its own policy and must always be the live one.
const isSite = (url: URL) => url.origin === self.location.origin && !url.pathname.startsWith(`${__BASE__}admin/`);
registerRoute(({ request, url }) => request.mode === 'navigate' && isSite(url), pages);
registerRoute(({ url }) => url.origin === self.location.origin && url.pathname.startsWith(`${__BASE__}_astro/`), assets);

self.addEventListener('message', (event) => {
	const data = event.data as { type?: string; page?: string; assets?: string[] } | null;
	if (data?.type !== SAVE_MESSAGE || !data.page) return;
	const port = event.ports[0];
	const save = async () => {
		// Through the same strategies, so the saved copies are the ones offline visits will use.
		await Promise.all([
			pages.handleAll({ event, request: new Request(data.page!) })[1],
			...(data.assets ?? []).map((a) => assets.handleAll({ event, request: new Request(a) })[1]),
		]);
	};
	event.waitUntil(save().then(() => port?.postMessage({ ok: true }), () => port?.postMessage({ ok: false })));
});
