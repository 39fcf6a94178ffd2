import { describe, expect, test } from 'vitest';
import { collectHashes, fillHeaders, inlineScripts, scriptHash } from '../../src/lib/csp';

describe('inline script hashes', () => {
	const html = `<script>a()</script><script type="module" src="/x.js"></script>
<script type="application/ld+json">{"a":1}</script><script type="module">b()</script><script>a()</script>`;

	test('finds inline scripts only, not external ones or JSON data', () => {
		expect(inlineScripts(html)).toEqual(['a()', 'b()', 'a()']);
	});

	test('hashes like the browser does (known vector)', () => {
		// echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
		expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
	});

	test('collects unique hashes across pages', () => {
		expect(collectHashes([html, html])).toHaveLength(2);
	});

	test('fills the placeholder and refuses a template without one', () => {
		expect(fillHeaders("script-src 'self' 'inline-script-hashes'", ["'sha256-x'"])).toBe("script-src 'self' 'sha256-x'");
		expect(() => fillHeaders("script-src 'self'", [])).toThrow(/inline-script-hashes/);
	});
});
