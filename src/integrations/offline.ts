import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { locales, type Locale } from '../i18n/locales';
import { isLaterPage, url } from '../i18n/routes';
import { latestReleases, type OfflineManifest } from '../offline/rules';
import type { BuiltSite, BuiltSiteReader } from './dist-reader';
import { searchBundle } from './pagefind';

/**
 * What a locale needs offline, from the files of the build: its essentials, every page and search
 * file ("Save for offline"), and the lighter set of the latest releases.
 */
export function manifestFor(site: BuiltSite, locale: Locale, shell: string[]): OfflineManifest {
	const bundle = searchBundle(locale);
	const files = site.files.filter((f) => f !== '/sw.js');
	const pagefind = files.filter((f) => f.startsWith(bundle) && !f.startsWith(`${bundle}fragment/`));
	const fragments: Record<string, string> = {};
	const releases: { url: string; published: string }[] = [];
	for (const [file, page] of site.fragments) {
		if (!file.startsWith(`${bundle}fragment/`)) continue;
		fragments[page.url] = file;
		if (page.published) releases.push({ url: page.url, published: page.published });
	}
	const pages = files
		.filter((f) => f.startsWith(`/${locale}/`) && f.endsWith('/index.html'))
		.map((f) => f.replace(/index\.html$/, ''))
		.filter((p) => p !== url('notFound', locale));
	const essentials = [
		url('home', locale),
		url('news', locale),
		url('search', locale),
		url('offline', locale),
		...pagefind,
	];
	const search = [...pagefind, ...Object.values(fragments)];
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
	const bytesOf = (list: string[]) =>
		list.reduce((sum, f) => sum + (site.sizes.get(f.endsWith('/') ? `${f}index.html` : f) ?? 0), 0);
	return {
		locale,
		essentials,
		everything,
		bytes: bytesOf(everything),
		releases: releases.length,
		latest: { files: latest, bytes: bytesOf(latest), releases: newest.length },
		fragments,
	};
}

/**
 * Makes the built site work offline: writes each locale's offline manifest (/offline/<locale>.json)
 * and bundles the service worker (/sw.js) with the build's version, from the built site as
 * `builtSite` read it (after Pagefind, whose files the manifests list).
 */
export function offline(built: BuiltSiteReader): AstroIntegration {
	let root = '';
	return {
		name: 'newsroom:offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const site = built.get('newsroom:offline');
				const { files, version } = site;
				const shell = [
					...files.filter((f) => f.startsWith('/_astro/') && /\.(css|js)$/.test(f)),
					...files.filter((f) => /^\/(favicon\.svg|icons\/)/.test(f)),
				];
				await mkdir(join(dist, 'offline'), { recursive: true });
				for (const locale of locales) {
					const manifest = manifestFor(site, locale, shell);
					await writeFile(join(dist, 'offline', `${locale}.json`), JSON.stringify(manifest));
					const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
					logger.info(
						`${locale}: ${manifest.everything.length} files, ${kb(manifest.bytes)} to save for offline (the ${manifest.latest.releases} latest releases: ${manifest.latest.files.length} files, ${kb(manifest.latest.bytes)})`,
					);
				}
				// The version covers every file but the manifests, which follow from those files.
				await build({
					entryPoints: [join(root, 'src/offline/service-worker.ts')],
					outfile: join(dist, 'sw.js'),
					bundle: true,
					format: 'iife',
					minify: true,
					target: 'es2022',
					legalComments: 'none',
					define: {
						__VERSION__: JSON.stringify(version),
						__LOCALES__: JSON.stringify(locales),
						__SHELL__: JSON.stringify(shell),
						__OFFLINE_PAGES__: JSON.stringify(
							Object.fromEntries(locales.map((l) => [l, url('offline', l)])),
						),
					},
				});
				logger.info(`service worker ${version}`);
			},
		},
	};
}
