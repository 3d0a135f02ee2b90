import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readdir, writeFile, mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { locales, type Locale } from '../i18n/locales';
import { url } from '../i18n/routes';
import type { OfflineManifest } from '../offline/rules';
import { searchBundle } from './pagefind';

/** Every file under `dir`, as URL paths (`/fr/index.html`). */
async function urlPaths(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile())
		.map((e) => `/${relative(dir, join(e.parentPath, e.name)).split('\\').join('/')}`)
		.sort();
}

// Files are read and measured synchronously: thousands of small files one after the other, where
// each asynchronous call would wait on the thread pool (seconds at 1,000 releases a language).

/** The page URL a Pagefind fragment file records. */
function fragmentUrl(file: string): string {
	const text = gunzipSync(readFileSync(file))
		.toString('utf8')
		.replace(/^pagefind_dcd/, '');
	return (JSON.parse(text) as { url: string }).url;
}

/** What a locale needs offline, from the files of the build. */
function manifestFor(
	dist: string,
	locale: Locale,
	files: string[],
	shell: string[],
): OfflineManifest {
	const bundle = searchBundle(locale);
	const pagefind = files.filter((f) => f.startsWith(bundle) && !f.startsWith(`${bundle}fragment/`));
	const fragments: Record<string, string> = {};
	for (const f of files.filter((f) => f.startsWith(`${bundle}fragment/`))) {
		fragments[fragmentUrl(join(dist, f))] = f;
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
	for (const f of everything) {
		bytes += statSync(join(dist, f.endsWith('/') ? `${f}index.html` : f)).size;
	}
	return { locale, essentials, everything, bytes, fragments };
}

/** A short hash of every file of the build: the service worker's cache version. */
function versionOf(dist: string, files: string[]): string {
	const hash = createHash('sha256');
	for (const f of files) hash.update(f).update(readFileSync(join(dist, f)));
	return hash.digest('hex').slice(0, 12);
}

/**
 * Makes the built site work offline: writes each locale's offline manifest (/offline/<locale>.json)
 * and bundles the service worker (/sw.js) with the build's version. Runs after Pagefind, whose
 * files it lists.
 */
export function offline(): AstroIntegration {
	let root = '';
	return {
		name: 'newsroom:offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const files = (await urlPaths(dist)).filter((f) => f !== '/sw.js');
				const shell = [
					...files.filter((f) => f.startsWith('/_astro/') && /\.(css|js)$/.test(f)),
					...files.filter((f) => /^\/(favicon\.svg|icons\/)/.test(f)),
				];
				await mkdir(join(dist, 'offline'), { recursive: true });
				for (const locale of locales) {
					const manifest = manifestFor(dist, locale, files, shell);
					await writeFile(join(dist, 'offline', `${locale}.json`), JSON.stringify(manifest));
					logger.info(
						`${locale}: ${manifest.everything.length} files, ${(manifest.bytes / 1024).toFixed(0)} KB to save for offline`,
					);
				}
				const version = versionOf(
					dist,
					await urlPaths(dist).then((f) => f.filter((x) => x !== '/sw.js')),
				);
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
