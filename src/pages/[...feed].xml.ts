// Every RSS feed (src/page-model/feeds.ts), rendered from the releases in its props.
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedOptions, feedRoutes, type FeedProps } from '../page-model/feeds';

export const getStaticPaths = (() => feedRoutes()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site, url }) =>
	rss(feedOptions(props as FeedProps, site ?? new URL(url.origin)));
