// @ts-check
/**
 * Which template renders a page, from its URL alone, so the browser gates can check every variant
 * (light/dark × 360/1280) on one page per template and one variant on the others. Templates are
 * read from the route files in src/pages/ (the URL patterns Astro builds from), so a new page type
 * is picked up without touching the tests.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * URL patterns of the route files under `pagesDir`: `program/[slug]/cetak.astro` → `program/[slug]/cetak`.
 * Only .astro routes (HTML pages); endpoints (.ts: feeds, CSV, images) are not pages.
 * @param {string} pagesDir
 * @returns {string[]}
 */
export function routePatterns(pagesDir) {
	return readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.astro'))
		.map((f) => f.split(path.sep).join('/').replace(/\.astro$/, '').replace(/(^|\/)index$/, ''))
		.sort();
}

/**
 * How well a route pattern matches a page path: null when it does not match, otherwise a score
 * where a static segment beats a parameter and a parameter beats a rest parameter (Astro's order).
 * @param {string[]} pattern  segments of the pattern
 * @param {string[]} segs     segments of the path
 * @returns {number[] | null}
 */
function matchScore(pattern, segs) {
	/** @type {number[]} */ const score = [];
	for (let i = 0; i < pattern.length; i++) {
		const p = /** @type {string} */ (pattern[i]);
		if (/^\[\.\.\.[^\]]+\]$/.test(p)) {
			// A rest parameter takes what is left (at least nothing) and must be the last segment.
			if (i !== pattern.length - 1) return null;
			score.push(0);
			return score;
		}
		const s = segs[i];
		if (s === undefined) return null;
		if (/^\[[^\]]+\]$/.test(p)) score.push(1);
		else if (p === s) score.push(2);
		else return null;
	}
	return pattern.length === segs.length ? score : null;
}

/** @param {number[]} a @param {number[]} b */
const better = (a, b) => {
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		const d = (a[i] ?? -1) - (b[i] ?? -1);
		if (d) return d > 0;
	}
	return false;
};

/**
 * The template of a page, as a stable key: the route pattern that renders it (`program/[slug]/cetak`)
 * or, for a page no route file matches (Starlight's content pages, the 404 page), the page's own path,
 * except pages in a folder of their own (`/panduan/<slug>/`, `/en/panduan/<slug>/`), which share the
 * key `<folder>/*` because one content collection renders them with one layout. English pages share
 * the template of their Indonesian page.
 * @param {string} pagePath  site path without the base, e.g. "/program/beasiswa/cetak/" or "/404.html"
 * @param {string[]} patterns from routePatterns()
 * @returns {string}
 */
export function templateOf(pagePath, patterns) {
	const key = routeKey(pagePath, patterns);
	// An English page is the Indonesian page's component with a notice (no page is translated yet):
	// same template, so the pair is sampled together and only one of them runs in every variant.
	return key.replace(/^(\/?)en(?:\/|$)/, '$1') || '/';
}

/**
 * @param {string} pagePath
 * @param {string[]} patterns
 */
function routeKey(pagePath, patterns) {
	const segs = pagePath.split('/').filter(Boolean);
	/** @type {{ pattern: string, score: number[] } | null} */ let best = null;
	for (const pattern of patterns) {
		const score = matchScore(pattern ? pattern.split('/') : [], segs);
		if (score && (!best || better(score, best.score))) best = { pattern, score };
	}
	if (best) return best.pattern === '' ? '/' : best.pattern;
	const locale = segs[0] === 'en' ? 'en/' : '';
	const rest = locale ? segs.slice(1) : segs;
	if (rest.length >= 2) return `${locale}${rest.slice(0, -1).join('/')}/*`;
	return pagePath;
}

/**
 * Splits pages into one representative per template (checked in every variant) and the rest. The
 * representative is the page `sizeOf` rates largest (the built HTML's size: the page showing the
 * most of its template's parts), the first in order on a tie.
 * @param {string[]} pages  sorted site paths
 * @param {string[]} patterns  from routePatterns()
 * @param {(page: string) => number} [sizeOf]
 * @returns {{ representative: Set<string>, templates: Map<string, string[]> }}
 */
export function groupByTemplate(pages, patterns, sizeOf = () => 0) {
	/** @type {Map<string, string[]>} */ const templates = new Map();
	for (const p of pages) {
		const key = templateOf(p, patterns);
		templates.set(key, [...(templates.get(key) ?? []), p]);
	}
	/** @type {Set<string>} */ const representative = new Set();
	for (const ps of templates.values()) {
		representative.add(ps.reduce((a, b) => (sizeOf(b) > sizeOf(a) ? b : a)));
	}
	return { representative, templates };
}

/**
 * The pages the browser gates load: every page of a template with at most `perTemplate` pages, and for
 * larger templates (58 program pages, 58 flyers, 39 offices) the representative plus pages spread
 * evenly over the sorted list, so the check stays a few minutes as content grows. Template bugs show
 * the same way on every page of a template; html-validate and the W3C checker still read every page.
 * Deterministic, so a failure reproduces. `perTemplate = Infinity` (GATE_ALL=1) checks every page.
 * @param {Map<string, string[]>} templates  from groupByTemplate()
 * @param {Set<string>} representative       from groupByTemplate()
 * @param {number} perTemplate
 * @returns {string[]}
 */
export function samplePages(templates, representative, perTemplate) {
	/** @type {string[]} */ const out = [];
	for (const ps of templates.values()) {
		if (ps.length <= perTemplate) {
			out.push(...ps);
			continue;
		}
		const sorted = [...ps].sort();
		const rep = sorted.find((p) => representative.has(p));
		const rest = sorted.filter((p) => p !== rep);
		const picks = new Set(rep ? [rep] : []);
		const want = perTemplate - picks.size;
		for (let i = 0; i < want; i++) picks.add(rest[Math.floor((i * rest.length) / want)]);
		out.push(...[...picks].filter(Boolean));
	}
	return out.sort();
}
