import { describe, expect, test } from 'vitest';
import path from 'node:path';
import { groupByTemplate, routePatterns, samplePages, templateOf } from '../e2e/support/templates.mjs';

const PATTERNS = [
	'data',
	'en/data',
	'en/program',
	'en/strategi/[slug]',
	'p/[code]',
	'program',
	'program/[slug]',
	'program/[slug]/cetak',
	'program/halaman/[page]',
	'program/untuk/[group]',
	'strategi/[slug]',
	'og/[...path]',
];

describe('templateOf', () => {
	test.each([
		['/program/beasiswa-ukt/', 'program/[slug]'],
		['/program/kube-mekar-sari/', 'program/[slug]'],
		['/program/beasiswa-ukt/cetak/', 'program/[slug]/cetak'],
		['/program/halaman/2/', 'program/halaman/[page]'],
		// A static segment wins over a parameter, as in Astro's route order.
		['/program/untuk/lansia/', 'program/untuk/[group]'],
		['/program/', 'program'],
		['/data/', 'data'],
		['/en/strategi/kesehatan/', 'strategi/[slug]'],
		// English pages (the Indonesian component with a notice) share the Indonesian template.
		['/en/program/', 'program'],
		['/en/data/', 'data'],
		['/p/ab12/', 'p/[code]'],
		['/og/program/x.jpg/', 'og/[...path]'],
	])('%s is rendered by %s', (page, template) => {
		expect(templateOf(page, PATTERNS)).toBe(template);
	});

	test.each([
		// Starlight content pages: no route file, each page its own template.
		['/', '/'],
		['/pendahuluan/', '/pendahuluan/'],
		['/en/glosarium/', '/glosarium/'],
		['/en/', '/'],
		['/404.html', '/404.html'],
		// Unknown pages in a folder share the folder's template (one collection, one layout).
		['/panduan/daftar-bpjs/', 'panduan/*'],
		['/en/panduan/daftar-bpjs/', 'panduan/*'],
		['/kantor/dinsos/jadwal/', 'kantor/dinsos/*'],
	])('%s (no route file) is template %s', (page, template) => {
		expect(templateOf(page, PATTERNS)).toBe(template);
	});
});

test('groupByTemplate picks the largest page of each template and keeps every page', () => {
	const pages = ['/', '/program/', '/program/a/', '/program/a/cetak/', '/program/b/', '/program/b/cetak/', '/program/c/'];
	const size: Record<string, number> = { '/program/b/': 9, '/program/c/': 9 };
	const { representative, templates } = groupByTemplate(pages, PATTERNS, (p) => size[p] ?? 1);
	expect([...representative].sort()).toEqual(['/', '/program/', '/program/a/cetak/', '/program/b/']);
	expect([...templates.values()].flat().sort()).toEqual([...pages].sort());
	expect(templates.get('program/[slug]')).toEqual(['/program/a/', '/program/b/', '/program/c/']);
});

test('routePatterns reads the real route files (pages only, not endpoints)', () => {
	const patterns = routePatterns(path.resolve(import.meta.dirname, '../../src/pages'));
	expect(patterns).toContain('program/[slug]');
	expect(patterns).toContain('program/[slug]/cetak');
	expect(patterns).toContain('program');
	expect(patterns.some((p) => p.includes('rss'))).toBe(false);
});

test('samplePages keeps small templates whole and spreads a fixed number over large ones, with the representative', () => {
	const programs = Array.from({ length: 20 }, (_, i) => `/program/p${String(i).padStart(2, '0')}/`);
	const templates = new Map([['/', ['/']], ['program/[slug]', programs]]);
	const representative = new Set(['/', '/program/p13/']);
	const picked = samplePages(templates, representative, 6);
	expect(picked).toContain('/');
	expect(picked).toContain('/program/p13/');
	expect(picked.filter((p) => p.startsWith('/program/'))).toHaveLength(6);
	expect(picked).toContain('/program/p00/');
	expect(new Set(picked).size).toBe(picked.length);
	expect(samplePages(templates, representative, 6)).toEqual(picked);
	expect(samplePages(templates, representative, Infinity)).toHaveLength(21);
});
