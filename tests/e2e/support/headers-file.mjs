// @ts-check
/**
 * Reads a Netlify/Cloudflare Pages `_headers` file so the test server sends exactly the headers the
 * real host will send. Format: a path pattern on its own line, then indented "Name: value" lines.
 * @see https://docs.netlify.com/routing/headers/
 */

/**
 * @param {string} text
 * @returns {{ pattern: string, headers: [string, string][] }[]}
 */
export function parseHeadersFile(text) {
	/** @type {{ pattern: string, headers: [string, string][] }[]} */
	const rules = [];
	for (const raw of text.split(/\r?\n/)) {
		if (!raw.trim() || raw.trim().startsWith('#')) continue;
		if (!/^\s/.test(raw)) {
			rules.push({ pattern: raw.trim(), headers: [] });
			continue;
		}
		const rule = rules.at(-1);
		const i = raw.indexOf(':');
		if (!rule || i < 0) throw new Error(`_headers: cannot read line "${raw.trim()}"`);
		rule.headers.push([raw.slice(0, i).trim(), raw.slice(i + 1).trim()]);
	}
	return rules;
}

/**
 * Headers for one request path: every rule whose pattern matches, in file order.
 * @param {{ pattern: string, headers: [string, string][] }[]} rules
 * @param {string} path
 */
export function headersFor(rules, path) {
	/** @type {Record<string, string>} */
	const out = {};
	for (const rule of rules) {
		const re = new RegExp(`^${rule.pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
		if (re.test(path)) for (const [k, v] of rule.headers) out[k] = v;
	}
	return out;
}
