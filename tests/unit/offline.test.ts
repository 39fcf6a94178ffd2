import { describe, expect, test } from 'vitest';
import { offlineNotice, urlsToSave } from '../../src/lib/offline';

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
