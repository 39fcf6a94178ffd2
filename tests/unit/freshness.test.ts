/** Freshness rules: stale entries, registrations closing soon, status changes, and the page notice. */
import { describe, expect, test } from 'vitest';
import { addDays, daysBetween, formatReport, freshnessNotice, freshnessReport, isStale, summaryLine } from '../../src/lib/freshness';
import { toFinderItem } from '../../src/lib/finder-index';
import { FRESHNESS_DAYS } from '../../src/config/site.mjs';
import { makeProgram } from '../fixtures/factories';
import { ProgramSchema } from '../../src/schemas/program';

describe('days', () => {
	test('daysBetween counts whole days across months and leap years', () => {
		expect(daysBetween('2026-11-30', '2026-12-01')).toBe(1);
		expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
		expect(daysBetween('2026-12-01', '2026-11-30')).toBe(-1);
		expect(addDays('2026-11-30', 200)).toBe('2027-06-18');
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
	});
});

describe('the page-level decision: notice or not', () => {
	const checked = '2026-11-29';
	test('today (BUILD_DATE = the day of checking): no notice', () => {
		expect(freshnessNotice(checked, '2026-11-30', FRESHNESS_DAYS, 'Dinsos-PM')).toBeNull();
	});
	test('200 days later: the notice names the date and the office', () => {
		expect(freshnessNotice(checked, addDays('2026-11-30', 200), FRESHNESS_DAYS, 'Dinsos-PM')).toBe(
			'Info ini terakhir dicek 29 November 2026; pastikan ke Dinsos-PM sebelum bertindak.',
		);
	});
	test('the threshold is "more than" the configured days', () => {
		expect(isStale('2026-01-01', addDays('2026-01-01', 180), 180)).toBe(false);
		expect(isStale('2026-01-01', addDays('2026-01-01', 181), 180)).toBe(true);
	});
	test('the finder item carries the flag only when stale', () => {
		const p = { ...ProgramSchema.parse(makeProgram({ lastChecked: checked })), strategy: 'x' };
		expect(toFinderItem('a', p, '2026-11-30', FRESHNESS_DAYS).stale).toBeUndefined();
		expect(toFinderItem('a', p, addDays('2026-11-30', 200), FRESHNESS_DAYS).stale).toBe(true);
		expect(toFinderItem('a', p, addDays('2026-11-30', 200)).stale).toBeUndefined();
	});
});

describe('freshnessReport', () => {
	const entries = [
		{ kind: 'program', id: 'lama', title: 'Lama', lastChecked: '2026-01-01' },
		{ kind: 'kantor', id: 'baru', title: 'Baru', lastChecked: '2026-11-01' },
		{ kind: 'program', id: 'lebih-lama', title: 'Lebih lama', lastChecked: '2025-01-01' },
	];
	const programs = [
		{ id: 'tutup-besok', title: 'A', closes: '2026-12-01', statusBefore: 'dibuka', statusNow: 'dibuka' },
		{ id: 'tutup-14', title: 'B', closes: '2026-12-14', statusBefore: 'segera', statusNow: 'dibuka' },
		{ id: 'tutup-15', title: 'C', closes: '2026-12-15', statusBefore: 'dibuka', statusNow: 'dibuka' },
		{ id: 'sudah-tutup', title: 'D', closes: '2026-11-29', statusBefore: 'dibuka', statusNow: 'berjalan' },
		{ id: 'tanpa-tanggal', title: 'E', statusBefore: 'berkelanjutan', statusNow: 'berkelanjutan' },
	];
	const r = freshnessReport(entries, programs, { today: '2026-11-30', since: '2026-11-29', maxDays: 180, closingWithinDays: 14 });

	test('stale entries, oldest first', () => {
		expect(r.stale.map((e) => [e.id, e.days])).toEqual([['lebih-lama', 698], ['lama', 333]]);
	});
	test('registrations closing within 14 days, soonest first; past and undated ones left out', () => {
		expect(r.closingSoon.map((p) => [p.id, p.daysLeft])).toEqual([['tutup-besok', 1], ['tutup-14', 14]]);
	});
	test('programs whose status changed since the day compared against', () => {
		expect(r.changed.map((p) => p.id)).toEqual(['tutup-14', 'sudah-tutup']);
	});
	test('one summary line, and a full report naming every entry', () => {
		const line = summaryLine(r);
		expect(line.split('\n')).toHaveLength(1);
		expect(line).toMatch(/2 entri belum dicek lebih dari 180 hari, 2 program tutup pendaftaran dalam 14 hari, 2 program berubah status sejak 2026-11-29/);
		const text = formatReport(r);
		expect(text).toContain('program/lebih-lama: terakhir dicek 2025-01-01 (698 hari)');
		expect(text).toContain('program/tutup-14: segera → dibuka');
	});
});
