import { createHash } from 'node:crypto';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	utimesSync,
} from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { locales, localeTable, type Locale } from '../i18n/locales';
import { url, type RouteKey } from '../i18n/routes';

/**
 * The URL path of a locale's search bundle under `dist/`. One bundle per locale, each holding one
 * language's index: the search page of a locale loads its own, and "search in all languages"
 * loads all three as separate Pagefind instances, so each query is stemmed by each index's own
 * rules (Pagefind's `mergeIndex` would run every index with the first one's stemmer).
 */
export const searchBundle = (locale: Locale): string => `/pagefind/${locale}/`;

/** Fails the build with every message Pagefind returned; it reports errors, never throws. */
function check(step: string, errors: string[]): void {
	if (errors.length > 0) {
		throw new Error(`Pagefind failed to ${step}:\n${errors.map((e) => `  ${e}`).join('\n')}`);
	}
}

/** Routes whose pages carry no `data-pagefind-body` and each own a top folder of a locale. */
const unindexed: RouteKey[] = ['topics', 'countries', 'archive', 'search', 'offline', 'notFound'];
const topFolder = (path: string) => path.split('/')[2] ?? '';

/**
 * Where the pages of `locale` that carry `data-pagefind-body` are, under `dir`: releases
 * (`/<locale>/news/<slug>/`) and institutional pages (every other top folder). Pagefind would read
 * the news, topic, country and year listings only to skip them: at 1,000 releases a language
 * that is a third of the HTML and a second of the build.
 */
