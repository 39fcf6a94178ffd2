/**
 * Pagefind UI with its words in the page's language (see src/lib/search-strings.ts for why).
 * src/integrations/lazy-search.mjs makes Starlight's search import this module instead of
 * '@pagefind/default-ui', so it loads only when a visitor opens search.
 */
// @ts-expect-error — @pagefind/default-ui ships no types.
import { PagefindUI as Base } from '@pagefind/default-ui';
import { SEARCH_STRINGS } from '../lib/search-strings';

export class PagefindUI extends Base {
	constructor(options: { translations?: Record<string, string> }) {
		const own = SEARCH_STRINGS[document.documentElement.lang.split('-')[0]!] ?? {};
		// Ours win over Starlight's (it only sets the placeholder: "Pencarian" → "Ketik kata, mis. jahit").
		super({ ...options, translations: { ...options.translations, ...own } });
	}
}
