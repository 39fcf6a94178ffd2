// @ts-check
/**
 * Where the site is deployed: the one place that decides it. Both come from the environment so that
 * the same build can go to a domain root or a sub-path (e.g. a kelurahan's or the city's server):
 *
 *   SITE_URL=https://example.go.id BASE_PATH=/berdaya npm run build
 *
 * Defaults suit local preview. Canonical URLs, the sitemap, link previews and QR codes use these.
 */
const rawSite = process.env.SITE_URL || 'http://localhost:4321';
const rawBase = process.env.BASE_PATH || '/';

/** Absolute origin (and path, if any) without a trailing slash, e.g. "https://example.go.id". */
export const SITE_URL = rawSite.replace(/\/+$/, '');

/** Base path with a leading and trailing slash, e.g. "/" or "/berdaya/". */
export const BASE_PATH = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** Site name as shown in titles and link previews. */
export const SITE_NAME = 'Bontang Berdaya';

/**
 * Where program files are read from and where the build is written. Only the benchmark changes
 * these (it builds the real site with thousands of generated programs in a temporary folder).
 */
export const PROGRAMS_DIR = process.env.PROGRAMS_DIR || './content/programs';
export const OUT_DIR = process.env.OUT_DIR || './dist';
/** The short-link ledger for those programs (see src/lib/short-codes.ts). */
export const SHORT_LINKS_FILE = process.env.SHORT_LINKS_FILE || './content/short-links.json';

/**
 * Absolute URL of a site path, e.g. absoluteUrl('program/x/') → "https://example.go.id/berdaya/program/x/".
 * @param {string} path site path without the base, with or without a leading slash
 */
export function absoluteUrl(path) {
	return `${SITE_URL}${BASE_PATH}${path.replace(/^\/+/, '')}`;
}

/** Who publishes the site, for structured data (JSON-LD). */
export const PUBLISHER = {
	name: process.env.PUBLISHER_NAME || 'Pemerintah Kota Bontang',
	url: process.env.PUBLISHER_URL || 'https://bontangkota.go.id',
};

/**
 * The editor at /admin/ (Sveltia CMS) and the "Edit halaman" links. `CMS_REPO` is the GitHub
 * repository "owner/name" the editor commits to, `CMS_BRANCH` its branch, `CMS_AUTH_URL` the OAuth
 * helper (see README "Untuk editor"). Without CMS_REPO the editor still works on a local copy
 * (local-repository mode, at http://localhost:4321/admin/) and docs pages get no edit link.
 */
export const CMS_BACKEND = {
	repo: process.env.CMS_REPO || '',
	branch: process.env.CMS_BRANCH || 'main',
	authUrl: (process.env.CMS_AUTH_URL || '').replace(/\/+$/, ''),
};

/** Web address of the repository, or '' when none is configured. */
export const REPO_URL = CMS_BACKEND.repo ? `https://github.com/${CMS_BACKEND.repo}` : '';
