import sitemap, { type SitemapOptions } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import type { BuiltSiteReader, PageHead } from './dist-reader';

/**
 * Why the sitemap reads the built pages: @astrojs/sitemap pairs alternates only when the paths
 * after the locale prefix are identical, and ours are localized (`/en/news/x/`, `/fr/actualites/y/`).
 * The alternates come from the route table through `src/page-model/static-pages.ts`, but that module
 * calls `getCollection`, which astro.config.ts cannot import. Every page already writes what the
 * sitemap needs into its `<head>` from that same data: its canonical URL, its hreflang alternates
 * (x-default included), `robots: noindex` on 404 pages and `article:modified_time` on releases.
 * So a small integration placed before @astrojs/sitemap takes those tags from the built pages
 * (read once by src/integrations/dist-reader.ts in `astro:build:done`; Astro runs integrations'
 * hooks in order), and the sitemap's `filter` and `serialize` look pages up in that index. One
 * source of truth, and the sitemap cannot disagree with the pages it lists.
 */

/** Pages the sitemap lists, by absolute URL: those that are their own canonical and indexable. */
export type HeadIndex = Map<string, PageHead>;

/** The sitemap's filter and serializer over an index of built pages. */
export function sitemapOptions(
	index: HeadIndex,
): Pick<NonNullable<SitemapOptions>, 'filter' | 'serialize'> {
	return {
		filter: (page) => index.has(page),
		serialize: (item) => {
			const head = index.get(item.url);
			if (!head) return undefined;
			return {
				...item,
				links: Object.entries(head.alternates).map(([lang, url]) => ({ lang, url })),
				...(head.modified ? { lastmod: head.modified } : {}),
			};
		},
	};
}

/**
 * The pages the sitemap lists, by canonical URL, from the heads of the built pages (by URL path):
 * indexable pages that are their own canonical (a page whose canonical is another URL is a
 * duplicate: the canonical one is listed).
 */
export function canonicalIndex(heads: Map<string, PageHead>): HeadIndex {
	const index: HeadIndex = new Map();
	for (const [path, head] of heads) {
		if (head.noindex || !head.canonical) continue;
		if (new URL(head.canonical).pathname !== path) continue;
		index.set(head.canonical, head);
	}
	return index;
}

/**
 * @astrojs/sitemap's order of URLs (`generate-sitemap.js`): it sorts them with
 * `a.localeCompare(b, 'en', { numeric: true })`, which builds a collator on every call.
 */
const sitemapOrder = new Intl.Collator('en', { numeric: true }).compare;

/**
 * @astrojs/sitemap, handed its pages already in the order it sorts them into. Its sort then
 * only confirms the order: at 10,000 releases a language, 40,000 URLs sorted with a collator
 * made per comparison took 2.9 s of a rebuild (profile of 2026-12-07); a sorted list takes one
 * comparison a URL. What it writes is the same either way, since it sorts what it is given.
 */
export function presorted(integration: AstroIntegration): AstroIntegration {
	const done = integration.hooks['astro:build:done'];
	if (!done) return integration;
	return {
		...integration,
		hooks: {
			...integration.hooks,
			'astro:build:done': (params) =>
				done({
					...params,
					pages: params.pages.toSorted((a, b) => sitemapOrder(a.pathname, b.pathname)),
				}),
		},
	};
}

/** @astrojs/sitemap with localized alternates, x-default and lastmod read from the built pages. */
export function newsroomSitemap(built: BuiltSiteReader): AstroIntegration[] {
	const index: HeadIndex = new Map();
	const indexer: AstroIntegration = {
		name: 'newsroom:sitemap-index',
		hooks: {
			'astro:build:done': () => {
				const pages = canonicalIndex(built.get('newsroom:sitemap-index').heads);
				for (const [url, head] of pages) index.set(url, head);
			},
		},
	};
	return [indexer, presorted(sitemap(sitemapOptions(index)))];
}
