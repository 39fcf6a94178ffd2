import { describe, expect, test } from 'vitest';
import { contentFileOf, overBudgetHint } from '../budget/page-weight.mjs';

const files = new Set(['content/programs/pkh.mdx', 'content/offices/dinsos-pm.yaml', 'content/guides/cek-dtsen.mdx', 'content/docs/index.mdx', 'content/docs/pendahuluan.mdx', 'content/strategies/kolaborasi.mdx']);
const exists = (f: string) => files.has(f);

describe('contentFileOf: the file an editor changes for a built page', () => {
	test.each([
		['program/pkh/index.html', 'content/programs/pkh.mdx'],
		['en/program/pkh/index.html', 'content/programs/pkh.mdx'],
		['kantor/dinsos-pm/index.html', 'content/offices/dinsos-pm.yaml'],
		['panduan/cek-dtsen/index.html', 'content/guides/cek-dtsen.mdx'],
		['strategi/kolaborasi/index.html', 'content/strategies/kolaborasi.mdx'],
		['pendahuluan/index.html', 'content/docs/pendahuluan.mdx'],
		['index.html', 'content/docs/index.mdx'],
		['en/index.html', 'content/docs/index.mdx'],
	])('%s → %s', (page, file) => expect(contentFileOf(page, exists)).toBe(file));

	test('pages built from code only have none', () => {
		for (const page of ['program/index.html', 'program/halaman/2/index.html', 'program/untuk/lansia/index.html', 'kantor/index.html', 'cek-bantuan/index.html']) {
			expect(contentFileOf(page, exists), page).toBeNull();
		}
	});
});

describe('overBudgetHint', () => {
	test('names the file and about how much text to cut, from the page’s own compression', () => {
		// 300 bytes over; the page's HTML compresses 4:1, so about 1,200 characters.
		const hint = overBudgetHint({ page: 'program/pkh/index.html', total: 28 * 1024 + 300, budget: 28 * 1024, html: 14000, htmlRaw: 56000 }, 'content/programs/pkh.mdx');
		expect(hint).toContain('content/programs/pkh.mdx');
		expect(hint).toContain('roughly 1200 characters');
	});

	test('without a content file, points at the code', () => {
		expect(overBudgetHint({ page: 'program/index.html', total: 30000, budget: 28000, html: 12000 }, null)).toMatch(/built from code only/);
	});
});
