import { describe, expect, test } from 'vitest';
import { programStatus, latestDate, closingDate } from '../../src/lib/status';
import type { Schedule } from '../../src/schemas/program';

const window: Schedule = {
	type: 'terjadwal',
	registrationOpens: '2025-10-13',
	registrationCloses: '2025-10-31',
	starts: '2025-11-10',
	ends: '2025-12',
};

describe('programStatus', () => {
	test.each([
		['2025-10-01', 'segera'],
		['2025-10-13', 'dibuka'],
		['2025-10-31', 'dibuka'],
		['2025-11-01', 'segera'],
		['2025-11-10', 'berjalan'],
		['2025-12-31', 'berjalan'],
		['2026-01-01', 'selesai'],
	])('registration window on %s → %s', (today, status) => {
		expect(programStatus(window, today)).toBe(status);
	});

	test('a past program known only by its year is finished after that year', () => {
		const s: Schedule = { type: 'terjadwal', ends: '2016' };
		expect(programStatus(s, '2016-12-31')).toBe('berjalan');
		expect(programStatus(s, '2017-01-01')).toBe('selesai');
	});

	test('registration closing date without an opening date means open until it closes', () => {
		const s: Schedule = { type: 'terjadwal', registrationCloses: '2026-12-05', ends: '2027' };
		expect(programStatus(s, '2026-11-29')).toBe('dibuka');
		expect(programStatus(s, '2026-12-06')).toBe('berjalan');
	});

	test('standing and recurring services are ongoing', () => {
		expect(programStatus({ type: 'berkelanjutan' }, '2030-01-01')).toBe('berkelanjutan');
		expect(programStatus({ type: 'berkala', rhythm: 'Mei dan November', months: [5, 11] }, '2030-01-01')).toBe('berkelanjutan');
	});
});

test('latestDate and closingDate', () => {
	expect(latestDate(window)).toBe('2025-12-01');
	expect(latestDate({ type: 'berkelanjutan', since: '2020-12-14' })).toBe('2020-12-14');
	expect(closingDate(window)).toBe('2025-10-31');
	expect(closingDate({ type: 'terjadwal', ends: '2020' })).toBeUndefined();
});
