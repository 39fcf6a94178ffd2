// @ts-check
/**
 * Where the site is deployed: the one place that decides it. Both come from the environment so that
 * the same build can go to a domain root or a sub-path (e.g. a kelurahan's or the city's server):
 *
 *   SITE_URL=https://example.go.id BASE_PATH=/berdaya npm run build
 *
 * Canonical URLs, the sitemap, link previews, WhatsApp messages, feeds and QR codes use SITE_URL, so
 * a production build refuses a missing or localhost SITE_URL (see assertDeployable). Local work
 * (`npm start`, `npm test`, `npm run bench`, `npm run dev`) sets LOCAL_PREVIEW=1 or is not a build,
 * and uses http://localhost:4321.
 */
export const LOCAL_SITE_URL = 'http://localhost:4321';
/** True when the build is explicitly for this machine only (LOCAL_PREVIEW=1). */
export const LOCAL_PREVIEW = process.env.LOCAL_PREVIEW === '1';
const rawSite = process.env.SITE_URL || LOCAL_SITE_URL;
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

/**
 * Why a production build must not go ahead with this SITE_URL, or null when it may. Pure, for tests.
 * @param {string | undefined} siteUrl the raw SITE_URL from the environment
 * @param {boolean} localPreview LOCAL_PREVIEW=1
 */
export function deployProblem(siteUrl, localPreview) {
	if (localPreview) return null;
	const example = 'SITE_URL=https://bontangberdaya.example.go.id npm run build';
	if (!siteUrl)
		return `SITE_URL is not set. A production build writes it into WhatsApp messages, canonical URLs, feeds and QR codes. Set it, e.g. ${example} (for a build on this machine only: npm run build:local).`;
	let host;
	try {
		host = new URL(siteUrl).hostname;
	} catch {
		return `SITE_URL "${siteUrl}" is not a web address. Use the full address, e.g. ${example}`;
	}
	if (/^(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\])$/.test(host) || host.endsWith('.localhost'))
		return `SITE_URL "${siteUrl}" points at this computer: printed flyers, QR codes and WhatsApp messages would carry dead links. Set the public address, e.g. ${example} (for a build on this machine only: npm run build:local).`;
	return null;
}

/**
 * Fails a production build (astro build) whose SITE_URL would print dead links; dev, preview and
 * `astro check` are not builds and are never stopped. Called from an integration in astro.config.mjs.
 * @param {string} command Astro's command: 'dev' | 'build' | 'preview' | 'sync'
 */
export function assertDeployable(command) {
	if (command !== 'build') return;
	const problem = deployProblem(process.env.SITE_URL, LOCAL_PREVIEW);
	if (problem) throw new Error(problem);
}

/**
 * How visitors reach the site team: ONE place, from the environment. Each is optional; the report
 * and suggestion buttons (ReportChange, /usulkan/) and the contact on /tentang/ show only the
 * channels set here, and nothing at all when none is.
 *   CONTACT_EMAIL=tim@example.go.id  CONTACT_WHATSAPP=6281234567890  CONTACT_REPO_URL=https://github.com/owner/repo
 */
export const CONTACT = readContact(process.env);

/**
 * @param {Record<string, string | undefined>} env
 * @returns {{ email?: string, whatsapp?: string, repoUrl?: string }}
 */
export function readContact(env) {
	/** @type {{ email?: string, whatsapp?: string, repoUrl?: string }} */
	const contact = {};
	const email = env.CONTACT_EMAIL?.trim();
	if (email) {
		if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error(`CONTACT_EMAIL "${email}" is not an email address, e.g. CONTACT_EMAIL=tim@example.go.id`);
		contact.email = email;
	}
	const wa = env.CONTACT_WHATSAPP?.replace(/[\s-]/g, '');
	if (wa) {
		// wa.me needs the country code without + or a leading 0.
		const digits = wa.replace(/^\+/, '').replace(/^0/, '62');
		if (!/^\d{9,15}$/.test(digits)) throw new Error(`CONTACT_WHATSAPP "${env.CONTACT_WHATSAPP}" is not a phone number, e.g. CONTACT_WHATSAPP=6281234567890`);
		contact.whatsapp = digits;
	}
	const repo = env.CONTACT_REPO_URL?.trim().replace(/\/+$/, '');
	if (repo) {
		if (!/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/.test(repo)) throw new Error(`CONTACT_REPO_URL "${repo}" must be a GitHub repository address, e.g. CONTACT_REPO_URL=https://github.com/owner/repo`);
		contact.repoUrl = repo;
	}
	return contact;
}

/**
 * Days after which an entry not re-checked against its sources shows a notice ("Info ini terakhir
 * dicek …") and is marked in the finder. The one place to change it.
 */
export const FRESHNESS_DAYS = 180;
/** Programs whose registration closes within this many days are listed by `npm run freshness`. */
export const CLOSING_SOON_DAYS = 14;
