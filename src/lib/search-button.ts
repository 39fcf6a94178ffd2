/**
 * Fixes Starlight's search button for WCAG 2.5.3 "Label in Name" (axe: label-content-name-mismatch).
 * Stock markup: <button aria-label="Pencarian"> around a visible "Pencarian" (aria-hidden) and a
 * visible "Ctrl K", so the accessible name does not contain the visible text on desktop. We drop the
 * aria-label and let the visible word name the button; the shortcut stays announced through
 * aria-keyshortcuts and its keycaps are hidden from assistive tech. On small screens the word is
 * visually hidden (not display:none) so the button keeps its name.
 */
export function fixSearchButton(html: string): string {
	const button = /<button([^>]*?)\sdata-open-modal([^>]*?)\saria-label="[^"]*"([^>]*)>/;
	// Class lists may carry Astro's scoping classes (astro-xxxx) after Starlight's own, and in dev
	// Astro adds data-astro-source-* attributes after them.
	const label = /<span class="sl-hidden md:sl-block([^"]*)" aria-hidden="true"([^>]*)>/;
	const keys = /<kbd class="sl-hidden md:sl-flex/;
	if (!button.test(html) || !label.test(html) || !keys.test(html)) {
		throw new Error(
			'src/lib/search-button.ts: Starlight’s search button markup changed; update fixSearchButton() and its test.',
		);
	}
	return html
		.replace(button, '<button$1 data-open-modal$2$3>')
		.replace(label, '<span class="bb-search-label$1"$2>')
		.replace(keys, '<kbd aria-hidden="true" class="sl-hidden md:sl-flex');
}
