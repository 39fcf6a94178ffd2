// @ts-check
/**
 * After the build, removes from the shared stylesheets the rules no page can ever match (see
 * src/lib/css-purge.ts): about 0.6 KB gzip of Starlight styles for components this site does not
 * use, on every first visit. A class counts as used when its name appears anywhere in the built HTML
 * or JavaScript (scripts that add classes at run time are included).
 *
 * A changed stylesheet gets a new content-hashed name and every reference is rewritten: /_astro/ files
 * are served as immutable, so an old name must never carry new content.
 * Must run before the service worker and the link check (integrations run in order).
 */
import { readFile, readdir, writeFile, unlink } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { purgeUnusedClasses } from '../lib/css-purge.ts';

/** @param {string} dir @returns {Promise<string[]>} */
async function textFiles(dir) {
	const all = await readdir(dir, { recursive: true, encoding: 'utf8' });
	return all.filter((f) => /\.(html|m?js)$/.test(f)).map((f) => path.join(dir, f));
}

/** @returns {import('astro').AstroIntegration} */
export function cssPurge() {
	return {
		name: 'bontang:css-purge',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const assets = path.join(dist, '_astro');
				const files = await textFiles(dist);
				// The editor (/admin/) brings its own styles and never uses these stylesheets.
				const corpusFiles = files.filter((f) => !path.relative(dist, f).startsWith(`admin${path.sep}`));
				const corpus = (await Promise.all(corpusFiles.map((f) => readFile(f, 'utf8')))).join('\n');
				const used = new Map();
				const isUsed = (/** @type {string} */ c) => {
					if (!used.has(c)) used.set(c, corpus.includes(c));
					return used.get(c);
				};
				/** @type {[string, string][]} */ const renamed = [];
				let before = 0;
				let after = 0;
				let selectors = 0;
				for (const name of (await readdir(assets)).filter((f) => f.endsWith('.css'))) {
					const file = path.join(assets, name);
					const css = await readFile(file, 'utf8');
					const out = purgeUnusedClasses(css, isUsed);
					if (!out.removed.length) continue;
					const hash = createHash('sha256').update(out.css).digest('base64url').slice(0, 8);
					const m = /^(.*)\.[\w-]+\.css$/.exec(name);
					if (!m) throw new Error(`css-purge: unexpected stylesheet name ${name} (expected name.hash.css)`);
					const newName = `${m[1]}.${hash}.css`;
					await writeFile(path.join(assets, newName), out.css);
					if (newName !== name) await unlink(file);
					renamed.push([name, newName]);
					before += css.length;
					after += out.css.length;
					selectors += out.removed.length;
				}
				if (!renamed.length) return;
				// Rewrite references (HTML links, and any script that names a stylesheet).
				await Promise.all(
					files.map(async (f) => {
						const text = await readFile(f, 'utf8');
						let next = text;
						for (const [from, to] of renamed) next = next.replaceAll(`/_astro/${from}`, `/_astro/${to}`);
						if (next !== text) await writeFile(f, next);
					}),
				);
				logger.info(`removed ${selectors} selectors that match nothing on the site: ${before} → ${after} bytes of CSS`);
			},
		},
	};
}
