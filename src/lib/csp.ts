/**
 * Content Security Policy from the built HTML. Starlight and Astro emit a few small inline scripts (the
 * theme switch that must run before first paint, the search shortcut). Rather than allow every inline
 * script with 'unsafe-inline', the build hashes each one it finds and allows exactly those.
 */
import { createHash } from 'node:crypto';

/** The placeholder in public/_headers that the build replaces with the hashes. */
export const HASHES_PLACEHOLDER = "'inline-script-hashes'";

/** Text of every inline <script> (no src) in an HTML document, exactly as the browser will hash it. */
export function inlineScripts(html: string): string[] {
	const out: string[] = [];
	const re = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
	for (const m of html.matchAll(re)) {
		const attrs = m[1] ?? '';
		if (/\bsrc\s*=/.test(attrs)) continue;
		// JSON data blocks are not executed, so CSP does not apply to them.
		if (/type\s*=\s*["']?application\/(ld\+)?json/i.test(attrs)) continue;
		out.push(m[2] ?? '');
	}
	return out;
}

/** CSP source expression for a script's text: 'sha256-<base64>'. */
export function scriptHash(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Sorted, unique hashes of all inline scripts in the given documents. */
export function collectHashes(htmls: Iterable<string>): string[] {
	const set = new Set<string>();
	for (const html of htmls) for (const s of inlineScripts(html)) set.add(scriptHash(s));
	return [...set].sort();
}

/** Fills the placeholder in a _headers file. Fails loudly if the placeholder is missing. */
export function fillHeaders(template: string, hashes: string[]): string {
	if (!template.includes(HASHES_PLACEHOLDER)) {
		throw new Error(`public/_headers must contain ${HASHES_PLACEHOLDER} in its script-src, where the build puts the inline script hashes`);
	}
	return template.replaceAll(HASHES_PLACEHOLDER, hashes.join(' '));
}
