// @ts-check
/** html-validate settings for the built site, shared by the test and `npm run audit`. */
/** @type {import('html-validate').ConfigData} */
export const HTML_VALIDATE_CONFIG = {
	extends: ['html-validate:recommended'],
	// Each rule switched off below is tripped only by Astro's or Starlight's own markup, named here.
	rules: {
		// Astro writes void elements as <meta ... />: a formatting choice, valid HTML.
		'void-style': 'off',
		// Starlight's search and mobile-menu buttons have no type; they are not inside a form, so the
		// default "submit" type has no effect.
		'no-implicit-button-type': 'off',
		// Starlight renders the table of contents twice (mobile and desktop), one hidden at a time, both
		// as <nav> with the same label.
		'unique-landmark': 'off',
		// Starlight's "Overview" anchor is id="_top". HTML allows any id without spaces; the rule's
		// "must begin with a letter" is stricter than the standard.
		'valid-id': ['error', { relaxed: true }],
		// <title> is "<page title> | Bontang Berdaya" (18 characters); the schemas limit page titles to
		// 70 characters, so the whole <title> stays within 88.
		'long-title': ['error', { maxlength: 88 }],
		// Starlight's search <dialog style="padding:0">.
		'no-inline-style': 'off',
	},
};
