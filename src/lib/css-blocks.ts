/**
 * Removes the top-level CSS block that starts at `opening` (e.g. "@layer starlight.core {") and
 * contains `marker`, matching braces so nested rules stay intact. Returns null when no such block
 * exists, so callers can fail loudly instead of shipping something unexpected.
 */
export function removeBlock(css: string, opening: string, marker: string): string | null {
	let from = 0;
	while (true) {
		const start = css.indexOf(opening, from);
		if (start < 0) return null;
		let depth = 0;
		let end = -1;
		for (let i = start + opening.length - 1; i < css.length; i++) {
			if (css[i] === '{') depth++;
			else if (css[i] === '}' && --depth === 0) {
				end = i + 1;
				break;
			}
		}
		if (end < 0) return null;
		if (css.slice(start, end).includes(marker)) return css.slice(0, start) + css.slice(end);
		from = end;
	}
}
