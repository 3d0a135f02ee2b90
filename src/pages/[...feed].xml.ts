// Every RSS feed: one per locale and one per topic per locale, at URLs from the route table.
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedOptions, feedRoutes, type FeedProps } from '../page-model/feeds';

export const getStaticPaths = (() => feedRoutes()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site, url }) =>
	rss(await feedOptions(props as FeedProps, site ?? new URL(url.origin)));
