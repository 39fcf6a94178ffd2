/**
 * Drops CSS rules that can never match on this site: a selector that requires a class no built page
 * or script ever contains. Starlight ships styles for components this site does not use (asides,
 * badges, heading anchors, the hero), and every visitor downloads them on the first page.
 *
 * Conservative on purpose: only classes written directly in a compound selector count
 * (`.starlight-aside__icon`, `a.sl-badge:hover`); a class inside `:not()`, `:is()`, `:where()` or
 * `:has()` never makes a selector dead, since those can match without it. Whether a class is used is
 * decided by the caller (build: the class name appears anywhere in the built HTML or JavaScript).
 */
import postcss from 'postcss';

/** Class names a selector requires, outside any parentheses (see above). */
export function requiredClasses(selector: string): string[] {
	let depth = 0;
	let top = '';
	for (const ch of selector) {
		if (ch === '(') depth++;
		else if (ch === ')') depth--;
		else if (depth === 0) top += ch;
	}
	// Strip attribute selectors and strings first: `[href$=".pdf"]` is not a class.
	top = top.replace(/\[[^\]]*\]/g, '').replace(/(["']).*?\1/g, '');
	return [...top.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!);
}

export interface PurgeResult {
	css: string;
	/** Selectors removed, for the build log and tests. */
	removed: string[];
}

/**
 * Removes every selector that requires an unused class, rules left without selectors, and at-rule
 * blocks (`@media`, `@layer`) left empty. Everything else is kept byte for byte in meaning.
 */
export function purgeUnusedClasses(css: string, isUsed: (className: string) => boolean): PurgeResult {
	const root = postcss.parse(css);
	const removed: string[] = [];
	root.walkRules((rule) => {
		// Keyframe steps ("from", "50%") are not selectors.
		if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as postcss.AtRule).name)) return;
		const keep = rule.selectors.filter((s) => {
			const dead = requiredClasses(s).some((c) => !isUsed(c));
			if (dead) removed.push(s);
			return !dead;
		});
		if (keep.length === 0) rule.remove();
		else if (keep.length !== rule.selectors.length) rule.selectors = keep;
	});
	// Blocks emptied by the above, innermost first. `@layer a;` statements (no block) stay: they
	// fix the layer order.
	let changed = true;
	while (changed) {
		changed = false;
		root.walkAtRules((at) => {
			if (at.nodes && at.nodes.length === 0) {
				at.remove();
				changed = true;
			}
		});
	}
	return { css: root.toString(), removed };
}
