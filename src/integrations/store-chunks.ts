import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's module id of its content store (astro/dist/content/consts.js). */
export const storeModule = /^\0astro:data-layer-content$/;

/** How the store's module names one of its chunks: a lazy import of the chunk's own module. */
const chunkImport = /\(await import\("astro:data-layer-content-chunk:([a-f0-9]{16}\.txt)"\)\)/g;

/**
 * The store's module (Astro's `code`) with each chunk read from its file in `folder` instead of
 * imported as a module of its own; null for any other module, and for a store not in chunks.
 * Astro reads back a chunk given as a string as it reads a chunk module's default export
 * (`ImmutableDataStore.manifestToMap`). Fails, naming this file, when Astro's module names a
 * chunk in a way it does not know, so an Astro upgrade that changes the module cannot quietly
 * bundle the chunks again.
 */
export function chunksFromDisk(folder: string, id: string, code: string) {
	if (!storeModule.test(id) || !code.includes('astro:data-layer-content-chunk:')) return null;
	const read = code.replace(
		chunkImport,
		(_, file: string) => `readFileSync(${JSON.stringify(join(folder, file))}, 'utf8')`,
	);
	if (read.includes('astro:data-layer-content-chunk:')) {
		throw new Error(
			`src/integrations/store-chunks.ts does not know how Astro's content store module names its chunks: ${code.slice(0, 200)}`,
		);
	}
	return { code: `import { readFileSync } from 'node:fs';\n${read}`, map: { mappings: '' } };
}

/**
 * A build reads each chunk of Astro's content store from its file when the pages load the
 * store, instead of bundling it. With `collectionStorage: 'chunked'`, Astro's store module
 * imports each chunk (20 MB) as a module `export default "<the chunk, as one string literal>"`:
 * Astro read and quoted it, Rolldown parsed and wrote it again on every build, and V8 compiled
 * it again when the pages loaded it; at 10,000 releases a language that is 180 MB, the larger
 * part of "bundling" and 4 s of "pages" (BENCHMARKS.md). Here the store's module reads the same
 * files itself, so it holds the same strings, and the chunk modules are never made.
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
								// integration's): its code is rewritten before Rolldown parses it.
								transform: {
									filter: { id: storeModule },
									handler: (code: string, id: string) => chunksFromDisk(folder, id, code),
								},
							},
						],
					},
				});
			},
		},
	};
}
