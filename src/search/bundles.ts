// Pagefind over one locale's pages of a built site: which files it reads, the digest that tells
// whether a bundle would come out the same, indexing, and the checks on a written bundle.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { runtimePart, searchBundle, type SearchPart } from '../i18n/file-routes';
import { localeTable, type Locale } from '../i18n/locales';
import { routeOf } from '../i18n/route-of';
import { indexedBySearch } from '../i18n/routes';

/** Fails the build with every message Pagefind returned; it reports errors, never throws. */
function check(step: string, errors: string[]): void {
	if (errors.length > 0) {
		throw new Error(`Pagefind failed to ${step}:\n${errors.map((e) => `  ${e}`).join('\n')}`);
	}
}

/** Characters with a meaning in Pagefind's globs, which no folder name of the site holds. */
const globSyntax = /[*?[\]{}!,\\]/;

/**
 * Globs that match `files` and none of `others` (paths relative to a site, with `/`), one for
 * each shape of path: the files of one folder named alike (`en/news/<name>/index.html`) become
 * `en/news/*\/index.html` when no other file has that shape, and `en/news/{a,b}/index.html`
 * when some do (a listing beside releases, the other part's releases). Pagefind walks the site
 * once per glob, so a glob per file would cost a walk per page.
 * @example searchGlobs(['en/news/a/index.html', 'en/news/b/index.html'], ['en/news/index.html']) // => ['en/news/*\/index.html']
 */
export function searchGlobs(files: string[], others: string[]): string[] {
	// A file's shape: its path with the name of its folder left out (`en/news/\0/index.html`).
	// The locale's folder is never left out: a file right under it is its own glob.
	const split = (file: string) => {
		const parts = file.split('/');
		const at = parts.length - 2;
		if (at < 1) return { name: file, shape: file };
		return { name: parts[at]!, shape: parts.map((p, i) => (i === at ? '\0' : p)).join('/') };
	};
	const shapes = new Map<string, string[]>();
	for (const file of files) {
		const { name, shape } = split(file);
		if (globSyntax.test(name))
			throw new Error(`No search glob can name ${file}: ${name} holds glob syntax.`);
		const names = shapes.get(shape);
		if (names) names.push(name);
		else shapes.set(shape, [name]);
	}
	const shared = new Set(others.map((file) => split(file).shape));
	return [...shapes].map(([shape, names]) =>
		shape.replace(
			'\0',
			!shared.has(shape) ? '*' : names.length === 1 ? names[0]! : `{${names.join(',')}}`,
		),
	);
}

/** What search reads of a page it indexes: a digest of its bytes, and its publication year. */
export interface PageFacts {
	digest: string;
	/** The year of the page's `date` sort value (SearchRecord.astro), if it has one. */
	year?: string;
}

/**
 * The start tag of a release page's related releases (RelatedReleases.astro), which Pagefind
 * ignores whole (`data-pagefind-ignore="all"`). A new release enters the related releases of
 * every release that shares its topics and countries, old ones too: left in the digest, it would
 * index the archive again for text search never reads. tests/build/search.test.ts finds it on a
 * real release page.
 */
export const relatedStart =
	'<nav class="related" aria-labelledby="related-heading" data-pagefind-ignore="all">';

/**
 * A page's bytes without its related releases: from their start tag to the first `</nav>` after
 * it. That `</nav>` is at or before the element's own end, so nothing Pagefind reads is ever left
 * out; and the start tag, with its double quotes, is never text or an attribute's value (the
 * site's HTML escapes `"` in both).
 */
export function searchedBytes(bytes: Buffer): Buffer {
	const parts: Buffer[] = [];
	let from = 0;
	for (;;) {
		const start = bytes.indexOf(relatedStart, from, 'latin1');
		const end = start < 0 ? -1 : bytes.indexOf('</nav>', start, 'latin1');
		if (end < 0) break;
		parts.push(bytes.subarray(from, start));
		from = end + '</nav>'.length;
	}
	return from === 0 ? bytes : Buffer.concat([...parts, bytes.subarray(from)]);
}

/** The facts of a page, from its bytes. */
export function pageFacts(bytes: Buffer): PageFacts {
	const year = /data-pagefind-sort="date">(\d{4})-/.exec(bytes.toString('latin1'))?.[1];
	return {
		digest: createHash('sha256').update(searchedBytes(bytes)).digest('base64'),
		...(year ? { year } : {}),
	};
}

/** The pages of a part of a locale's index: Pagefind's globs (relative to a site), and the files. */
export interface PartPages {
	globs: string[];
	/** The files the globs match (relative to the site, sorted). */
	files: string[];
}

/**
 * The pages of `locale` under a built site `dir` that search indexes, in the parts of its index
 * (file-routes.ts `searchParts`): the HTML files of the routes marked in `indexedBySearch`
 * (src/i18n/routes.ts), and no others. Other pages (listings, the Subscribe page…) are never
 * handed to Pagefind, which would read them only to skip them (a large share of the HTML of a big
 * site), and never enter a bundle's digest. The releases of the latest year any release of the
 * locale has (`yearOf`, read from each page) go to the recent part with every indexed page that
 * is not a release; the older releases to the archive.
 */
