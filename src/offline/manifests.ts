// What each locale's offline manifest lists, from the files of a build.
import {
	mediaFilesUrl,
	searchBundle,
	searchFolder,
	searchParts,
	searchHighlighter,
	serviceWorkerUrl,
} from '../i18n/file-routes';
import type { Locale } from '../i18n/locales';
import { isLaterPage, url } from '../i18n/routes';
import {
	backgroundBudget,
	latestReleases,
	pagesPerShard,
	type MaterialSet,
	shardOf,
	type OfflineManifest,
	type OfflineSummary,
} from './rules';

/** What the manifests are made from: the files of the build (as URL paths), and their search records. */
export interface BuiltFiles {
	/** Every file, as a URL path (`/fr/index.html`), sorted. */
	files: string[];
	/** Bytes of each file, by URL path. */
	sizes: Map<string, number>;
	/** The page each Pagefind fragment records (its URL and, for releases, ISO date), by file. */
	fragments: Map<string, { url: string; published?: string }>;
	/** The files under /files/ each page links to or plays, by page path (`/fr/a/`). */
	downloads: Map<string, string[]>;
}

/** The offline files of one locale, as src/integrations/offline.ts writes them. */
export interface LocaleOffline {
	manifest: OfflineManifest;
	summary: OfflineSummary;
	/** The map from each page to its search fragment, split by `shardOf`. */
	shards: Record<string, string>[];
}

/** A set of material as the summary states it: how many files, how many bytes. */
const count = (material: MaterialSet) => ({ files: material.files.length, bytes: material.bytes });

/**
 * What a locale needs offline, from the files of the build: its essentials, every page and search
 * file ("Save for offline"), the lighter set of the latest releases, the material each set's pages
 * offer (saved only when the reader asks), and where each page's search fragment is.
 */
export function offlineFor(site: BuiltFiles, locale: Locale, shell: string[]): LocaleOffline {
	const folders = searchParts.map((part) => `${searchBundle(locale, part)}fragment/`);
	const isFragment = (f: string) => folders.some((folder) => f.startsWith(folder));
	const files = site.files.filter((f) => f !== serviceWorkerUrl);
	const pagefind = files.filter((f) => f.startsWith(searchFolder(locale)) && !isFragment(f));
	const fragments: Record<string, string> = {};
	const releases: { url: string; published: string }[] = [];
	for (const [file, page] of site.fragments) {
		if (!isFragment(file)) continue;
		fragments[page.url] = file;
		if (page.published) releases.push({ url: page.url, published: page.published });
	}
	const pages = files
		.filter((f) => f.startsWith(`/${locale}/`) && f.endsWith('/index.html'))
		.map((f) => f.replace(/index\.html$/, ''))
		.filter((p) => p !== url('notFound', locale));
	const bytesOf = (list: string[]) =>
		list.reduce((sum, f) => sum + (site.sizes.get(f.endsWith('/') ? `${f}index.html` : f) ?? 0), 0);
	// Kept on the first visit: what opens the locale, and its search (runtime and index) when it
	// fits the background budget. Past it, the runtime stays behind too: without the index it
	// could search nothing, and offline the search page says the index is not saved either way.
	// The highlighting script (44 KB) comes with "Save for offline" only.
	const opening = [
		url('home', locale),
		url('news', locale),
		url('search', locale),
		url('offline', locale),
	];
	const withSearch = [...opening, ...pagefind.filter((f) => f !== searchHighlighter(locale))];
	const essentials = bytesOf(withSearch) <= backgroundBudget ? withSearch : opening;
	const search = [...pagefind, ...Object.values(fragments)];
	// The material the pages of a set offer (documents, video, sound, captions, originals), which
	// "Read offline" saves only when the reader asks: the summary says how much it adds first.
	const materialOf = (list: string[]) => {
		const linked = new Set(list.flatMap((page) => site.downloads.get(page) ?? []));
		const found = files.filter((f) => f.startsWith(mediaFilesUrl) && linked.has(f));
		return { files: found, bytes: bytesOf(found) };
	};
	const everything = [...new Set([...shell, ...pages, ...search])];
	// Newest first; the same day's releases by URL, so the set does not change between builds.
	releases.sort((a, b) => b.published.localeCompare(a.published) || a.url.localeCompare(b.url));
	const isRelease = new Set(releases.map((r) => r.url));
	const newest = releases.slice(0, latestReleases).map((r) => r.url);
	const latestPages = [
		...pages.filter((p) => !isRelease.has(p) && !isLaterPage(p, locale)),
		...newest,
	];
	// The search index whole, but the fragments (the text of results) only of the pages saved:
	// search still counts the others, and says they are not saved.
	const latest = [
		...new Set([
			...shell,
			...latestPages,
			...pagefind,
			...latestPages.flatMap((p) => fragments[p] ?? []),
		]),
	];
	const manifest: OfflineManifest = {
		locale,
		everything,
		bytes: bytesOf(everything),
		releases: releases.length,
		material: materialOf(pages),
		latest: {
			files: latest,
			bytes: bytesOf(latest),
			releases: newest.length,
			material: materialOf(latestPages),
		},
	};
	const fragmentShards = Math.max(1, Math.ceil(Object.keys(fragments).length / pagesPerShard));
	const shards = Array.from({ length: fragmentShards }, (): Record<string, string> => ({}));
	for (const [page, file] of Object.entries(fragments)) {
		shards[shardOf(page, fragmentShards)]![page] = file;
	}
	const summary: OfflineSummary = {
		essentials,
		bytes: manifest.bytes,
		releases: manifest.releases,
		material: count(manifest.material),
		latest: {
			bytes: manifest.latest.bytes,
			releases: manifest.latest.releases,
			material: count(manifest.latest.material),
		},
		fragmentShards,
	};
	return { manifest, summary, shards };
}
