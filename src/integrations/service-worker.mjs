// @ts-check
/**
 * Builds the service worker (src/sw/sw.ts, Workbox) to dist/sw.js after the site is built.
 * @vite-pwa/astro would be the usual way, but it supports Astro ≤ 5 and Vite ≤ 7 (this site is on
 * Astro 7 / Vite 8), and its generated worker precaches every asset on install, which costs every
 * visitor data. So the worker is our own small Workbox script, bundled here with the Vite that Astro
 * already uses: one file, no workbox-sw loader, no CDN.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
// Imported up front: a dynamic import in astro:build:done goes through Astro's config module runner,
// which is closed by then ("Vite module runner has been closed").
import { build } from 'vite';

/** @returns {import('astro').AstroIntegration} */
export function serviceWorker() {
	/** @type {string} */ let base = '/';
	/** @type {string} */ let root = '';
	return {
		name: 'bontang:service-worker',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				await build({
					configFile: false,
					root,
					logLevel: 'warn',
					// Workbox logs in development builds only.
					define: { 'process.env.NODE_ENV': '"production"', __BASE__: JSON.stringify(base) },
					build: {
						outDir,
						emptyOutDir: false,
						copyPublicDir: false,
						minify: true,
						sourcemap: false,
						lib: { entry: path.join(root, 'src/sw/sw.ts'), formats: ['iife'], name: 'bbServiceWorker', fileName: () => 'sw.js' },
					},
				});
				logger.info(`wrote ${base}sw.js`);
			},
		},
	};
}
