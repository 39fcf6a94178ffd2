import { describe, expect, test } from 'vitest';
import { programStatus, latestDate, closingDate, scheduleRange, STATUSES, STATUS_IDS, STATUS_GROUP_IDS, statusGroup, isAvailableNow } from '../../src/lib/status';
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

describe('periods that are a school or budget year end when that year ends', () => {
	test.each([
		['2025-06-30', 'segera'],
		['2025-07-01', 'berjalan'],
		['2026-06-30', 'berjalan'],
		// The CKG-for-pupils error: a 2025/2026 school-year program must not look current in November 2026.
		['2026-07-01', 'selesai'],
		['2026-11-30', 'selesai'],
	])('school year 2025/2026 on %s → %s', (today, status) => {
		expect(programStatus({ type: 'tahun-ajaran', year: '2025/2026' }, today)).toBe(status);
	});
	test.each([
		['2025-12-31', 'segera'],
		['2026-01-01', 'berjalan'],
		['2026-12-31', 'berjalan'],
		['2027-01-01', 'selesai'],
	])('budget year 2026 on %s → %s', (today, status) => {
		expect(programStatus({ type: 'tahun-anggaran', year: 2026 }, today)).toBe(status);
	});
	test('their range and sort date', () => {
		expect(scheduleRange({ type: 'tahun-ajaran', year: '2025/2026' })).toEqual({ from: '2025-07-01', to: '2026-06-30' });
		expect(latestDate({ type: 'tahun-anggaran', year: 2026 })).toBe('2026-01-01');
	});
});

describe('what the sources cannot settle is never guessed as finished', () => {
	test('a plan is planned until its target date passes, then unclear', () => {
		const plan: Schedule = { type: 'direncanakan', expected: '2026-07', lastKnown: '2025-11' };
		expect(programStatus(plan, '2026-07-31')).toBe('direncanakan');
		expect(programStatus(plan, '2026-08-01')).toBe('belum-pasti');
		expect(programStatus({ type: 'direncanakan', lastKnown: '2025-11' }, '2030-01-01')).toBe('direncanakan');
	});
	test('a service last reported years ago is unclear, whatever the date', () => {
		expect(programStatus({ type: 'belum-pasti', lastKnown: '2025' }, '2026-11-30')).toBe('belum-pasti');
		expect(latestDate({ type: 'belum-pasti', lastKnown: '2025' })).toBe('2025-01-01');
	});
});

describe('status groups', () => {
	test('every status belongs to a group, and ranks follow the groups', () => {
		const ranked = [...STATUS_IDS].sort((a, b) => STATUSES[a].rank - STATUSES[b].rank);
		const groups = ranked.map(statusGroup);
		expect(groups).toEqual([...groups].sort((a, b) => STATUS_GROUP_IDS.indexOf(a) - STATUS_GROUP_IDS.indexOf(b)));
		expect(STATUS_IDS.filter(isAvailableNow).sort()).toEqual(['berjalan', 'berkelanjutan', 'dibuka']);
		expect(statusGroup('selesai')).toBe('arsip');
		expect(statusGroup('belum-pasti')).toBe('tanyakan');
	});
});
