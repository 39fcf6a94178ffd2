import { expect, test } from 'vitest';
import { areaLabel, costLabel, scheduleLabel } from '../../src/lib/program-labels';

test('area in words', () => {
	expect(areaLabel({})).toBe('Seluruh Kota Bontang');
	expect(areaLabel({ kelurahan: ['loktuan', 'api-api'] })).toBe('Kelurahan Loktuan dan Api-Api');
	expect(areaLabel({ kecamatan: ['bontang-barat'] })).toBe('Kecamatan Bontang Barat');
});

test('schedule in words', () => {
	expect(scheduleLabel({ type: 'berkelanjutan', since: '2020-12' })).toBe('Berkelanjutan, sejak Desember 2020');
	expect(scheduleLabel({ type: 'terjadwal', starts: '2024-06-08', ends: '2024-06' })).toBe('Kegiatan 8 Juni 2024 – Juni 2024');
	expect(scheduleLabel({ type: 'terjadwal', ends: '2016' })).toBe('Kegiatan 2016');
	expect(scheduleLabel({ type: 'terjadwal', registrationOpens: '2025-10-13', registrationCloses: '2025-10-31', ends: '2025' })).toBe(
		'Pendaftaran 13 Oktober 2025 – 31 Oktober 2025; Kegiatan 2025',
	);
});

test('cost in words', () => {
	expect(costLabel({ type: 'gratis' })).toBe('Gratis');
	expect(costLabel({ type: 'berbayar', amountIdr: 150000, note: 'per bulan' })).toBe('Rp150.000 per bulan');
	expect(costLabel({ type: 'tidak-diketahui' })).toBe('Tidak disebut dalam sumber');
});

test('card facts are labelled, so "not stated" never stands alone', async () => {
	const { cardMeta } = await import('../../src/lib/program-labels');
	expect(cardMeta({ kind: 'modal-usaha', cost: { type: 'tidak-diketahui' } })).toBe(
		'Jenis: Pendampingan dan modal usaha · Wilayah: Seluruh Kota Bontang · Biaya: tidak disebut sumber',
	);
});

test('site search titles carry the status; finished programs are marked as the archive', async () => {
	const { searchTitle } = await import('../../src/lib/program-labels');
	expect(searchTitle('Pelatihan menjahit', 'selesai')).toBe('Pelatihan menjahit (Selesai, arsip)');
	expect(searchTitle('BPJS gratis', 'berkelanjutan')).toBe('BPJS gratis (Berkelanjutan)');
});
