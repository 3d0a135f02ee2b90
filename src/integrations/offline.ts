import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { locales, type Locale } from '../i18n/locales';
import { url } from '../i18n/routes';
import type { OfflineManifest } from '../offline/rules';
import type { BuiltSite, BuiltSiteReader } from './built-site';
import { searchBundle } from './pagefind';

/** What a locale needs offline, from the files of the build. */
function manifestFor(site: BuiltSite, locale: Locale, shell: string[]): OfflineManifest {
	const bundle = searchBundle(locale);
	const files = site.files.filter((f) => f !== '/sw.js');
	const pagefind = files.filter((f) => f.startsWith(bundle) && !f.startsWith(`${bundle}fragment/`));
	const fragments: Record<string, string> = {};
	for (const [file, page] of site.fragments) {
		if (file.startsWith(`${bundle}fragment/`)) fragments[page] = file;
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
	const everything = [...new Set([...shell, ...pages, ...pagefind, ...Object.values(fragments)])];
	let bytes = 0;
	for (const f of everything) bytes += site.sizes.get(f.endsWith('/') ? `${f}index.html` : f) ?? 0;
	return { locale, essentials, everything, bytes, fragments };
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
					logger.info(
						`${locale}: ${manifest.everything.length} files, ${(manifest.bytes / 1024).toFixed(0)} KB to save for offline`,
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
