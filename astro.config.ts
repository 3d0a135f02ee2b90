// Wiring only: site, i18n, Markdown pipeline, integrations. Decisions live in src/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { defaultLocale, locales } from './src/i18n/locales';
import { buildSteps, timed } from './src/integrations/build-steps';
import { builtSite } from './src/integrations/dist-reader';
import { devServer } from './src/integrations/dev-server';
import { offline } from './src/integrations/offline';
import { hostingHeaders } from './src/integrations/hosting';
import { webEditor } from './src/integrations/cms';
import { noPartialDist } from './src/integrations/no-partial-dist';
import { distInPlace } from './src/integrations/dist-in-place';
import { searchBundlesUrl } from './src/i18n/file-routes';
import { pagefindSearch } from './src/integrations/pagefind';
import { newsroomSitemap } from './src/integrations/sitemap';
import { storeChunksFromDisk } from './src/integrations/store-chunks';
// The settings are checked as they are read, when this file loads: before any work.
import { cacheDir, incremental, markdownWorkers, siteUrl } from './src/settings';
import { parallelMarkdown } from './src/markdown/parallel';
import { pinnedPipelineVersion } from './src/content-model/pipeline-version';

/** The finished dist/, read once for the steps after Pagefind (a rebuild reads what it wrote). */
const built = builtSite({ memo: incremental });
/** The build log's last line: each step's time (src/integrations/build-steps.ts). */
const steps = buildSteps();
/** A rebuild writes over the last build's dist/ (src/integrations/dist-in-place.ts). */
const inPlace = distInPlace(incremental, { managed: [searchBundlesUrl] });

export default defineConfig({
	site: siteUrl,
	cacheDir,
	trailingSlash: 'always',
	// Astro's console output, each built page on a line of its own (the file says why).
	logger: { entrypoint: fileURLToPath(new URL('src/integrations/build-log.mjs', import.meta.url)) },
	// Styles and scripts are files of their own, cached once for every page, never copied into
	// each page (thousands of pages would each carry the same bytes).
	build: { format: 'directory', concurrency: 8, inlineStylesheets: 'never' },
	vite: {
		build: {
			assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined),
			// One stylesheet for the whole site: one request, cached once.
			cssCodeSplit: false,
		},
		// The development server watches the project's sources, not what builds, tests and the
		// benchmark write: their outputs (tens of thousands of folders after `npm run bench`)
		// would exhaust the system's file watchers, and `npm run dev` would not start.
		server: {
			watch: {
				ignored: ['**/dist/**', '**/bench/.tmp/**', '**/tests/.tmp/**', '**/.newsroom-cache/**'],
			},
		},
	},
	i18n: {
		locales: [...locales],
		defaultLocale,
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	markdown: {
		// src/markdown: Sätteri parsing and the site's rehype plugins, in worker threads when a build
		// has many files.
		processor: parallelMarkdown({
			root: fileURLToPath(new URL('.', import.meta.url)),
			...(markdownWorkers === undefined ? {} : { workers: markdownWorkers }),
		}),
		// Shiki writes inline styles, which the CSP forbids.
		syntaxHighlight: false,
	},
	// Order matters: the offline integration lists the files Pagefind writes; the sitemap's index
	// of built pages must run before @astrojs/sitemap (newsroomSitemap keeps them together);
	// hostingHeaders reads the finished dist/, so it comes after them.
	integrations: [
		steps.first,
		// One version of the Markdown pipeline for the whole build.
		pinnedPipelineVersion(),
		// The content store's chunks are read from their files, not bundled.
		storeChunksFromDisk(),
		// First of the steps that read dist/: it removes what this build no longer makes.
		timed('old files', inPlace.first),
		devServer(),
		timed('search', pagefindSearch({ reuse: incremental, inPlace })),
		timed('reading dist', built.integration),
		timed('offline', offline(built)),
		...newsroomSitemap(built).map((integration) => timed('sitemap', integration)),
		timed('headers', hostingHeaders(built)),
		// After every step that reads the built site: the editor is in no page list or index.
		timed('web editor', webEditor()),
		inPlace.last,
		steps.last,
		// Last: a build that fails before this point leaves no dist/.
		noPartialDist(),
	],
	devToolbar: { enabled: false },
	// Reuses the pages whose `cacheKey` (src/page-model/cache-key.ts) is unchanged since the last build;
	// `NEWSROOM_INCREMENTAL=0` turns it off. `npm run bench` measures the gain and checks that a
	// rebuild gives the same files as a clean build.
	// The content store is written in chunks of 20 MB, each its own module: as one file, at 10,000
	// releases a language, V8 spent 48 s compiling it as a single string literal (BENCHMARKS.md).
	experimental: { incrementalBuild: incremental, collectionStorage: 'chunked' },
});
