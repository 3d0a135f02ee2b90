import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's module id of one chunk of its content store (astro/dist/content/consts.js). */
export const chunkModule = /^\0astro:data-layer-content-chunk:([a-f0-9]{16}\.txt)\.mjs$/;

/**
 * The module for Astro's module `id` when it is a chunk of the store kept in `folder`: it
 * exports the chunk's file as read when the pages load it. Null for any other module.
 */
export function chunkFromDisk(folder: string, id: string) {
	const file = chunkModule.exec(id)?.[1];
	if (!file) return null;
	const path = JSON.stringify(join(folder, file));
	return {
		code: `import { readFileSync } from 'node:fs';\nexport default readFileSync(${path}, 'utf8');`,
		map: { mappings: '' },
	};
}

/**
 * A build reads each chunk of Astro's content store from its file when the pages need it,
 * instead of bundling it. With `collectionStorage: 'chunked'`, Astro makes each chunk (20 MB)
 * a module `export default "<the chunk, as one string literal>"`: Rolldown parses and writes
 * it again on every build, and V8 compiles it again when the pages load it; at 10,000 releases
 * a language that is 180 MB, the larger part of "bundling" and 4 s of "pages"
 * (BENCHMARKS.md). Here the module reads the same file, so it exports the same string.
 *
 * Only for `astro build`, whose bundle runs once, in this process, to write static pages, while
 * the chunks are in the cache folder (`<cacheDir>/data-store/`, written by the content sync
 * before bundling starts). The development server keeps Astro's own modules.
 */
export function storeChunksFromDisk(): AstroIntegration {
	return {
		name: 'newsroom:store-chunks-from-disk',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				// A server build would read the build machine's cache folder when deployed.
				if (command !== 'build' || config.output !== 'static') return;
				const folder = join(fileURLToPath(config.cacheDir), 'data-store');
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'newsroom:store-chunks-from-disk',
								// Astro's own plugin loads the module first (its plugins come before an
								// integration's): its code is replaced before Rolldown parses it.
								transform: {
									filter: { id: chunkModule },
									handler: (_code: string, id: string) => chunkFromDisk(folder, id),
								},
							},
						],
					},
				});
			},
		},
	};
}
