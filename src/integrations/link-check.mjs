// @ts-check
/**
 * Fails `astro build` when any built page links to a page, file or #anchor that does not exist.
 * Runs over the final HTML, so it covers Markdown, components and generated pages alike.
 */
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parse, walkSync, ELEMENT_NODE } from 'ultrahtml';
import { findBrokenLinks } from '../lib/links.ts';

/** @param {string} dir */
async function listFiles(dir) {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/**
 * Reads one HTML file into the shape findBrokenLinks wants.
 * @param {string} html
 */
export function extractLinks(html) {
	/** @type {Set<string>} */
	const ids = new Set();
	/** @type {string[]} */
	const links = [];
	walkSync(parse(html), (node) => {
		if (node.type !== ELEMENT_NODE) return;
		const a = node.attributes;
		if (a.id) ids.add(a.id);
		if (node.name === 'a' && a.name) ids.add(a.name);
		// Skip <link rel="alternate|canonical"> style metadata pointing at the deployed origin.
		if ((node.name === 'a' || node.name === 'area') && a.href) links.push(a.href);
		if (node.name === 'link' && a.href && /stylesheet|icon|preload|modulepreload/.test(a.rel ?? '')) links.push(a.href);
		if ((node.name === 'img' || node.name === 'script' || node.name === 'source') && a.src) links.push(a.src);
	});
	return { ids, links };
}

/**
 * @param {string} dist  absolute path of the build output
 * @param {string} base  base path, e.g. "/" or "/berdaya/"
 * @param {string} site  site URL
 */
export async function checkDist(dist, base, site) {
	const files = await listFiles(dist);
	const filePaths = new Set(files.map((f) => path.posix.join(base, path.relative(dist, f).split(path.sep).join('/'))));
	const pages = [];
	for (const file of files.filter((f) => f.endsWith('.html'))) {
		const rel = path.relative(dist, file).split(path.sep).join('/');
		const pagePath = path.posix.join(base, rel.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, ''));
		const { ids, links } = extractLinks(await readFile(file, 'utf8'));
		pages.push({ path: pagePath.endsWith('/') || pagePath.includes('.') ? pagePath : pagePath, ids, links });
	}
	return { broken: findBrokenLinks(pages, filePaths, new URL(base, site).origin), pageCount: pages.length };
}

/** @returns {import('astro').AstroIntegration} */
export function linkCheck() {
	/** @type {string} */ let base = '/';
	/** @type {string} */ let site = 'http://localhost';
	return {
		name: 'bontang:link-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				site = config.site ?? site;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const { broken, pageCount } = await checkDist(fileURLToPath(dir), base, site);
				if (broken.length) {
					const lines = broken.map((b) => `  ${b.page} → ${b.href}: ${b.reason}`);
					throw new Error(
						`${broken.length} broken internal link(s) found in the built site:\n${lines.join('\n')}\n` +
							'Fix the link in the page source (content/…) or create the missing page/anchor.',
					);
				}
				logger.info(`checked links on ${pageCount} pages: none broken`);
			},
		},
	};
}
