import { expect, test } from 'vitest';
import { inlineMarkdown } from '../../src/lib/inline-markdown';

test('links, bold and italic; everything else is escaped text', () => {
	expect(inlineMarkdown('Lihat [Kontan, 25 Juli 2025](https://x.id/a?b=1&c=2) dan *purchasing power parity*, **0%**.')).toBe(
		'Lihat <a href="https://x.id/a?b=1&amp;c=2">Kontan, 25 Juli 2025</a> dan <em>purchasing power parity</em>, <strong>0%</strong>.',
	);
	expect(inlineMarkdown('<script>alert(1)</script> & "kutip"')).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;kutip&quot;');
});

test('URLs with parentheses and internal paths', () => {
	expect(inlineMarkdown('([Detik](https://d.com/a_(b)))')).toBe('(<a href="https://d.com/a_(b)">Detik</a>)');
	expect(inlineMarkdown('[program](/program/x/)')).toBe('<a href="/program/x/">program</a>');
});
