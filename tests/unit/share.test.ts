import { describe, expect, test } from 'vitest';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { ProgramSchema } from '../../src/schemas/program';
import { makeProgram } from '../fixtures/factories';
import { MAX_SHARE_LENGTH, pageShareText, programShareText, whatsappHref } from '../../src/lib/share-text';
import { qrSvg } from '../../src/lib/qr';

const url = 'https://example.go.id/program/contoh/';

describe('share text', () => {
	test('says what, for whom, when, where, status and the link', () => {
		const p = ProgramSchema.parse(makeProgram({ kelurahan: ['loktuan'], schedule: { type: 'terjadwal', starts: '2024-06-08', ends: '2024-06' } }));
		const text = programShareText(p, 'selesai', '2026-11-29', url);
		expect(text.split('\n')).toEqual([
			'*Program contoh*',
			'Ringkasan program contoh yang cukup panjang untuk lolos.',
			'Untuk: Pencari kerja dan pemuda',
			'Kapan: Kegiatan 8 Juni 2024 – Juni 2024',
			'Di mana: Kelurahan Loktuan',
			'Biaya: Gratis',
			'Status: Selesai (per 29 November 2026)',
			`Info lengkap dan cara daftar: ${url}`,
		]);
	});

	test('leaves out facts no source gives', () => {
		const p = ProgramSchema.parse(makeProgram({ cost: { type: 'tidak-diketahui' } }));
		const text = programShareText(p, 'berkelanjutan', '2026-11-29', url);
		expect(text).not.toMatch(/Biaya/);
		expect(text).not.toMatch(/undefined|null|Tempat:/);
	});

	test('stays short, and always keeps the title and the link', () => {
		const p = ProgramSchema.parse(makeProgram({ title: 'Judul yang cukup panjang untuk diuji', summary: 'x'.repeat(160), venue: 'y'.repeat(400) }));
		const text = programShareText(p, 'dibuka', '2026-11-29', url);
		expect(text.length).toBeLessThanOrEqual(MAX_SHARE_LENGTH);
		expect(text.startsWith('*Judul yang cukup panjang untuk diuji*')).toBe(true);
		expect(text.endsWith(url)).toBe(true);
		expect(pageShareText('Judul', 'Ringkasan', url)).toBe(`*Judul*\nRingkasan\n${url}`);
	});

	test('the WhatsApp link carries the whole message, encoded', () => {
		const href = whatsappHref('Halo & selamat\nhttps://x.id/?a=1');
		expect(href.startsWith('https://wa.me/?text=')).toBe(true);
		expect(decodeURIComponent(href.slice('https://wa.me/?text='.length))).toBe('Halo & selamat\nhttps://x.id/?a=1');
	});
});

test('a QR code decodes back to the exact URL', async () => {
	const target = 'https://example.go.id/berdaya/p/k7m2q/';
	const svg = await qrSvg(target);
	const { data, info } = await sharp(Buffer.from(svg)).resize(400, 400, { kernel: 'nearest' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	const decoded = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
	expect(decoded?.data).toBe(target);
});
