/**
 * The site search dialog's words (Pagefind UI), per page language.
 *
 * Why this is needed: Pagefind UI picks its words from the page's `lang` in a Svelte `onMount`, but
 * the npm build Starlight imports (@pagefind/default-ui 1.5.2, npm_dist/mjs/ui-core.mjs) ships
 * Svelte's server-side `onMount`, an empty function, so the dialog always speaks English ("14 results
 * for…", "Load more results"). src/scripts/pagefind-ui.ts passes these as Pagefind UI's
 * `translations` option; it is loaded with the search UI on first use, so pages carry no extra bytes.
 * Words chosen for readers who read slowly: short, everyday.
 * @see https://pagefind.app/docs/ui/#translations
 */

/** Keys are Pagefind UI's translation keys; only the nine its default UI shows (its svelte/*.svelte). */
export const PAGEFIND_ID: Record<string, string> = {
	placeholder: 'Ketik kata, mis. jahit',
	clear_search: 'Hapus',
	load_more: 'Tampilkan hasil lainnya',
	search_label: 'Cari di situs ini',
	filters_label: 'Saring',
	zero_results: 'Tidak ada hasil untuk [SEARCH_TERM]',
	many_results: '[COUNT] hasil untuk [SEARCH_TERM]',
	one_result: '[COUNT] hasil untuk [SEARCH_TERM]',
	searching: 'Mencari [SEARCH_TERM]…',
};

/** By the page's `lang`; any other language keeps Pagefind UI's English. */
export const SEARCH_STRINGS: Record<string, Record<string, string>> = { id: PAGEFIND_ID };

/** Pagefind UI's own English (for reference and tests; it is the UI's default). */
export const PAGEFIND_EN: Record<string, string> = {
	placeholder: 'Search',
	clear_search: 'Clear',
	load_more: 'Load more results',
	search_label: 'Search this site',
	filters_label: 'Filters',
	zero_results: 'No results for [SEARCH_TERM]',
	many_results: '[COUNT] results for [SEARCH_TERM]',
	one_result: '[COUNT] result for [SEARCH_TERM]',
	searching: 'Searching for [SEARCH_TERM]...',
};
