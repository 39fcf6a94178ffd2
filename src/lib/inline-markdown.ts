/**
 * The small Markdown subset glossary texts use, rendered to HTML: links `[text](url)`, `**bold**`
 * and `*italic*`. Everything else is text and is escaped. Pure, so it is unit-tested.
 */
/** Text for HTML (or SVG) text and attribute values: & < > " escaped. */
export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function emphasis(s: string): string {
	return s.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>').replace(/\*([^*]+)\*/g, '<em>$1</em>');
}

export function inlineMarkdown(source: string): string {
	let html = '';
	let last = 0;
	// Link text may contain brackets-free text and emphasis; URLs may contain balanced parentheses.
	const link = /\[([^\]]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/g;
	for (const m of source.matchAll(link)) {
		html += emphasis(escapeHtml(source.slice(last, m.index)));
		html += `<a href="${escapeHtml(m[2]!)}">${emphasis(escapeHtml(m[1]!))}</a>`;
		last = m.index! + m[0].length;
	}
	return html + emphasis(escapeHtml(source.slice(last)));
}
