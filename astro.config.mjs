// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { SITE_URL, BASE_PATH, SITE_NAME, OUT_DIR, CMS_BACKEND, REPO_URL } from './src/config/site.mjs';
import { sidebar } from './src/config/sidebar.mjs';
import { linkCheck } from './src/integrations/link-check.mjs';
import { cspHeaders } from './src/integrations/csp-headers.mjs';
import { lazySearch } from './src/integrations/lazy-search.mjs';
import { lazyToc } from './src/integrations/lazy-toc.mjs';
import { finderSearchIds } from './src/integrations/finder-search-ids.mjs';
import { redirectsFile } from './src/integrations/redirects-file.mjs';
import { deployGuard } from './src/integrations/deploy-guard.mjs';
import { freshnessSummary } from './src/integrations/freshness-summary.mjs';
import { serviceWorker } from './src/integrations/service-worker.mjs';
import { cssPurge } from './src/integrations/css-purge.mjs';

// https://astro.build/config
export default defineConfig({
	site: SITE_URL,
	base: BASE_PATH,
	trailingSlash: 'always',
	outDir: OUT_DIR,
	// Starlight turns on prefetch-on-hover for every link: 1.1 KB gzip of script on every page that
	// helps only with a mouse. Most visitors are on phones (no hover) and pay for their data.
	prefetch: false,
	vite: {
		build: {
			// Our lazy chunks (search UI, the pre-check, the finder) have no dependencies worth preloading; without this,
			// Vite adds its preload helper (about 1 KB gzip) to the first load of every page.
			modulePreload: false,
		},
	},
	integrations: [
		deployGuard(),
		starlight({
			title: SITE_NAME,
			description: 'Informasi program pengentasan kemiskinan ekstrem di Kota Bontang: pelatihan, pangan, modal usaha, kesehatan.',
			// Indonesian at the site root ("/"), English under "/en/". lang="id" lets Pagefind stem Indonesian.
			defaultLocale: 'root',
			locales: {
				root: { label: 'Bahasa Indonesia', lang: 'id' },
				en: { label: 'English', lang: 'en' },
			},
			sidebar,
			// Link previews (og:image), locales and canonical URLs for every page: src/route-data.ts.
			routeMiddleware: './src/route-data.ts',
			customCss: ['./src/styles/custom.css'],
			// No code samples on this site: skip Expressive Code and its CSS/JS (and its inline styles, which CSP would block).
			expressiveCode: false,
			components: {
				// Fixes axe's label-content-name-mismatch on the search button (src/lib/search-button.ts).
				Search: './src/components/overrides/Search.astro',
				// Starlight's sidebar with its state scripts outside the display: contents wrapper (W3C-valid).
				Sidebar: './src/components/overrides/Sidebar.astro',
				// Registers the service worker for offline reading (src/scripts/offline.ts).
				Head: './src/components/overrides/Head.astro',
				// Switched off on this site; empty stand-ins keep their CSS out of every page (first-load budget).
				Pagination: './src/components/overrides/Nothing.astro',
				// Starlight's edit link only when a repository is configured (then its CSS is worth sending).
				...(REPO_URL ? {} : { EditLink: './src/components/overrides/Nothing.astro' }),
				SocialIcons: './src/components/overrides/Nothing.astro',
				Banner: './src/components/overrides/Nothing.astro',
			},
			// "Edit halaman" on docs pages when a repository is configured (src/config/site.mjs). Starlight
			// appends the entry's path from the project root (content/docs/<page>.mdx).
			...(REPO_URL ? { editLink: { baseUrl: `${REPO_URL}/edit/${CMS_BACKEND.branch}/` } } : {}),
			lastUpdated: false,
			pagination: false,
			favicon: '/favicon.svg',
		}),
		mdx(),
		// Our own sitemap (Starlight then skips its own) listing canonical pages only: not the printable
		// flyers, short-link pages and the editor at /admin/ (noindex), nor the English pages, which show the Indonesian text
		// until translations exist and name the Indonesian page as canonical (src/route-data.ts).
		sitemap({ filter: (page) => !/\/(cetak|p\/[^/]+|admin)\/$/.test(page) && !new URL(page).pathname.startsWith(`${BASE_PATH}en/`) }),
		// Order matters: the CSP is written from the final HTML, then links are checked.
		lazySearch(),
		lazyToc(),
		finderSearchIds(),
		redirectsFile(),
		cssPurge(),
		serviceWorker(),
		cspHeaders(),
		linkCheck(),
		freshnessSummary(),
	],
});
