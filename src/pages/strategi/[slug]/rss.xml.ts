/** /strategi/<slug>/rss.xml: the programs of one strategy, most recently checked first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { programsForFeed, strategies, buildDay } from '../../../collections';
import { programFeedItem } from '../../../lib/feed-items';
import { absoluteUrl, SITE_NAME } from '../../../config/site.mjs';

export function getStaticPaths() {
	return strategies.map((s) => ({ params: { slug: s.id }, props: { title: s.data.title, summary: s.data.summary } }));
}

export const GET: APIRoute = ({ params, props }) =>
	rss({
		title: `${SITE_NAME}: ${props.title}`,
		description: props.summary,
		site: absoluteUrl(''),
		customData: '<language>id</language>',
		items: programsForFeed()
			.filter((p) => p.data.strategy.id === params.slug)
			.map((p) => programFeedItem(p.data, absoluteUrl(`program/${p.id}/`), buildDay)),
	});
