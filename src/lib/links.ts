/**
 * Finds broken internal links and anchors in a built site. Pure: it is given each page's links and
 * ids and returns what is broken, so it runs the same in the build hook and in tests.
 */

export interface PageLinks {
	/** Site path of the page, e.g. "/strategi/ketahanan-pangan/" (with the base path). */
	path: string;
	/** Every id on the page (anchor targets). */
	ids: Set<string>;
	/** Every href/src on the page that may point inside the site. */
	links: string[];
}

export interface BrokenLink {
	page: string;
	href: string;
	reason: string;
}

/** Turns an href found on `from` into a site path + hash, or null when it leaves the site. */
export function resolveInternal(href: string, from: string, site: string): { path: string; hash: string } | null {
	if (/^(mailto|tel|data|javascript|blob):/i.test(href)) return null;
	let url: URL;
	try {
		url = new URL(href, new URL(from, site));
	} catch {
		return { path: href, hash: '' };
	}
	if (url.origin !== new URL(site).origin) return null;
	return { path: decodeURIComponent(url.pathname), hash: decodeURIComponent(url.hash.slice(1)) };
}

/**
 * Checks every link against the set of pages and files.
 * @param files  every file path in the output, e.g. "/favicon.svg", "/program/index.html"
 */
export function findBrokenLinks(pages: PageLinks[], files: Set<string>, site = 'http://site.invalid'): BrokenLink[] {
	const byPath = new Map<string, PageLinks>();
	for (const p of pages) byPath.set(p.path, p);
	const broken: BrokenLink[] = [];
	for (const page of pages) {
		for (const href of page.links) {
			const target = resolveInternal(href, page.path, site);
			if (!target) continue;
			const { path, hash } = target;
			const targetPage = byPath.get(path) ?? byPath.get(path.endsWith('/') ? path : `${path}/`);
			if (!targetPage) {
				if (files.has(path) || files.has(`${path.replace(/\/$/, '')}/index.html`)) {
					continue;
				}
				broken.push({ page: page.path, href, reason: `no page or file at ${path}` });
				continue;
			}
			if (hash && !targetPage.ids.has(hash)) {
				broken.push({ page: page.path, href, reason: `no element with id="${hash}" on ${targetPage.path}` });
			}
		}
	}
	return broken;
}
