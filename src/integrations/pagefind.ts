import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchBundle, searchBundlesUrl, searchFolder, searchParts } from '../i18n/file-routes';
import { locales } from '../i18n/locales';
import { bundleCache } from '../search/bundle-cache';
import {
	bundleDigest,
	finishBundle,
	indexedPages,
	indexPages,
	pageFacts,
	relatedStart,
	type PageFacts,
} from '../search/bundles';
import { describeStep, duration } from './build-steps';
import { fileMemo } from './file-memo';
import type { DistInPlace } from './dist-in-place';

/**
 * What is under the search bundles' folder of a built site `root` and is no part of a locale's
 * index (a bundle of an older layout, a locale no longer built): paths to remove.
 */
function strayFiles(root: string): string[] {
	const list = (folder: string) => (existsSync(folder) ? readdirSync(folder) : []);
	const top = join(root, searchBundlesUrl);
	return list(top).flatMap((name) => {
		const locale = locales.find((l) => l === name);
		if (!locale) return [join(top, name)];
		const folder = join(root, searchFolder(locale));
		return list(folder)
			.filter((part) => !(searchParts as readonly string[]).includes(part))
			.map((part) => join(folder, part));
	});
}

/**
 * Indexes the built site with Pagefind's Node API after every build: each locale's index in two
 * parts, each a bundle (the latest year's releases with the other indexed pages, and the older
 * releases: file-routes.ts `searchParts`). Only the pages of the routes the route table marks
 * `indexedBySearch` are read, and in them only elements marked `data-pagefind-body`. A part none
 * of whose pages changed since a previous build gets that build's bundle back from Astro's cache
 * folder instead: after a new release, only its language's recent part is indexed again; and
 * when the build writes over the last `dist/` (`inPlace`), a bundle that would come out the same
 * is left where it is. `reuse: false` indexes every part.
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
				memoFile = join(fileURLToPath(config.cacheDir), 'newsroom-search-facts.bin');
				const manifest = join(fileURLToPath(config.root), 'node_modules/pagefind/package.json');
				version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
				mkdirSync(folder, { recursive: true });
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				// The digest and year of each page, kept for the next build (file-memo.ts), and read
				// once in this one (the parts ask for the year, their digests for the digest).
				const memo = fileMemo<PageFacts>(memoFile, `${root}\0${relatedStart}`);
				const known = new Map<string, PageFacts>();
				const factsOf = (path: string) => {
					let facts = known.get(path);
					if (!facts) known.set(path, (facts = memo.get(path, pageFacts)));
					return facts;
				};
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
					// What no part writes (a bundle of an older layout, a locale no longer built) goes.
					for (const path of strayFiles(root)) remove(path);
					const counts: string[] = [];
					const steps: string[] = [];
					for (const locale of locales) {
						const parts = indexedPages(root, locale, (path) => factsOf(path).year);
						const pages: string[] = [];
						for (const part of searchParts) {
							const started = performance.now();
							const output = join(root, searchBundle(locale, part));
							const digest =
								cache && bundleDigest(root, parts[part], version, (path) => factsOf(path).digest);
							const name = `search:${locale}-${part}`;
							const kept =
								digest !== undefined &&
								inPlace?.previous(name) === digest &&
								existsSync(join(output, 'pagefind-entry.json'));
							if (!kept) remove(output);
							const reused =
								kept ||
								(digest !== undefined && cache?.restore(`${locale}-${part}`, digest, output));
							if (!reused) await indexPages(root, parts[part].globs, output);
							const count = await finishBundle(output, locale, part);
							pages.push(`${count} ${part}${reused ? ' (unchanged, reused)' : ''}`);
							if (digest && !reused) cache?.keep(`${locale}-${part}`, digest, output);
							if (digest) inPlace?.remember(name, digest);
							const time = duration(performance.now() - started);
							steps.push(
								`${locale} ${part} ${kept ? 'kept' : reused ? 'reused' : 'indexed'} ${time}`,
							);
						}
						counts.push(`${locale} ${pages.join(' + ')}`);
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
