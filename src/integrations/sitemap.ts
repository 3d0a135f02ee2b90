import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap, { type SitemapOptions } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';

/**
 * Why the sitemap reads the built pages: @astrojs/sitemap pairs alternates only when the paths
 * after the locale prefix are identical, and ours are localized (`/en/news/x/`, `/fr/actualites/y/`).
 * The alternates come from the route table through `src/lib/site-routes.ts`, but that module
 * calls `getCollection`, which astro.config.ts cannot import. Every page already writes what the
 * sitemap needs into its `<head>` from that same data: its canonical URL, its hreflang alternates
 * (x-default included), `robots: noindex` on 404 pages and `article:modified_time` on releases.
 * So a small integration placed before @astrojs/sitemap reads those tags from `dist/` in
 * `astro:build:done` (Astro runs integrations' hooks in order), and the sitemap's `filter` and
 * `serialize` look pages up in that index. One source of truth, and the sitemap cannot disagree
 * with the pages it lists.
 */

/** What the sitemap needs from one built page. */
export interface PageHead {
	canonical?: string;
	noindex: boolean;
	/** hreflang (x-default included) → absolute URL. */
	alternates: Record<string, string>;
	/** `article:modified_time`, on release pages. */
	modified?: string;
}

/** The attributes of every `<link>` and `<meta>` tag in the `<head>` of a document, in order. */
function headTags(html: string): { tag: string; attrs: Record<string, string> }[] {
	const end = html.indexOf('</head>');
	const tags = (end < 0 ? html : html.slice(0, end)).matchAll(
		/<(link|meta)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi,
	);
	return [...tags].map(([, tag = '', body = '']) => ({
		tag: tag.toLowerCase(),
		attrs: Object.fromEntries(
			[...body.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name = '', value = '']) => [
				name.toLowerCase(),
				value.replace(/&amp;/g, '&'),
			]),
		),
	}));
}

/**
 * Reads canonical, hreflang alternates, robots and modification time from a built page.
 * @example readHead('<link rel="canonical" href="https://x.org/en/">').canonical // => 'https://x.org/en/'
 */
export function readHead(html: string): PageHead {
	const head: PageHead = { noindex: false, alternates: {} };
	for (const { tag, attrs } of headTags(html)) {
		if (tag === 'link' && attrs.rel === 'canonical') head.canonical = attrs.href;
		if (tag === 'link' && attrs.rel === 'alternate' && attrs.hreflang && attrs.href) {
			head.alternates[attrs.hreflang] = attrs.href;
		}
		if (tag === 'meta' && attrs.name === 'robots' && /noindex/.test(attrs.content ?? '')) {
			head.noindex = true;
		}
		if (tag === 'meta' && attrs.property === 'article:modified_time') head.modified = attrs.content;
	}
	return head;
}

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

/** Indexes the HTML pages of a built site by their canonical URL (see the comment above). */
export async function indexPages(dir: string): Promise<HeadIndex> {
	const index: HeadIndex = new Map();
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	for (const entry of entries) {
		if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
		const file = join(entry.parentPath, entry.name);
		// Read synchronously: thousands of small files, where each asynchronous read would wait
		// on the thread pool.
		const head = readHead(readFileSync(file, 'utf8'));
		if (head.noindex || !head.canonical) continue;
		const path = `/${relative(dir, file).split('\\').join('/')}`.replace(/index\.html$/, '');
		// A page whose canonical is another URL is a duplicate: list the canonical one only.
		if (new URL(head.canonical).pathname !== path) continue;
		index.set(head.canonical, head);
	}
	return index;
}

/** @astrojs/sitemap with localized alternates, x-default and lastmod read from the built pages. */
export function newsroomSitemap(): AstroIntegration[] {
	const index: HeadIndex = new Map();
	const indexer: AstroIntegration = {
		name: 'newsroom:sitemap-index',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				for (const [url, head] of await indexPages(fileURLToPath(dir))) index.set(url, head);
			},
		},
	};
	return [indexer, sitemap(sitemapOptions(index))];
}
