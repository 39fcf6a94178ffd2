/** /program/rss.xml: every program, most recently checked first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { programsForFeed, buildDay } from '../../collections';
import { programFeedItem } from '../../lib/feed-items';
import { absoluteUrl, SITE_NAME } from '../../config/site.mjs';

export const GET: APIRoute = () =>
	rss({
		title: `${SITE_NAME}: program`,
		description: 'Program pelatihan, pangan, modal usaha, kesehatan dan bantuan di Kota Bontang, dengan sumbernya.',
		site: absoluteUrl(''),
		customData: '<language>id</language>',
		items: programsForFeed().map((p) => programFeedItem(p.data, absoluteUrl(`program/${p.id}/`), buildDay)),
	});