function indexedFolders(dir: string, locale: Locale) {
	const news = topFolder(url('news', locale));
	const skipped = new Set([news, ...unindexed.map((key) => topFolder(url(key, locale)))]);
	const pages = readdirSync(join(dir, locale), { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && !skipped.has(entry.name))
		.map((entry) => `${locale}/${entry.name}`);
	return {
		/** Pagefind's globs. */
		globs: [`${locale}/${news}/*/index.html`, ...pages.map((p) => `${p}/**/*.html`)],
		/** The same files, listed here (relative to `dir`, sorted). */
		files: () => {
			const releases = existsSync(join(dir, locale, news))
				? readdirSync(join(dir, locale, news))
						.map((slug) => `${locale}/${news}/${slug}/index.html`)
						.filter((file) => existsSync(join(dir, file)))
				: [];
			const institutional = pages.flatMap((page) =>
				readdirSync(join(dir, page), { recursive: true, encoding: 'utf8' })
					.filter((file) => file.endsWith('.html'))
					.map((file) => `${page}/${file.split('\\').join('/')}`),
			);
			return [...releases, ...institutional].sort();
		},
	};
}

/**
 * A digest of everything a locale's bundle is made from: Pagefind's version and the path and
 * bytes of every page it reads. Equal digests give identical bundles.
 */
function bundleDigest(dir: string, files: string[], version: string): string {
	const hash = createHash('sha256').update(version);
	// Read synchronously: a thousand small files one after the other.
	for (const file of files)
		hash
			.update('\0')
			.update(file)
			.update('\0')
			.update(readFileSync(join(dir, file)));
	return hash.digest('hex').slice(0, 20);
}

/** Indexes the pages of `locale` under `dir` into `output`; returns how many pages it holds. */
async function indexLocale(dir: string, locale: Locale, globs: string[], output: string) {
	const { index, errors } = await pagefind.createIndex({});
	check('start', errors);
	if (!index) throw new Error('Pagefind returned no index.');
	for (const glob of globs) {
		const added = await index.addDirectory({ path: dir, glob });
		check(`index ${join(dir, glob)}`, added.errors);
	}
	const written = await index.writeFiles({ outputPath: output });
	check(`write ${output}`, written.errors);
}

/**
 * Checks a written bundle, removes the files the site does not load, and returns its page count.
 * pagefind-entry.json names each language of the bundle, its WebAssembly (with its stemmer) and
 * how many pages its index holds (addDirectory's `page_count` counts every HTML file read).
 */
async function finishBundle(output: string, locale: Locale): Promise<number> {
	const entry = JSON.parse(await readFile(join(output, 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number; wasm?: string }>;
	};
	// A locale may have nothing to index yet (a new site, a test fixture): an empty bundle. Pages
	// indexed under another language mean their `<html lang>` is wrong.
	const lang = localeTable[locale].lang;
	const others = Object.keys(entry.languages).filter((l) => l !== lang);
	if (others.length > 0) {
		throw new Error(
			`Pagefind indexed pages of ${searchBundle(locale)} as ${others.join(', ')}, not ${lang}: check <html lang> of the ${locale} pages.`,
		);
	}
	const own = entry.languages[lang];
	// The search page draws its own UI with Pagefind's JS API: Pagefind's prebuilt UIs are unused,
	// and so is the stemmer-less WebAssembly when the language has its own.
	const unused = own?.wasm
		? /^(pagefind-(ui|modular-ui|component-ui|highlight)\.|wasm\.unknown\.)/
		: /^pagefind-(ui|modular-ui|component-ui|highlight)\./;
	for (const name of await readdir(output)) {
		if (unused.test(name)) await rm(join(output, name));
	}
	return own?.page_count ?? 0;
}

/** Cached bundles unused for this long are deleted. */
const keepFor = 24 * 60 * 60 * 1000;

/**
 * Bundles kept between builds, by locale and digest (`<cache>/<locale>-<digest>/`), so a rebuild
 * indexes again only the locales whose pages changed. A bundle enters the cache whole (written
 * beside it, then renamed), so a build never copies a half-written one.
 */
function bundleCache(cache: string) {
	const path = (locale: Locale, digest: string) => join(cache, `${locale}-${digest}`);
	return {
		restore(locale: Locale, digest: string, output: string): boolean {
			const kept = path(locale, digest);
			if (!existsSync(kept)) return false;
			cpSync(kept, output, { recursive: true });
			const now = new Date();
			utimesSync(kept, now, now);
			return true;
		},
		keep(locale: Locale, digest: string, output: string) {
			const kept = path(locale, digest);
			const partial = `${kept}.${process.pid}.partial`;
			cpSync(output, partial, { recursive: true });
			try {
				renameSync(partial, kept);
			} catch {
				// Another build kept the same bundle first: identical, keep theirs.
				rmSync(partial, { recursive: true, force: true });
			}
			for (const name of readdirSync(cache)) {
				const old = join(cache, name);
				if (Date.now() - statSync(old).mtimeMs > keepFor)
					rmSync(old, { recursive: true, force: true });
			}
		},
	};
}

/**
 * Indexes the built site with Pagefind's Node API after every build, one bundle per locale. Only
 * elements marked `data-pagefind-body` (releases and pages) are indexed. A locale none of whose
 * indexed pages changed since a previous build gets that build's bundle back from Astro's cache
 * folder instead: after a one-release edit, one locale of three is indexed again. `reuse: false`
 * indexes every locale.
 */
export function pagefindSearch({ reuse = true }: { reuse?: boolean } = {}): AstroIntegration {
	let cache: ReturnType<typeof bundleCache> | undefined;
	let version = '';
	return {
		name: 'newsroom:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				if (!reuse) return;
				const folder = join(fileURLToPath(config.cacheDir), 'pagefind');
				cache = bundleCache(folder);
				const manifest = join(fileURLToPath(config.root), 'node_modules/pagefind/package.json');
				version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
				mkdirSync(folder, { recursive: true });
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const started = performance.now();
				try {
					const counts: string[] = [];
					for (const locale of locales) {
						const output = join(root, searchBundle(locale));
						rmSync(output, { recursive: true, force: true });
						const { globs, files } = indexedFolders(root, locale);
						const digest = cache && bundleDigest(root, files(), version);
						const reused = digest !== undefined && cache?.restore(locale, digest, output);
						if (!reused) await indexLocale(root, locale, globs, output);
						const pages = await finishBundle(output, locale);
						if (digest && !reused) cache?.keep(locale, digest, output);
						counts.push(`${locale} ${pages}${reused ? ' (unchanged, reused)' : ''}`);
					}
					logger.info(`pages indexed: ${counts.join(', ')}`);
				} finally {
					await pagefind.close();
				}
				logger.info(`indexed in ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
