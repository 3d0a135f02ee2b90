/**
 * The part of the route table (src/i18n/routes.ts) for URLs that are not localized pages: the
 * root language chooser, the sitemap, the icons, the service worker, and each locale's search
 * bundle and offline manifest. A module without imports, of separate constants, so that browser
 * code and the service worker bundle only the one they use.
 */

/** The language chooser at the site root, also the target of every `x-default` link. */
export const chooserUrl = '/';

/** The sitemap index that robots.txt names. */
export const sitemapUrl = '/sitemap-index.xml';

/** The site's icon, also its logo in JSON-LD. */
export const faviconUrl = '/favicon.svg';

/** The folder of the app icons that the web app manifests name. */
export const iconsUrl = '/icons/';

/** The service worker, at the root so that it controls every page. */
export const serviceWorkerUrl = '/sw.js';

/** The folder of every locale's Pagefind bundle. */
export const searchBundlesUrl = '/pagefind/';

/** The folder of the files releases publish (pictures' originals, documents, video, sound). */
export const mediaFilesUrl = '/files/';

/**
 * The URL of a file of a release folder: one for every language of the release, as the file is.
 * src/pages/files/[...file].ts serves it.
 * @example mediaFile('guatemala-shelter', 'fact-sheet.pdf') // => '/files/guatemala-shelter/fact-sheet.pdf'
 */
export const mediaFile = (folder: string, name: string): string =>
	`${mediaFilesUrl}${folder}/${name}`;

/** The folder of every locale's offline manifest. */
export const offlineManifestsUrl = '/offline/';

/**
 * The parts of a locale's search index, each a Pagefind bundle of its own: `recent` holds the
 * releases of the latest year that has any, and the indexed pages that are not releases
 * (institutional pages, events); `archive` the releases of earlier years. A new release, the
 * most common publish, indexes the small recent part again and leaves the archive as it is
 * (src/search/bundles.ts). The search page searches both parts of a language as one.
 */
export const searchParts = ['recent', 'archive'] as const;

/** A part of a locale's search index. */
export type SearchPart = (typeof searchParts)[number];

/**
 * The part whose bundle holds Pagefind's runtime for both parts of a language (its script,
 * worker, WebAssembly and highlighting script): the one every index has as soon as it has a page.
 */
export const runtimePart: SearchPart = 'recent';

/**
 * The folder of a locale's search index, both parts. Each language has its own index: the
 * search page of a locale searches its own, and "search in all languages" searches every
 * locale's as a separate Pagefind module, so each query is stemmed by each index's own rules
 * (Pagefind's `mergeIndex` would run every index with the first one's stemmer).
 * @example searchFolder('fr') // => '/pagefind/fr/'
 */
export const searchFolder = (locale: string): string => `${searchBundlesUrl}${locale}/`;

/**
 * The URL of one part of a locale's search index: a Pagefind bundle.
 * @example searchBundle('fr', 'archive') // => '/pagefind/fr/archive/'
 */
export const searchBundle = (locale: string, part: SearchPart): string =>
	`${searchFolder(locale)}${part}/`;

/**
 * The URL of a locale's offline manifest (what "Save for offline" downloads).
 * @example offlineManifest('es') // => '/offline/es.json'
 */
export const offlineManifest = (locale: string): string => `${offlineManifestsUrl}${locale}.json`;

/**
 * The URL of a locale's offline summary: what a first visit and the "Save for offline" buttons
 * read, without the manifest's file lists.
 * @example offlineSummary('es') // => '/offline/es.summary.json'
 */
export const offlineSummary = (locale: string): string =>
	`${offlineManifestsUrl}${locale}.summary.json`;

/**
 * The URL of one file of a locale's map from pages to their search fragments (src/offline/rules.ts
 * says which file holds a page).
 * @example fragmentShard('es', 3) // => '/offline/es/fragments-3.json'
 */
export const fragmentShard = (locale: string, shard: number): string =>
	`${offlineManifestsUrl}${locale}/fragments-${shard}.json`;

/**
 * The query parameter that carries the searched words to a page opened from a search result
 * (Pagefind adds one per word to each result's URL); the page then marks them.
 * @example `/en/news/a/?${highlightParam}=migrants`
 */
export const highlightParam = 'pagefind-highlight';

/**
 * Pagefind's script that marks the searched words on a page, with the runtime of a locale's index.
 * @example searchHighlighter('fr') // => '/pagefind/fr/recent/pagefind-highlight.js'
 */
export const searchHighlighter = (locale: string): string =>
	`${searchBundle(locale, runtimePart)}pagefind-highlight.js`;

/** The web editor (src/cms/), in no language and in no page list. */
export const adminUrl = '/admin/';
