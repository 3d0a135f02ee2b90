// Every RSS feed (src/page-model/feeds.ts), rendered from the releases in its props.
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedRoutes, feedXml, type FeedProps } from '../page-model/feeds';

export const getStaticPaths = (() => feedRoutes()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site, url }) =>
	new Response(await feedXml(props as FeedProps, site ?? new URL(url.origin)), {
		headers: { 'Content-Type': 'application/xml' },
	});
