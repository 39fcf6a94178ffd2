import { expect, test } from 'vitest';
import { fixSearchButton } from '../../src/lib/search-button';

const stock = `<site-search><button data-open-modal disabled aria-label="Pencarian" aria-keyshortcuts="Control+K"><svg></svg><span class="sl-hidden md:sl-block" aria-hidden="true">Pencarian</span><kbd class="sl-hidden md:sl-flex" style="display: none;"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button><dialog aria-label="Pencarian"></dialog></site-search>`;

test('the button is named by its visible word, keycaps hidden, dialog label kept', () => {
	const fixed = fixSearchButton(stock);
	expect(fixed).toContain('<button data-open-modal disabled aria-keyshortcuts="Control+K">');
	expect(fixed).toContain('<span class="bb-search-label">Pencarian</span>');
	expect(fixed).toContain('<kbd aria-hidden="true" class="sl-hidden md:sl-flex"');
	expect(fixed).toContain('<dialog aria-label="Pencarian">');
});

test('keeps scoping classes Astro adds', () => {
	const scoped = stock.replace('class="sl-hidden md:sl-block"', 'class="sl-hidden md:sl-block astro-b5"');
	expect(fixSearchButton(scoped)).toContain('<span class="bb-search-label astro-b5">');
});

test('works with the attributes Astro adds in dev', () => {
	const dev = stock.replace('aria-hidden="true">Pencarian', 'aria-hidden="true" data-astro-source-file="x" data-astro-source-loc="26:58">Pencarian');
	expect(fixSearchButton(dev)).toContain('<span class="bb-search-label" data-astro-source-file="x" data-astro-source-loc="26:58">Pencarian</span>');
});

test('fails loudly when Starlight changes the markup', () => {
	expect(() => fixSearchButton('<button>Cari</button>')).toThrow(/markup changed/);
});
