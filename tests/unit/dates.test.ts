import { describe, expect, test } from 'vitest';
import { comparePartialDates, endOf, formatPartialDate, startOf, todayInBontang } from '../../src/lib/dates';

describe('partial dates', () => {
	test.each([
		['2025', '2025-01-01', '2025-12-31'],
		['2024-02', '2024-02-01', '2024-02-29'],
		['2025-02', '2025-02-01', '2025-02-28'],
		['2025-10-13', '2025-10-13', '2025-10-13'],
	])('%s covers %s to %s', (d, start, end) => {
		expect(startOf(d)).toBe(start);
		expect(endOf(d)).toBe(end);
	});

	test('comparison treats a year as containing its days', () => {
		expect(comparePartialDates('2024', '2024-06-08')).toBe(0);
		expect(comparePartialDates('2024-05', '2024-06-08')).toBe(-1);
		expect(comparePartialDates('2025', '2024-12-31')).toBe(1);
	});

	test('formats in Indonesian', () => {
		expect(formatPartialDate('2025')).toBe('2025');
		expect(formatPartialDate('2025-10')).toBe('Oktober 2025');
		expect(formatPartialDate('2025-10-03')).toBe('3 Oktober 2025');
	});

	test("today is Bontang's date (UTC+8), not the server's", () => {
		expect(todayInBontang(new Date('2026-11-29T15:59:00Z'))).toBe('2026-11-29');
		expect(todayInBontang(new Date('2026-11-29T16:00:00Z'))).toBe('2026-11-30');
	});
});
