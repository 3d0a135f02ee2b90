// Pagefind over one locale's pages of a built site: which files it reads, the digest that tells
// whether a bundle would come out the same, indexing, and the checks on a written bundle.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { searchBundle } from '../i18n/file-routes';
import { localeTable, type Locale } from '../i18n/locales';
import { url, type RouteKey } from '../i18n/routes';

/** Fails the build with every message Pagefind returned; it reports errors, never throws. */
function check(step: string, errors: string[]): void {
	if (errors.length > 0) {
		throw new Error(`Pagefind failed to ${step}:\n${errors.map((e) => `  ${e}`).join('\n')}`);
	}
}

/** Routes whose pages carry no `data-pagefind-body` and each own a top folder of a locale. */
const unindexed: RouteKey[] = [
	'topics',
	'countries',
	'archive',
	'search',
	'offline',
	'notFound',
	'media',
];
const topFolder = (path: string) => path.split('/')[2] ?? '';

/**
 * Where the pages of `locale` that carry `data-pagefind-body` are, under `dir`: releases
 * (`/<locale>/news/<slug>/`) and institutional pages (every other top folder). Listings are never
 * handed to Pagefind, which would read them only to skip them (a large share of the HTML of a big site).
 */
export function indexedFolders(dir: string, locale: Locale) {
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
export function bundleDigest(dir: string, files: string[], version: string): string {
	const hash = createHash('sha256').update(version);
	// Read synchronously: many small files, one after the other.
	for (const file of files)
		hash
			.update('\0')
			.update(file)
			.update('\0')
			.update(readFileSync(join(dir, file)));
	return hash.digest('hex').slice(0, 20);
}

/** Indexes the pages that `globs` match under `dir` into a bundle at `output`. */
export async function indexPages(dir: string, globs: string[], output: string): Promise<void> {
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
export async function finishBundle(output: string, locale: Locale): Promise<number> {
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
	// and so is the stemmer-less WebAssembly when the language has its own. Its highlighting
	// script stays: a release opened from a result marks the searched words with it.
	const unused = own?.wasm
		? /^(pagefind-(ui|modular-ui|component-ui)\.|wasm\.unknown\.)/
		: /^pagefind-(ui|modular-ui|component-ui)\./;
	for (const name of await readdir(output)) {
		if (unused.test(name)) await rm(join(output, name));
	}
	return own?.page_count ?? 0;
}
