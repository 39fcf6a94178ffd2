import { describe, expect, test } from 'vitest';
import { findBrokenLinks } from '../../src/lib/links';

const page = (path: string, links: string[], ids: string[] = []) => ({ path, links, ids: new Set(ids) });

describe('findBrokenLinks', () => {
	const pages = [
		page('/', ['/a/', '/a/#x', 'a/#y', '/missing/', '/favicon.svg', 'https://example.org/', 'mailto:a@b.c', '#top']),
		page('/a/', ['../', '/a/#nope', '/b'], ['x', 'y']),
	];
	const broken = findBrokenLinks(pages, new Set(['/favicon.svg']));

	test('reports missing pages and anchors, resolving relative links', () => {
		expect(broken).toEqual([
			{ page: '/', href: '/missing/', reason: 'no page or file at /missing/' },
			{ page: '/', href: '#top', reason: 'no element with id="top" on /' },
			{ page: '/a/', href: '/a/#nope', reason: 'no element with id="nope" on /a/' },
			{ page: '/a/', href: '/b', reason: 'no page or file at /b' },
		]);
	});

	test('ignores external links, mailto and existing files', () => {
		expect(broken.map((b) => b.href)).not.toContain('https://example.org/');
		expect(broken.map((b) => b.href)).not.toContain('/favicon.svg');
	});
});
