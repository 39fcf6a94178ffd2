/**
 * Starlight route middleware: completes every page's link-preview and language metadata.
 * - og:image (+ size, alt) and twitter:image from /og/<page>.jpg, made at build time;
 * - og:locale as id_ID / en_US with the other as og:locale:alternate;
 * - English pages that only show the Indonesian text (fallbacks) point their canonical URL at the
 *   Indonesian page, and no page advertises an English alternate until a real translation exists.
 * @see https://starlight.astro.build/guides/route-data/
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { ogCards, ogImagePath, programs } from './collections';
import { absoluteUrl, PUBLISHER, SITE_NAME } from './config/site.mjs';
import { homeJsonLd, jsonLdScript, programJsonLd } from './lib/structured-data';

const cards = await ogCards();
const programByPath = new Map(programs.map((p) => [`program/${p.id}/`, p]));

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const base = import.meta.env.BASE_URL;
	let path = context.url.pathname.startsWith(base) ? context.url.pathname.slice(base.length) : context.url.pathname.replace(/^\//, '');
	const isEnglish = path === 'en/' || path.startsWith('en/');
	if (isEnglish) path = path.slice(3);
	const card = cards.get(path);
	const image = absoluteUrl(ogImagePath(card ? path : ''));
	const head = route.head;

	const setMeta = (key: 'property' | 'name', name: string, content: string) => {
		const existing = head.find((h) => h.tag === 'meta' && h.attrs?.[key] === name);
		if (existing) existing.attrs!.content = content;
		else head.push({ tag: 'meta', attrs: { [key]: name, content } });
	};
	setMeta('property', 'og:image', image);
	setMeta('property', 'og:image:type', 'image/jpeg');
	setMeta('property', 'og:image:width', '1200');
	setMeta('property', 'og:image:height', '630');
	setMeta('property', 'og:image:alt', card?.title ?? route.entry.data.title);
	setMeta('name', 'twitter:image', image);
	setMeta('name', 'twitter:card', 'summary_large_image');
	setMeta('property', 'og:locale', isEnglish ? 'en_US' : 'id_ID');
	head.push({ tag: 'meta', attrs: { property: 'og:locale:alternate', content: isEnglish ? 'id_ID' : 'en_US' } });

	// Structured data: the site and its publisher on the home page, the service/course/event on programs.
	const ld = path === '' ? homeJsonLd(SITE_NAME, absoluteUrl(''), PUBLISHER) : programByPath.has(path) ? programJsonLd(programByPath.get(path)!.data, absoluteUrl(path)) : null;
	if (ld && !isEnglish) head.push({ tag: 'script', attrs: { type: 'application/ld+json' }, content: jsonLdScript(ld) });

	// No page is translated yet: English pages are fallbacks showing the Indonesian text.
	for (let i = head.length - 1; i >= 0; i--) {
		const h = head[i]!;
		if (h.tag === 'link' && h.attrs?.rel === 'alternate' && h.attrs.hreflang && h.attrs.hreflang !== 'x-default' && h.attrs.hreflang !== 'id') head.splice(i, 1);
	}
	if (isEnglish) {
		const canonical = head.find((h) => h.tag === 'link' && h.attrs?.rel === 'canonical');
		if (canonical) canonical.attrs!.href = absoluteUrl(path);
		const ogUrl = head.find((h) => h.tag === 'meta' && h.attrs?.property === 'og:url');
		if (ogUrl) ogUrl.attrs!.content = absoluteUrl(path);
	}
});
