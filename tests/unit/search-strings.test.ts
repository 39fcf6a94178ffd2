import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { PAGEFIND_EN, PAGEFIND_ID, SEARCH_STRINGS } from '../../src/lib/search-strings';

test('every string Pagefind UI shows has Indonesian words, with the same placeholders', () => {
	expect(Object.keys(PAGEFIND_ID).sort()).toEqual(Object.keys(PAGEFIND_EN).sort());
	for (const [key, en] of Object.entries(PAGEFIND_EN)) {
		const marks = (s: string) => s.match(/\[[A-Z_]+\]/g)?.sort() ?? [];
		expect(marks(PAGEFIND_ID[key]!), key).toEqual(marks(en));
	}
	expect(SEARCH_STRINGS.id).toBe(PAGEFIND_ID);
});

test('the keys are the ones Pagefind UI really uses (its English defaults match ours)', () => {
	const ui = readFileSync(new URL('../../node_modules/@pagefind/default-ui/npm_dist/mjs/ui-core.mjs', import.meta.url), 'utf8');
	for (const [key, en] of Object.entries(PAGEFIND_EN)) expect(ui, key).toContain(`${key}: ${JSON.stringify(en)}`);
});
