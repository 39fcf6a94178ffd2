// @ts-check
/**
 * The site menu. Links are site paths without the base path (Starlight adds it).
 * Strategy slugs are permanent URLs: keep in sync with the file names in content/strategies/.
 * @type {NonNullable<import('@astrojs/starlight/types').StarlightUserConfig['sidebar']>}
 */
export const sidebar = [
	{ label: 'Beranda', translations: { en: 'Home' }, link: '/' },
	{ label: 'Cari program', translations: { en: 'Find a program' }, link: '/program/' },
	{ label: 'Cek bantuan', translations: { en: 'Check what help fits' }, link: '/cek-bantuan/' },
	// One link, not a group of five: every sidebar item is sent on every page, and the heaviest page
	// (en/pendahuluan) sits at the 30 KB budget; /panduan/ lists every guide.
	{ label: 'Panduan', translations: { en: 'Guides' }, link: '/panduan/' },
	{ label: 'Kantor layanan', translations: { en: 'Offices' }, link: '/kantor/' },
	{ label: 'Pendahuluan', translations: { en: 'Introduction' }, slug: 'pendahuluan' },
	{
		label: 'Strategi',
		translations: { en: 'Strategies' },
		items: [
			{ label: 'Pendidikan dan pelatihan', link: '/strategi/pendidikan-dan-pelatihan-keterampilan/' },
			{ label: 'Ketahanan pangan', link: '/strategi/ketahanan-pangan-berbasis-komunitas/' },
			{ label: 'Kolaborasi sektor swasta', link: '/strategi/kolaborasi-sektor-swasta/' },
			{ label: 'Kesehatan dan kesejahteraan', link: '/strategi/kesehatan-dan-kesejahteraan/' },
			{ label: 'Tantangan dan harapan', link: '/strategi/tantangan-dan-harapan/' },
		],
	},
	{ label: 'Data dan angka', translations: { en: 'Data' }, link: '/data/' },
	{ label: 'Data terbuka', translations: { en: 'Open data' }, slug: 'data-terbuka' },
	{ label: 'Glosarium', translations: { en: 'Glossary' }, slug: 'glosarium' },
	// The editors' guide (/panduan-editor/) is linked from "Tentang situs ini", not here: every menu item
	// is sent on every page, and residents do not need it.
	{ label: 'Tentang situs ini', translations: { en: 'About this site' }, slug: 'tentang' },
];
