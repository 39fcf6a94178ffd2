// @ts-check
/**
 * First-load weight of a built page: the bytes a first visit downloads before any interaction, gzip
 * compressed: the HTML, the stylesheets it links, the module scripts it loads and everything those
 * import statically. Code loaded later with import() (search UI, charts) is counted separately as lazy.
 */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

/** @param {Buffer | string} data */
export const gzipBytes = (data) => gzipSync(data, { level: 6 }).length;

/**
 * Static and dynamic imports of an ES module (as bundled by Vite/Rolldown, minified or not).
 * @param {string} code
 */
export function moduleImports(code) {
	/** @type {Set<string>} */ const dynamic = new Set();
	for (const m of code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) {
		// A computed path (template literal with ${...}) is resolved at run time, e.g. Pagefind’s bundle: not a file here.
		if (!m[1]?.includes("${")) dynamic.add(/** @type {string} */ (m[1]));
	}
	/** @type {Set<string>} */ const staticImports = new Set();
	const re = /(?:^|[;\s{}()])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.m?js)["']/g;
	for (const m of code.matchAll(re)) staticImports.add(/** @type {string} */ (m[1]));
	return { static: [...staticImports], dynamic: [...dynamic].filter((d) => !staticImports.has(d)) };
}

/**
 * Assets an HTML page loads on first visit.
 * @param {string} html
 */
export function pageAssets(html) {
	/** @type {string[]} */ const css = [];
	/** @type {string[]} */ const js = [];
	for (const m of html.matchAll(/<link\b[^>]*>/g)) {
		const tag = m[0];
		const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
		if (!href) continue;
		if (/\brel="stylesheet"/.test(tag)) css.push(href);
		if (/\brel="modulepreload"/.test(tag)) js.push(href);
	}
	for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) js.push(/** @type {string} */ (m[1]));
	return { css, js };
}

/**
 * @param {string} dist     absolute path to the build output
 * @param {string} pagePath path of the HTML file relative to dist, e.g. "index.html"
 * @param {string} [base]   deployment base path, e.g. "/" or "/berdaya/"
 */
export function pageWeight(dist, pagePath, base = '/') {
	const htmlFile = path.join(dist, pagePath);
	const html = readFileSync(htmlFile);
	/** @param {string} url @param {string} fromFile */
	const toFile = (url, fromFile) => {
		if (/^[a-z]+:/i.test(url) || url.startsWith('//')) return null; // external: reported by the browser gate
		const clean = url.split(/[?#]/)[0] ?? '';
		if (clean.startsWith('/')) return path.join(dist, clean.slice(base.length - 1));
		return path.resolve(path.dirname(fromFile), clean);
	};
	const { css, js } = pageAssets(html.toString('utf8'));
	/** @type {Map<string, number>} */ const eager = new Map();
	/** @type {Map<string, number>} */ const lazy = new Map();
	/** @type {string[]} */ const missing = [];

	for (const href of css) {
		const file = toFile(href, htmlFile);
		if (!file) continue;
		if (!existsSync(file)) missing.push(href);
		else eager.set(file, gzipBytes(readFileSync(file)));
	}
	/** @param {string} file @param {Map<string, number>} into */
	const walk = (file, into) => {
		if (eager.has(file) || into.has(file)) return;
		if (!existsSync(file)) {
			missing.push(path.relative(dist, file));
			return;
		}
		const code = readFileSync(file);
		into.set(file, gzipBytes(code));
		const { static: s, dynamic: d } = moduleImports(code.toString('utf8'));
		for (const imp of s) {
			const f = toFile(imp, file);
			if (f) walk(f, into);
		}
		for (const imp of d) {
			const f = toFile(imp, file);
			if (f && f.endsWith('.js')) walk(f, lazy);
		}
	};
	for (const src of js) {
		const file = toFile(src, htmlFile);
		if (file) walk(file, eager);
	}
	for (const f of eager.keys()) lazy.delete(f);
	const sum = (/** @type {Map<string, number>} */ m) => [...m.values()].reduce((a, b) => a + b, 0);
	const htmlGz = gzipBytes(html);
	const cssGz = [...eager].filter(([f]) => f.endsWith('.css')).reduce((a, [, b]) => a + b, 0);
	return {
		page: pagePath,
		html: htmlGz,
		css: cssGz,
		js: sum(eager) - cssGz,
		total: htmlGz + sum(eager),
		lazy: sum(lazy),
		missing,
	};
}
