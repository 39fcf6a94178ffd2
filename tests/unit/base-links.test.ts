import { expect, test } from 'vitest';
import { prefixBaseInHtml } from '../../src/lib/base-links';

test('adds the base to root-relative content links only', () => {
	const html =
		'<a href="/strategi/x/">a</a><a class="c" href="/berdaya/glosarium/">b</a>' +
		'<a href="//cdn.example/x">c</a><a href="https://e.org/">d</a><a href="#top">e</a><a href="/berdaya">f</a>';
	expect(prefixBaseInHtml(html, '/berdaya/')).toBe(
		'<a href="/berdaya/strategi/x/">a</a><a class="c" href="/berdaya/glosarium/">b</a>' +
			'<a href="//cdn.example/x">c</a><a href="https://e.org/">d</a><a href="#top">e</a><a href="/berdaya">f</a>',
	);
});

test('leaves a root deployment untouched', () => {
	expect(prefixBaseInHtml('<a href="/x/">x</a>', '/')).toBe('<a href="/x/">x</a>');
});

test('a content path that merely starts like the base still gets the base', () => {
	expect(prefixBaseInHtml('<a href="/berdayaku/">x</a>', '/berdaya/')).toBe('<a href="/berdaya/berdayaku/">x</a>');
});
