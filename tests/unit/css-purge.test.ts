import { expect, test } from 'vitest';
import { purgeUnusedClasses, requiredClasses } from '../../src/lib/css-purge';

test('only classes outside parentheses and attribute values are required', () => {
	expect(requiredClasses('.a .b:hover > p.c')).toEqual(['a', 'b', 'c']);
	expect(requiredClasses('html:not(.x) .y')).toEqual(['y']);
	expect(requiredClasses(':where(.astro-1) .z:is(.q, h1)')).toEqual(['z']);
	expect(requiredClasses('a[href$=".pdf"]')).toEqual([]);
});

const used = new Set(['keep', 'also']);
const isUsed = (c: string) => used.has(c);

test('drops selectors that need an unused class and keeps the rest of the rule', () => {
	const { css, removed } = purgeUnusedClasses('.keep, .gone { color: red } .gone p { margin: 0 }', isUsed);
	expect(css).not.toContain('.gone');
	expect(css).toContain('.keep');
	expect(css).toContain('color: red');
	expect(removed).toEqual(['.gone', '.gone p']);
});

test('a class inside :not(), :is() or :where() never removes a selector', () => {
	const input = 'html:not(.gone) { a: b } :is(.gone, h1) { c: d } .keep:where(.gone) { e: f }';
	expect(purgeUnusedClasses(input, isUsed).removed).toEqual([]);
});

test('empties nested at-rules but keeps layer order statements and keyframes', () => {
	const input = '@layer x, y; @layer x { @media (min-width: 1px) { .gone { a: b } } .also { c: d } } @keyframes k { from { o: 0 } to { o: 1 } }';
	const { css } = purgeUnusedClasses(input, isUsed);
	expect(css).toContain('@layer x, y;');
	expect(css).not.toContain('@media');
	expect(css).toContain('.also');
	expect(css).toContain('@keyframes k');
	expect(css).toContain('from');
});

test('a stylesheet with nothing unused is returned unchanged', () => {
	const input = '.keep{a:b}@media print{.also{c:d}}';
	expect(purgeUnusedClasses(input, isUsed)).toEqual({ css: input, removed: [] });
});