export function indexedPages(
	dir: string,
	locale: Locale,
	yearOf: (path: string) => string | undefined,
): Record<SearchPart, PartPages> {
	const html = existsSync(join(dir, locale))
		? readdirSync(join(dir, locale), { recursive: true, encoding: 'utf8' })
				.filter((file) => file.endsWith('.html'))
				.map((file) => `${locale}/${file.split('\\').join('/')}`)
				.sort()
		: [];
	const routes = new Map(
		html.map((file) => [file, routeOf(`/${file}`.replace(/index\.html$/, ''), locale)]),
	);
	const indexed = html.filter((file) => {
		const route = routes.get(file);
		return route !== undefined && indexedBySearch[route];
	});
	const years = new Map(
		indexed
			.filter((file) => routes.get(file) === 'release')
			.map((file) => [file, yearOf(join(dir, file))]),
	);
	const latest = [...years.values()].reduce<string>((a, b) => (b && b > a ? b : a), '');
	const archived = (file: string) => {
		const year = years.get(file);
		return year !== undefined && year < latest;
	};
	const part = (files: string[]): PartPages => {
		const own = new Set(files);
		return {
			globs: searchGlobs(
				files,
				html.filter((file) => !own.has(file)),
			),
			files,
		};
	};
	return {
		recent: part(indexed.filter((file) => !archived(file))),
		archive: part(indexed.filter(archived)),
	};
}

/**
 * A digest of everything a part's bundle is made from: Pagefind's version, the globs it is
 * given (their order is the order of the pages in the index), and the path and bytes of every
 * page it reads (all but what `searchedBytes` leaves out, which Pagefind ignores), or a digest
 * of those bytes: `bytesOf` gives either for a path (the build keeps each page's digest, and does
 * not read again a page it did not write: file-memo.ts). Equal digests give identical bundles.
 */
export function bundleDigest(
	dir: string,
	{ globs, files }: { globs: string[]; files: string[] },
	version: string,
	bytesOf: (path: string) => Buffer | string = (path) => searchedBytes(readFileSync(path)),
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
 * Where the archive part's entry file sends Pagefind for its WebAssembly: to the runtime part's
 * file of the same language (file-routes.ts `runtimePart`). Pagefind fetches
 * `<bundle>wasm.<name>.pagefind`, and this name climbs from `/pagefind/en/archive/wasm./` to
 * `/pagefind/en/`, so both parts of a language load one file (60 KB), fetched once. The runtime
 * part has it whenever the archive has pages: it holds the releases of the latest year.
 * @example `/pagefind/en/archive/wasm.${sharedWasm('en')}.pagefind` // resolves to '/pagefind/en/recent/wasm.en.pagefind'
 */
export const sharedWasm = (wasm: string): string => `/../../${runtimePart}/wasm.${wasm}`;

/**
 * Checks a written bundle, removes the files the site does not load, and returns its page count.
 * pagefind-entry.json names each language of the bundle, its WebAssembly (with its stemmer) and
 * how many pages its index holds (addDirectory's `page_count` counts every HTML file read). Run
 * again on a bundle it finished (one kept from the last build), it changes nothing.
 */
export async function finishBundle(
	output: string,
	locale: Locale,
	part: SearchPart,
): Promise<number> {
	const entryFile = join(output, 'pagefind-entry.json');
	const entry = JSON.parse(await readFile(entryFile, 'utf8')) as {
		languages: Record<string, { page_count: number; wasm?: string }>;
	};
	// A locale may have nothing to index yet (a new site, a test fixture): an empty bundle. Pages
	// indexed under another language mean their `<html lang>` is wrong.
	const lang = localeTable[locale].lang;
	const others = Object.keys(entry.languages).filter((l) => l !== lang);
	if (others.length > 0) {
		throw new Error(
			`Pagefind indexed pages of ${searchBundle(locale, part)} as ${others.join(', ')}, not ${lang}: check <html lang> of the ${locale} pages.`,
		);
	}
	const own = entry.languages[lang];
	// The search page draws its own UI with Pagefind's JS API: Pagefind's prebuilt UIs are unused,
	// and so is the stemmer-less WebAssembly when the language has its own. The runtime part keeps
	// Pagefind's script, worker and WebAssembly for both parts, and the highlighting script (a
	// release opened from a result marks the searched words with it); the other parts, only their
	// index.
	const unused =
		part !== runtimePart
			? /^(pagefind-(ui|modular-ui|component-ui)\.|wasm\.|pagefind(-worker|-highlight)?\.js$)/
			: own?.wasm
				? /^(pagefind-(ui|modular-ui|component-ui)\.|wasm\.unknown\.)/
				: /^pagefind-(ui|modular-ui|component-ui)\./;
	for (const name of await readdir(output)) {
		if (unused.test(name)) await rm(join(output, name));
	}
	if (part !== runtimePart && own?.wasm && !own.wasm.startsWith('/')) {
		own.wasm = sharedWasm(own.wasm);
		await writeFile(entryFile, JSON.stringify(entry));
	}
	return own?.page_count ?? 0;
}
