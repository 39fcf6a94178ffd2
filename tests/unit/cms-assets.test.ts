/** The editor runs from our origin only: its bundle's CDN fonts and version check are rewritten, and /admin/ has its own CSP. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CMS_FONTS, selfHost } from '../../src/lib/cms-assets';
import { headersFor, parseHeadersFile } from '../e2e/support/headers-file.mjs';

const FAKE = [
	'a=`${iP}/package.json`,b=1;',
	'src:url(https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2)',
	'src:url(https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2)',
	'src:url(https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2)',
].join('\n');

describe('selfHost', () => {
	test('points every CDN font and the version check at our origin', () => {
		const out = selfHost(FAKE, '/berdaya/admin/');
		expect(out).not.toContain('cdn.jsdelivr.net');
		for (const f of CMS_FONTS) expect(out).toContain(`/berdaya/admin/fonts/${f.file}`);
		expect(out).toContain('a=`/berdaya/admin/cms-version.json`');
	});

	test('fails the build when the bundle changes under it', () => {
		expect(() => selfHost(FAKE.replace('/package.json', '/pkg.json'), '/admin/')).toThrow(/update check/);
		expect(() => selfHost(FAKE.replace('noto-mono@5.3.0', 'noto-mono-2@5.3.0'), '/admin/')).toThrow(/noto-mono/);
		expect(() => selfHost(`${FAKE}\nurl(https://cdn.jsdelivr.net/fontsource/fonts/other@1/latin.woff2)`, '/admin/')).toThrow(/another font/);
	});

	test('the installed Sveltia CMS bundle is fully rewritten', () => {
		const out = selfHost(readFileSync('node_modules/@sveltia/cms/dist/sveltia-cms.js', 'utf8'), '/admin/');
		expect(out).not.toMatch(/cdn\.jsdelivr\.net\/fontsource/);
		expect(out).not.toMatch(/=`\$\{\w+\}\/package\.json`/);
	});
});

describe('public/_headers', () => {
	const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
	const csp = (path: string) => headersFor(rules, path)['Content-Security-Policy'] ?? '';

	test('/admin/ gets its own policy (GitHub API allowed), not the site-wide one', () => {
		expect(csp('/admin/')).toContain('connect-src');
		expect(csp('/admin/')).toContain('https://api.github.com');
		expect(csp('/admin/')).not.toContain('inline-script-hashes');
		expect(headersFor(rules, '/admin/')['X-Robots-Tag']).toBe('noindex');
	});

	test('every other page keeps the strict policy with no third-party origin', () => {
		for (const path of ['/', '/program/', '/program/x/', '/administrasi/']) {
			expect(csp(path), path).toContain("'inline-script-hashes'");
			expect(csp(path), path).not.toContain('github');
		}
	});
});
