import { expect, test } from 'vitest';
import sharp from 'sharp';
import { renderOgJpeg } from '../../src/lib/og-render';
import { clip, OG_HEIGHT, OG_WIDTH } from '../../src/lib/og-image';

test('a program preview is a 1200×630 JPEG well under WhatsApp’s 300 KB limit', async () => {
	const jpg = await renderOgJpeg(
		{ kicker: 'Program', title: 'Pelatihan menjahit tas di LPK RITA (2024)', subtitle: 'Untuk: Ibu rumah tangga dan perempuan, Pencari kerja dan pemuda', badge: 'Status: Selesai' },
		'Bontang Berdaya',
	);
	const meta = await sharp(jpg).metadata();
	expect(meta.format).toBe('jpeg');
	expect([meta.width, meta.height]).toEqual([OG_WIDTH, OG_HEIGHT]);
	expect(jpg.length).toBeLessThan(300 * 1024);
	if (process.env.OG_PREVIEW) await sharp(jpg).png().toFile(process.env.OG_PREVIEW);
});

test('long text is clipped at a word boundary', () => {
	expect(clip('satu dua tiga empat', 12)).toBe('satu dua…');
	expect(clip('pendek', 12)).toBe('pendek');
});
