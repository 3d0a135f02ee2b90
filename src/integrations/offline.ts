import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import {
	faviconUrl,
	fragmentShard,
	offlineManifest,
	offlineManifestsUrl,
	offlineSummary,
	serviceWorkerUrl,
} from '../i18n/file-routes';
import { locales } from '../i18n/locales';
import { url } from '../i18n/routes';
import { offlineFor } from '../offline/manifests';
import type { BuiltSiteReader } from './dist-reader';

/**
 * Makes the built site work offline: writes each locale's offline manifest
 * (/offline/<locale>.json), its summary and its fragment map (src/offline/rules.ts describes
 * them), and bundles the service worker (/sw.js) with the build's version, from the built site
 * as `builtSite` read it (after Pagefind, whose files the manifests list).
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
					// Not the app icons: only the web app manifest names them, and an installed app has
					// its own copy.
					...files.filter((f) => f === faviconUrl),
				];
				for (const locale of locales) {
					const { manifest, summary, shards } = offlineFor(site, locale, shell);
					await mkdir(join(dist, offlineManifestsUrl, locale), { recursive: true });
					await writeFile(join(dist, offlineManifest(locale)), JSON.stringify(manifest));
					await writeFile(join(dist, offlineSummary(locale)), JSON.stringify(summary));
					for (const [n, shard] of shards.entries()) {
						await writeFile(join(dist, fragmentShard(locale, n)), JSON.stringify(shard));
					}
					const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
					logger.info(
						`${locale}: ${manifest.everything.length} files, ${kb(manifest.bytes)} to save for offline (the ${manifest.latest.releases} latest releases: ${manifest.latest.files.length} files, ${kb(manifest.latest.bytes)})`,
					);
				}
				// The version covers every file but the manifests, which follow from those files.
				await build({
					entryPoints: [join(root, 'src/offline/service-worker.ts')],
					outfile: join(dist, serviceWorkerUrl),
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
