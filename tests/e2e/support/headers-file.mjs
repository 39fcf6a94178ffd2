// @ts-check
/**
 * Reads a Netlify/Cloudflare Pages `_headers` file so the test server sends exactly the headers the
 * real host will send. Format: a path pattern on its own line, then indented "Name: value" lines.
 * @see https://docs.netlify.com/routing/headers/
 */

/**
 * A line "! Name" (Cloudflare Pages) detaches a header set by an earlier, broader rule; it is kept as
 * the pair [Name, null].
 * @param {string} text
 * @returns {{ pattern: string, headers: [string, string | null][] }[]}
 */
export function parseHeadersFile(text) {
	/** @type {{ pattern: string, headers: [string, string | null][] }[]} */
	const rules = [];
	for (const raw of text.split(/\r?\n/)) {
		if (!raw.trim() || raw.trim().startsWith('#')) continue;
		if (!/^\s/.test(raw)) {
			rules.push({ pattern: raw.trim(), headers: [] });
			continue;
		}
		const rule = rules.at(-1);
		const detach = raw.trim().match(/^!\s*(\S+)$/);
		if (rule && detach?.[1]) {
			rule.headers.push([detach[1], null]);
			continue;
		}
		const i = raw.indexOf(':');
		if (!rule || i < 0) throw new Error(`_headers: cannot read line "${raw.trim()}"`);
		rule.headers.push([raw.slice(0, i).trim(), raw.slice(i + 1).trim()]);
	}
	return rules;
}

/**
 * Headers for one request path: every rule whose pattern matches, in file order; a detach removes
 * what an earlier rule set.
 * @param {{ pattern: string, headers: [string, string | null][] }[]} rules
 * @param {string} path
 */
export function headersFor(rules, path) {
	/** @type {Record<string, string>} */
	const out = {};
	for (const rule of rules) {
		const re = new RegExp(`^${rule.pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
		if (!re.test(path)) continue;
		for (const [k, v] of rule.headers) {
			if (v === null) delete out[k];
			else out[k] = v;
		}
	}
	return out;
}
