/**
 * Keyword search for the finder, off the main thread.
 *
 * Importing Pagefind's `pagefind.js` on the page costs one long task (its module sets up its
 * decompressor and WebAssembly glue: about 35 ms measured here, 140 ms at Lighthouse's 4× phone
 * slowdown), which was the largest blocking task of `/program/?q=…`. `pagefind.js` itself only hands
 * searches to Pagefind's own web worker (`pagefind-worker.js`, shipped beside it), so this module talks
 * to that worker directly, with the same messages `pagefind.js` sends it ({ id, instanceId, method,
 * args } → { id, result | error }, Pagefind 1.6). The page then runs no Pagefind code at all.
 *
 * That message format is Pagefind's, not a documented API: if the worker cannot start, crashes, or does
 * not answer `init` as expected, the search falls back to importing `pagefind.js` as before, so a
 * Pagefind upgrade can make the search slower but not break it (tests/e2e cover both paths).
 */

export interface SearchHit {
	id: string;
}

interface PagefindModule {
	options(o: object): Promise<void>;
	search(q: string, o?: object): Promise<{ results: SearchHit[] } | null>;
}

export interface SearchOptions {
	/** Where Pagefind's files are, e.g. `/pagefind/` (ends with a slash). */
	bundle: string;
	/** The site's base path without the trailing slash ('' at the root). */
	base: string;
	/** The language of the pages searched (Pagefind keeps an index per language), e.g. 'id'. */
	language: string;
}

/** How long to wait for the worker's first answer (to `init`) before falling back (ms). */
const TIMEOUT = 15000;

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

export function createSearch({ bundle, base, language }: SearchOptions) {
	let worker: Worker | null = null;
	let ready: Promise<boolean> | null = null;
	let next = 0;
	const pending = new Map<string, Pending>();
	let fallback: Promise<PagefindModule> | null = null;

	/** The worker is unusable (did not start, crashed, or does not speak this format): fall back for good. */
	const fail = (error: Error) => {
		worker?.terminate();
		worker = null;
		ready = Promise.resolve(false);
		for (const p of pending.values()) p.reject(error);
		pending.clear();
	};

	const post = (method: string, args: unknown[]) => {
		const id = `bb_${next++}`;
		const answer = new Promise<unknown>((resolve, reject) => pending.set(id, { resolve, reject }));
		worker!.postMessage({ id, instanceId: 'bb', method, args });
		return answer;
	};

	/** Starts Pagefind's worker once; true when it answered `init` (its format is the one expected). */
	const start = (): Promise<boolean> => {
		if (ready) return ready;
		if (typeof Worker === 'undefined') return (ready = Promise.resolve(false));
		worker = new Worker(`${bundle}pagefind-worker.js`);
		worker.addEventListener('message', (e: MessageEvent<{ id?: string; result?: unknown; error?: string }>) => {
			const p = e.data?.id === undefined ? undefined : pending.get(e.data.id);
			if (!p) return;
			pending.delete(e.data.id!);
			if (e.data.error !== undefined) p.reject(new Error(e.data.error));
			else p.resolve(e.data.result);
		});
		// A missing or broken worker script, or one the browser will not run.
		worker.addEventListener('error', (e) => fail(new Error(`Pagefind worker: ${e.message || 'failed to start'}`)));
		worker.addEventListener('messageerror', () => fail(new Error('Pagefind worker: unreadable message')));
		const init = post('init', [{ basePath: bundle, baseUrl: `${base}/`, language, primary: true }]);
		// `init` only constructs Pagefind in the worker (the index loads with the first search), so its
		// answer comes as soon as the worker script is there; the wait covers a slow line.
		let timer = 0;
		const silent = new Promise<never>((_, reject) => {
			timer = window.setTimeout(() => reject(new Error(`Pagefind worker: no answer in ${TIMEOUT} ms`)), TIMEOUT);
		});
		ready = Promise.race([init, silent]).then(
			(answer) => {
				clearTimeout(timer);
				if (answer === true) return true;
				fail(new Error(`Pagefind worker: unexpected answer to init: ${JSON.stringify(answer)}`));
				return false;
			},
			(error: Error) => {
				clearTimeout(timer);
				fail(error);
				console.warn('Search runs on the page instead:', error.message);
				return false;
			},
		);
		return ready;
	};

	const viaModule = async (q: string, options: object): Promise<SearchHit[]> => {
		if (!fallback) {
			fallback = (async () => {
				const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule;
				await pagefind.options({ baseUrl: `${base}/` });
				return pagefind;
			})();
			// A failed download is tried again with the next search.
			fallback.catch(() => (fallback = null));
		}
		const result = await (await fallback).search(q, options);
		return result?.results ?? [];
	};

	/** Pagefind's ids of the pages matching `q`, best first. */
	return async function search(q: string, options: object = {}): Promise<SearchHit[]> {
		if (await start()) {
			try {
				const result = (await post('search', [q, options])) as { results?: { id: string; data?: unknown }[] } | null;
				const hits = result?.results ?? [];
				// The worker keeps a loader per result for its page data, which the finder never asks for:
				// let them go, as pagefind.js does when a result is garbage-collected.
				for (const hit of hits) if (typeof hit.data === 'string') void post('releaseData', [hit.data]).catch(() => {});
				return hits.map((hit) => ({ id: hit.id }));
			} catch (error) {
				// The worker died during the search: try once more on the page. An error Pagefind answered
				// (say, the index could not be downloaded) is the finder's to show.
				if (worker) throw error;
			}
		}
		return viaModule(q, options);
	};
}
