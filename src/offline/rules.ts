/**
 * The service worker's caching rules, as pure functions so they can be unit-tested
 * (src/offline/service-worker.ts applies them; src/integrations/offline.ts bundles both).
 */

import { searchBundlesUrl, serviceWorkerUrl } from '../i18n/file-routes';

/** How the worker answers a request. */
export type Strategy =
	/** Pages: the network when it answers, else the cached copy, else the offline page. */
	| 'network-first'
	/** Files whose name changes with their content: the cache, else the network. */
	| 'cache-first'
	/** Not the worker's business (other origins, POSTs, the worker itself): the browser's default. */
	| 'bypass';

/**
 * Pagefind files whose names do not change with their content: the runtime, its worker, its
 * highlighting script and the entry file listing the indexes. Everything else under /pagefind/ is content-hashed.
 */
const unhashedPagefindFile = /\/pagefind-entry\.json$|\/pagefind(-worker|-highlight)?\.js$/;

/** The strategy for a request, by method, origin and path. */
export function strategyFor(
	request: { method: string; mode: string; url: string },
	origin: string,
): Strategy {
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== origin) return 'bypass';
	if (url.pathname === serviceWorkerUrl) return 'bypass';
	if (request.mode === 'navigate') return 'network-first';
	if (url.pathname.startsWith(searchBundlesUrl)) {
		return unhashedPagefindFile.test(url.pathname) ? 'network-first' : 'cache-first';
	}
	// Astro names bundled CSS, scripts and optimized images after their content.
	if (url.pathname.startsWith('/_astro/')) return 'cache-first';
	return 'network-first';
}

/**
 * Of the files a page loaded (its Resource Timing entries), those the worker keeps with the page:
 * this site's pictures, styles and scripts, whose names change with their content.
 */
export function pageFiles(urls: readonly string[], origin: string): string[] {
	return urls.flatMap((href) => {
		const url = new URL(href);
		return url.origin === origin && url.pathname.startsWith('/_astro/') ? [url.pathname] : [];
	});
}

/** The locale a path belongs to, if it starts with one of `locales`. */
export function localeOf<L extends string>(pathname: string, locales: readonly L[]): L | undefined {
	const first = pathname.split('/')[1];
	return locales.find((l) => l === first);
}

/** The caches of one build: every name carries the build's version, so a deploy starts afresh. */
export function cacheNames(version: string) {
	return {
		/** What the worker stores on install and when a page asks for its locale's essentials. */
		precache: `newsroom-${version}-precache`,
		/** Pages and files cached as the reader meets them, and by "Save for offline". */
		runtime: `newsroom-${version}-runtime`,
	};
}

/** Whether a cache belongs to another build (and should go on activation). */
export function isStale(cacheName: string, version: string): boolean {
	return cacheName.startsWith('newsroom-') && !cacheName.startsWith(`newsroom-${version}-`);
}

/** The messages pages and the worker exchange. */
export type ToWorker =
	/**
	 * Store the page that sent it, with the files it loaded before the worker controlled it, then
	 * its locale's essentials: home, news index, search and offline pages, search runtime.
	 */
	| { type: 'precache-locale'; locale: string; page: string; files: string[] }
	/**
	 * Store the files of one of a locale's offline sets, reporting progress; with the material of
	 * its pages (documents, video, sound, originals) when the reader asked for it.
	 */
	| { type: 'save-locale'; locale: string; set: SaveSet; material: boolean };

/** What "Save for offline" can save: the latest releases, or every page of the locale. */
export type SaveSet = 'latest' | 'everything';

/**
 * The most a first visit downloads in the background, in bytes: about 40 seconds of a slow
 * mobile line (400 kbit/s). A locale's search index is kept on the first visit only when it
 * fits, with the pages and search runtime; past that (about 1,500 releases a language), the
 * index comes with "Save for offline", whose size the reader sees first.
 */
export const backgroundBudget = 2_000_000;

/** How many releases the lighter set keeps, newest first. */
export const latestReleases = 50;

export type FromWorker =
	| { type: 'save-progress'; locale: string; done: number; total: number }
	| { type: 'save-done'; locale: string; failed: number };

/**
 * The files under /files/ that the pages of a set link to or play (documents, video, sound, their
 * captions, original pictures), and their size: what saving the set with its material adds.
 */
export interface MaterialSet {
	files: string[];
	bytes: number;
}

/** What src/integrations/offline.ts writes for each locale at /offline/<locale>.json. */
export interface OfflineManifest {
	locale: string;
	/** Every page of the locale, and the search index files, for "Save for offline". */
	everything: string[];
	/** The size on disk of `everything`, so the reader knows before saving. */
	bytes: number;
	/** How many releases `everything` holds. */
	releases: number;
	/** The material of every page, saved with `everything` only when the reader asks. */
	material: MaterialSet;
	/**
	 * The lighter set, for a poor line or a small device: the `latestReleases` newest releases,
	 * the first page of every listing, the institutional pages, the search index and the search
	 * fragments of those pages (search counts the other releases and says they are not saved);
	 * and the material of those pages.
	 */
	latest: { files: string[]; bytes: number; releases: number; material: MaterialSet };
}

/** A set of material as the summary states it. */
interface MaterialSize {
	files: number;
	bytes: number;
}

/**
 * What a first visit reads, at /offline/<locale>.summary.json: a few hundred bytes, where the
 * manifest's file lists are about 170 KB gzipped at 10,000 releases a language.
 */
export interface OfflineSummary {
	/** What the worker keeps when a page of the locale first registers it. */
	essentials: string[];
	/** The sizes the "Save for offline" buttons state before anything is downloaded. */
	bytes: number;
	releases: number;
	/**
	 * What the material of every page adds (documents, video, sound, captions and original
	 * pictures, under /files/), stated beside the choice to save it, which is off by default.
	 */
	material: MaterialSize;
	latest: { bytes: number; releases: number; material: MaterialSize };
	/** How many files the map from pages to their search fragments is split into. */
	fragmentShards: number;
}

/**
 * Pages per file of the fragment map: a cached page's search fragment is looked up in one file
 * of about 20 KB (2.5 KB gzipped) rather than in a map of the whole locale.
 */
export const pagesPerShard = 250;

/** The file of the fragment map that holds `pathname` (FNV-1a of the path, modulo `shards`). */
export function shardOf(pathname: string, shards: number): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < pathname.length; i++) {
		hash = Math.imul(hash ^ pathname.charCodeAt(i), 0x01000193);
	}
	return (hash >>> 0) % shards;
}
