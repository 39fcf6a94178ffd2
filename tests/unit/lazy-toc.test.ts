import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { TOC_ON_SCROLL, TOC_START, patchTocStart } from '../../src/integrations/lazy-toc.mjs';

describe('lazy-toc: the table of contents starts on the first scroll', () => {
	test("Starlight's installed TOC has the idle start exactly once, and the patch replaces it", () => {
		const file = path.resolve(import.meta.dirname, '../../node_modules/@astrojs/starlight/dist/components-internals/TableOfContents/starlight-toc.js');
		const code = readFileSync(file, 'utf8');
		const out = patchTocStart(code);
		expect(out).not.toBeNull();
		// The only idle start left is the one inside our block, behind the scroll or #section condition.
		expect(out).toContain(TOC_ON_SCROLL);
		expect(out!.split(TOC_START)).toHaveLength(2);
		expect(TOC_ON_SCROLL).toContain("addEventListener('scroll', start, { once: true, passive: true })");
	});
	test('code without the line, or with it twice, is refused (the build then fails with a message)', () => {
		expect(patchTocStart('constructor() { super(); }')).toBeNull();
		expect(patchTocStart(`${TOC_START}\n${TOC_START}`)).toBeNull();
	});
});
