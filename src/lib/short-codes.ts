/**
 * Short, human-readable codes for program links printed on flyers: /p/<code>/ redirects to
 * /program/<slug>/. A code is derived from the slug (which never changes), and every published code
 * is recorded in content/short-links.json, an append-only ledger: a code is never changed or given
 * to another program, even after a program is removed (tests/content guards this).
 */
import { createHash } from 'node:crypto';

/** Letters and digits that cannot be mistaken for each other when typed from paper (no 0/o, 1/l/i). */
export const ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
export const CODE_LENGTH = 5;

/** The code for a slug, e.g. "k7m2q". `attempt` > 0 only when an earlier code was already taken. */
export function shortCodeFor(slug: string, attempt = 0): string {
	const digest = createHash('sha256').update(attempt ? `${slug}#${attempt}` : slug).digest();
	let code = '';
	for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[digest[i]! % ALPHABET.length];
	return code;
}

export type Ledger = Record<string, string>;

/**
 * Adds codes for slugs that do not have one yet, keeping every existing entry. Returns the new ledger
 * and the codes added. A derived code already given to another slug is skipped for the next attempt.
 */
export function extendLedger(ledger: Ledger, slugs: string[]): { ledger: Ledger; added: Record<string, string> } {
	const out: Ledger = { ...ledger };
	const has = new Set(Object.values(out));
	const added: Record<string, string> = {};
	for (const slug of [...slugs].sort()) {
		if (has.has(slug)) continue;
		let attempt = 0;
		let code = shortCodeFor(slug);
		while (out[code] !== undefined) code = shortCodeFor(slug, ++attempt);
		out[code] = slug;
		added[code] = slug;
		has.add(slug);
	}
	return { ledger: Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b))), added };
}

/** The code of each slug in a ledger. */
export function codesBySlug(ledger: Ledger): Map<string, string> {
	return new Map(Object.entries(ledger).map(([code, slug]) => [slug, code]));
}
