import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchBundle } from '../i18n/file-routes';
import { locales } from '../i18n/locales';
import { bundleCache } from '../search/bundle-cache';
import { bundleDigest, finishBundle, indexedPages, indexPages } from '../search/bundles';
import { describeStep, duration } from './build-steps';
import { fileMemo } from './file-memo';
import type { DistInPlace } from './dist-in-place';

/**
 * Indexes the built site with Pagefind's Node API after every build, one bundle per locale. Only
 * the pages of the routes the route table marks `indexedBySearch` are read, and in them only
 * elements marked `data-pagefind-body`. A locale none of whose
 * indexed pages changed since a previous build gets that build's bundle back from Astro's cache
 * folder instead: after a one-release edit, one locale of three is indexed again; and when the
 * build writes over the last `dist/` (`inPlace`), a bundle that would come out the same is
 * left where it is. `reuse: false` indexes every locale.
 */
export function pagefindSearch({
	reuse = true,
	inPlace,
}: {
	reuse?: boolean;
	inPlace?: Pick<DistInPlace, 'previous' | 'remember'>;
} = {}): AstroIntegration {
	let cache: ReturnType<typeof bundleCache> | undefined;
	let memoFile: string | undefined;
	let version = '';
	return {
		name: 'newsroom:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				if (!reuse) return;
				const folder = join(fileURLToPath(config.cacheDir), 'pagefind');
				cache = bundleCache(folder);
				memoFile = join(fileURLToPath(config.cacheDir), 'newsroom-search-pages.bin');
				const manifest = join(fileURLToPath(config.root), 'node_modules/pagefind/package.json');
				version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
				mkdirSync(folder, { recursive: true });
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				// The digest of each page, kept for the next build (file-memo.ts).
				const memo = fileMemo<string>(memoFile, root);
				const pageDigest = (path: string) =>
					memo.get(path, (bytes) => createHash('sha256').update(bytes).digest('base64'));
				// Bundles being removed: each is moved aside at once and deleted while Pagefind indexes
				// (its own process), not before (1.7 s for the English bundle at 10,000 releases).
				const removals: Promise<void>[] = [];
				const remove = (output: string) => {
					if (!existsSync(output)) return;
					const aside = `${output.replace(/\/$/, '')}.removed-${process.pid}-${removals.length}`;
					renameSync(output, aside);
					removals.push(rm(aside, { recursive: true, force: true }));
				};
				try {
					const counts: string[] = [];
					const steps: string[] = [];
					for (const locale of locales) {
						const started = performance.now();
						const output = join(root, searchBundle(locale));
						const indexed = indexedPages(root, locale);
						const digest = cache && bundleDigest(root, indexed, version, pageDigest);
						const name = `search:${locale}`;
						const kept =
							digest !== undefined &&
							inPlace?.previous(name) === digest &&
							existsSync(join(output, 'pagefind-entry.json'));
						if (!kept) remove(output);
						const reused = kept || (digest !== undefined && cache?.restore(locale, digest, output));
						if (!reused) await indexPages(root, indexed.globs, output);
						const pages = await finishBundle(output, locale);
						if (digest && !reused) cache?.keep(locale, digest, output);
						if (digest) inPlace?.remember(name, digest);
						counts.push(`${locale} ${pages}${reused ? ' (unchanged, reused)' : ''}`);
						const time = duration(performance.now() - started);
						steps.push(`${locale} ${kept ? 'kept' : reused ? 'reused' : 'indexed'} ${time}`);
					}
					memo.save();
					logger.info(`pages indexed: ${counts.join(', ')}`);
					describeStep('search', steps.join(', '));
				} finally {
					await Promise.all(removals);
					await pagefind.close();
				}
			},
		},
	};
}
