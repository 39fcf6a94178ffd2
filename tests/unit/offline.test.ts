import { describe, expect, test } from 'vitest';
import { offlineNotice, urlsToSave, withOfflineNotice } from '../../src/lib/offline';

describe('offlineNotice', () => {
	test('names the day the page was saved, in Bontang time (WITA)', () => {
		expect(offlineNotice('2026-11-30T10:00:00.000Z')).toBe(
			'Anda sedang offline. Halaman ini disimpan pada 30 November 2026; info bisa sudah berubah.',
		);
		// 20:00 UTC is already 1 December in Bontang.
		expect(offlineNotice('2026-11-30T20:00:00.000Z')).toContain('disimpan pada 1 Desember 2026;');
	});
	test.each([null, '', 'not a date'])('without a usable date (%s) it still warns', (v) => {
		expect(offlineNotice(v)).toBe('Anda sedang offline. Halaman ini disimpan sebelumnya; info bisa sudah berubah.');
	});
});

test('urlsToSave keeps the page without query or fragment and only our built assets', () => {
	const out = urlsToSave(
		'https://x.id/berdaya/program/a/?utm=1#cara',
		['/berdaya/_astro/a.css', 'https://x.id/berdaya/_astro/b.js?v=2', 'https://other.example/_astro/c.js', '/berdaya/og/a.jpg', '/berdaya/_astro/a.css'],
		'/berdaya/',
	);
	expect(out).toEqual({ page: 'https://x.id/berdaya/program/a/', assets: ['https://x.id/berdaya/_astro/a.css', 'https://x.id/berdaya/_astro/b.js'] });
});

describe('withOfflineNotice', () => {
	const saved = '2026-11-30T10:00:00.000Z';
	const notice = '<p class="offline-notice" role="status">Anda sedang offline. Halaman ini disimpan pada 30 November 2026; info bisa sudah berubah.</p>';
	test('puts the notice first in Starlight\'s content container', () => {
		const html = '<body><main data-x><div class="content-panel"><div class="sl-container astro-1"><h1>Judul</h1></div></div></main></body>';
		expect(withOfflineNotice(html, saved)).toBe(
			`<body><main data-x><div class="content-panel"><div class="sl-container astro-1">${notice}<h1>Judul</h1></div></div></main></body>`,
		);
	});
	test('without that container, right after <main>; without <main>, unchanged', () => {
		expect(withOfflineNotice('<main><h1>A</h1></main>', saved)).toBe(`<main>${notice}<h1>A</h1></main>`);
		expect(withOfflineNotice('<p>no main</p>', saved)).toBe('<p>no main</p>');
	});
	test('ignores a container outside <main>', () => {
		expect(withOfflineNotice('<div class="sl-container">menu</div><main><h1>A</h1></main>', saved)).toBe(
			`<div class="sl-container">menu</div><main>${notice}<h1>A</h1></main>`,
		);
	});
});
