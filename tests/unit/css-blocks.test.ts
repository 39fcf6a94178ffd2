import { expect, test } from 'vitest';
import { removeBlock } from '../../src/lib/css-blocks';

const css = '@layer a { .x { color: red } } @layer a { .pagefind-ui__y { a: b } @media (x) { .z { c: d } } } @layer a { #s { e: f } }';

test('removes only the block holding the marker, nested braces included', () => {
	expect(removeBlock(css, '@layer a {', '.pagefind-ui')).toBe('@layer a { .x { color: red } }  @layer a { #s { e: f } }');
});

test('returns null when nothing matches', () => {
	expect(removeBlock(css, '@layer a {', '.nothing')).toBeNull();
	expect(removeBlock('@layer a { .pagefind-ui {', '@layer a {', '.pagefind-ui')).toBeNull();
});
