// Pagefind over one locale's pages of a built site: which files it reads, the digest that tells
// whether a bundle would come out the same, indexing, and the checks on a written bundle.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { searchBundle } from '../i18n/file-routes';
import { localeTable, type Locale } from '../i18n/locales';
import { routeOf } from '../i18n/route-of';
import { indexedBySearch } from '../i18n/routes';

/** Fails the build with every message Pagefind returned; it reports errors, never throws. */
function check(step: string, errors: string[]): void {
	if (errors.length > 0) {
		throw new Error(`Pagefind failed to ${step}:\n${errors.map((e) => `  ${e}`).join('\n')}`);
	}
}

/**
 * Globs that match `files` and none of `skipped` (paths relative to a site, with `/`): a top
 * folder of a locale that holds no skipped page is read whole (`en/who-we-are/**\/*.html`);
 * in the others, one glob per shape of path (`en/news/*\/index.html`), unless a skipped page has
 * that shape too: then the files of that shape are named one by one.
 * @example searchGlobs(['en/news/a/index.html', 'en/news/b/index.html'], ['en/news/index.html']) // => ['en/news/*\/index.html']
 */
export function searchGlobs(files: string[], skipped: string[]): string[] {
	const top = (file: string) => file.split('/').slice(0, 2).join('/');
	const mixed = new Set(skipped.map(top));
	const shapes = new Map<string, string[]>();
	for (const file of files) {
		const parts = file.split('/');
		const glob =
			parts.length > 2 && !mixed.has(top(file))
				? `${top(file)}/**/*.html`
				: parts.map((part, i) => (i < 2 || i === parts.length - 1 ? part : '*')).join('/');
		const named = shapes.get(glob) ?? [];
		named.push(file);
		shapes.set(glob, named);
	}
	// Pagefind's `*` stands for one whole folder name, as here.
	const matches = (glob: string[], file: string[]) =>
		glob.length === file.length && glob.every((part, i) => part === '*' || part === file[i]);
	const others = skipped.map((file) => file.split('/'));
	return [...shapes].flatMap(([glob, named]) =>
		others.some((other) => matches(glob.split('/'), other)) ? named : [glob],
	);
}

/**
 * The pages of `locale` under a built site `dir` that search indexes: the HTML files of the
 * routes marked in `indexedBySearch` (src/i18n/routes.ts), and no others. Other pages (listings,
 * the Subscribe page…) are never handed to Pagefind, which would read them only to skip them
 * (a large share of the HTML of a big site), and never enter the bundle's digest.
 */
export function indexedPages(dir: string, locale: Locale) {
	const html = existsSync(join(dir, locale))
		? readdirSync(join(dir, locale), { recursive: true, encoding: 'utf8' })
				.filter((file) => file.endsWith('.html'))
				.map((file) => `${locale}/${file.split('\\').join('/')}`)
		: [];
	const indexed = (file: string) => {
		const route = routeOf(`/${file}`.replace(/index\.html$/, ''), locale);
		return route !== undefined && indexedBySearch[route];
	};
	const files = html.filter(indexed).sort();
	return {
		/** Pagefind's globs, relative to `dir`. */
		globs: searchGlobs(
			files,
			html.filter((file) => !indexed(file)),
		),
		/** The same files, listed (relative to `dir`, sorted). */
		files,
	};
}

/**
 * A digest of everything a locale's bundle is made from: Pagefind's version, the globs it is
 * given (their order is the order of the pages in the index), and the path and bytes of every
 * page it reads, or a digest of those bytes: `bytesOf` gives either for a path (the build
 * keeps each page's digest, and does not read again a page it did not write: file-memo.ts).
 * Equal digests give identical bundles.
 */
export function bundleDigest(
	dir: string,
	{ globs, files }: { globs: string[]; files: string[] },
	version: string,
	bytesOf: (path: string) => Buffer | string = readFileSync,
): string {
	const hash = createHash('sha256').update(version).update('\0').update(globs.join('\n'));
	// Read synchronously: many small files, one after the other.
	for (const file of files)
		hash
			.update('\0')
			.update(file)
			.update('\0')
			.update(bytesOf(join(dir, file)));
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
