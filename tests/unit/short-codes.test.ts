import { expect, test } from 'vitest';
import { ALPHABET, CODE_LENGTH, extendLedger, shortCodeFor } from '../../src/lib/short-codes';

test('codes are short, unambiguous and stable', () => {
	const code = shortCodeFor('pelatihan-menjahit-tas-lpk-rita-2024');
	expect(code).toHaveLength(CODE_LENGTH);
	expect([...code].every((c) => ALPHABET.includes(c))).toBe(true);
	expect(ALPHABET).not.toMatch(/[01ilo]/);
	expect(shortCodeFor('pelatihan-menjahit-tas-lpk-rita-2024')).toBe(code);
	expect(shortCodeFor('pelatihan-menjahit-tas-lpk-rita-2024', 1)).not.toBe(code);
});

test('extending the ledger keeps existing codes and never reuses a taken one', () => {
	const first = extendLedger({}, ['b', 'a']);
	expect(Object.values(first.ledger).sort()).toEqual(['a', 'b']);
	// "a" was removed from the site, "c" was added: "a" keeps its code, "c" gets a new one.
	const second = extendLedger(first.ledger, ['b', 'c']);
	expect(second.ledger).toMatchObject(first.ledger);
	expect(Object.keys(second.added)).toHaveLength(1);
	// A taken code (forced collision) makes the next attempt.
	const taken = { [shortCodeFor('d')]: 'someone-else' };
	const third = extendLedger(taken, ['d']);
	expect(third.added).toEqual({ [shortCodeFor('d', 1)]: 'd' });
});
