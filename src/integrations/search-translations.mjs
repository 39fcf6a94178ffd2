// @ts-check
/**
 * The site search dialog (Pagefind UI) in Indonesian.
 *
 * Why this is needed: Pagefind UI picks its words from the page's `lang` in a Svelte `onMount`, but
 * the npm build Starlight imports (@pagefind/default-ui 1.5.2, npm_dist/mjs/ui-core.mjs) ships
 * Svelte's server-side `onMount`, an empty function, so the dialog always speaks English ("14 results
 * for…", "Load more results"). Starlight passes every `pagefind.*` UI string of the page's locale to
 * Pagefind UI (its `translations` option, which wins over the automatic choice), so we give those
 * strings to Starlight for both locales. Words chosen for readers who read slowly: short, everyday.
 * @see https://pagefind.app/docs/ui/#translations
 * @see https://starlight.astro.build/reference/plugins/#i18nsetup
 */

/**
 * Keys are Pagefind UI's translation keys. Only the nine its default UI shows (svelte/*.svelte in
 * @pagefind/default-ui): Starlight writes them into every page's HTML, so unused ones would cost bytes.
 */
export const PAGEFIND_ID = {
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

/** Pagefind UI's own English, restated: the English pages would otherwise fall back to Indonesian. */
export const PAGEFIND_EN = {
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

/** @param {Record<string, string>} strings */
const prefixed = (strings) => Object.fromEntries(Object.entries(strings).map(([k, v]) => [`pagefind.${k}`, v]));

/** @returns {import('@astrojs/starlight/types').StarlightPlugin} */
export function searchTranslations() {
	return {
		name: 'bontang:search-translations',
		hooks: {
			'config:setup'() {},
			'i18n:setup'({ injectTranslations }) {
				injectTranslations({ id: prefixed(PAGEFIND_ID), en: prefixed(PAGEFIND_EN) });
			},
		},
	};
}
