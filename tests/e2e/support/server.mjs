// @ts-check
/**
 * A tiny static server for the built site (dist/), on 127.0.0.1, that applies public/_headers the way
 * Netlify and Cloudflare Pages do, compresses text with gzip as they (and GitHub Pages) do, and serves
 * dist/404.html for unknown paths. Used by the browser tests, the audit and the Lighthouse benchmark,
 * so they see the site as a visitor would: Lighthouse's simulated slow 4G counts the bytes on the wire,
 * and uncompressed pages would be measured at three to five times their real size.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { parseHeadersFile, headersFor } from './headers-file.mjs';
import { BASE_PATH } from '../../../src/config/site.mjs';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.ics': 'text/calendar; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

export const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Where the test server serves axe-core (see startServer()). */
export const AXE_PATH = '/__test__/axe.min.js';
/** @type {Promise<Buffer> | null} */ let axe = null;
const axeSource = () => (axe ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js')));
export const DIST = path.join(ROOT, 'dist');

/** Types the hosts compress (binary Pagefind chunks are compressed already). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

/**
 * @param {{ dist?: string, base?: string }} [options]
 * @returns {Promise<{ url: string, base: string, close: () => Promise<void> }>}
 */
export async function startServer({ dist = DIST, base = BASE_PATH } = {}) {
	if (!existsSync(path.join(dist, 'index.html'))) {
		throw new Error(`No built site in ${dist}: run "npm run build" first.`);
	}
	const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
	const headersPath = path.join(dist, '_headers');
	const rules = existsSync(headersPath) ? parseHeadersFile(await readFile(headersPath, 'utf8')) : [];
	/** Compressed bodies by content hash: compressed once, and a rebuilt file (same path, new content) is never served stale. */
	const gzipped = new Map();

	const server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		// axe-core for the accessibility gates, loaded by the page like any same-origin script so the
		// browser caches it and its compiled code between pages (checks.mjs injectAxe()). Test server only:
		// the path is outside the site and never in dist/.
		if (url.pathname === AXE_PATH) {
			res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=31536000, immutable' });
			return res.end(await axeSource());
		}
		let rel = decodeURIComponent(url.pathname);
		if (prefix && !rel.startsWith(`${prefix}/`)) return send(404);
		rel = rel.slice(prefix.length) || '/';
		let file = path.join(dist, rel);
		if (!file.startsWith(dist)) return send(404);
		try {
			const s = await stat(file);
			if (s.isDirectory()) {
				if (!rel.endsWith('/')) {
					res.writeHead(301, { location: `${prefix}${rel}/` });
					return res.end();
				}
				file = path.join(file, 'index.html');
			}
			const body = await readFile(file);
			return send(200, body, file, rel);
		} catch {
			return send(404);
		}

		/**
		 * @param {number} status
		 * @param {Buffer} [body]
		 * @param {string} [file]
		 * @param {string} [rel]
		 */
		async function send(status, body, file, rel = '/404.html') {
			if (status === 404) {
				file = path.join(dist, '404.html');
				body = existsSync(file) ? await readFile(file) : Buffer.from('Not found');
			}
			const ext = path.extname(file ?? '.html');
			const type = TYPES[/** @type {keyof typeof TYPES} */ (ext)] ?? 'application/octet-stream';
			/** @type {Record<string, string>} */
			const extra = {};
			if (body && file && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
				const key = createHash('sha1').update(body).digest('base64');
				if (!gzipped.has(key)) gzipped.set(key, gzipSync(body));
				body = gzipped.get(key);
				extra['content-encoding'] = 'gzip';
				extra.vary = 'Accept-Encoding';
			}
			res.writeHead(status, { 'content-type': type, ...extra, ...headersFor(rules, rel) });
			res.end(body);
		}
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}${prefix}`,
		base: `${prefix}/`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
