import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { searchParts } from '../../src/i18n/file-routes';
import { root } from './astro';

export { select, selectAll, toString };

/** Every file under `dir`, as paths relative to it with forward slashes. */
export async function listFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
		.sort();
}

/** The URL paths of every HTML page in a build, e.g. `/fr/actualites/`. */
export async function listPages(dir: string): Promise<string[]> {
	return (await listFiles(dir))
		.filter((f) => f.endsWith('.html'))
		.map((f) => `/${f}`.replace(/index\.html$/, ''));
}

/** Reads the page a URL path serves from a build, parsed into a HTML tree. */
export async function readPage(dir: string, urlPath: string): Promise<Root> {
	const file = urlPath.endsWith('.html') ? urlPath : `${urlPath}index.html`;
	return fromHtml(await readFile(join(dir, file), 'utf8'));
}

/** The value of an attribute of the first element matching `selector`. */
export function attr(tree: Root | Element, selector: string, name: string): string | undefined {
	const value = select(selector, tree)?.properties[name];
	return value === undefined || value === null
		? undefined
		: Array.isArray(value)
			? value.join(' ')
			: String(value);
}

/** The trimmed text of the first element matching `selector`. */
export function text(tree: Root | Element, selector: string): string {
	const node = select(selector, tree);
	return node ? toString(node).replace(/\s+/g, ' ').trim() : '';
}

/** A page as Pagefind recorded it in a fragment file of a search bundle. */
export interface SearchRecord {
	url: string;
	content: string;
	language: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

/**
 * Reads a file of `dist/`, gunzipping it when it is compressed (Pagefind's index files are), so
 * tests can search every byte the site serves for text that must not be there.
 */
export async function readServedText(dir: string, file: string): Promise<string> {
	const bytes = await readFile(join(dir, file));
	const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
	return (gzipped ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** Every record of the search bundles (`pagefind/<locale>/<part>/`), from their fragment files. */
export async function searchRecords(dir: string): Promise<SearchRecord[]> {
	const records: SearchRecord[] = [];
	const bundles = (await readdir(join(dir, 'pagefind'))).flatMap((locale) =>
		searchParts.map((part) => join(locale, part)),
	);
	for (const bundle of bundles.sort()) {
		const folder = join(dir, 'pagefind', bundle, 'fragment');
		// A locale with nothing to index has an empty bundle, without fragments.
		if (!existsSync(folder)) continue;
		for (const name of (await readdir(folder)).sort()) {
			const body = await readServedText(folder, name);
			const record = JSON.parse(body.replace(/^pagefind_dcd/, '')) as Omit<
				SearchRecord,
				'language'
			>;
			records.push({ ...record, language: name.split('_')[0] ?? '' });
		}
	}
	return records;
}

/**
 * Whether a file of `dist/` is a byte-for-byte copy of Decap CMS's bundle (the web editor's
 * scripts, which no content reaches): scans of `dist/` for leaked content skip those.
 */
export async function isDecapCopy(dir: string, file: string): Promise<boolean> {
	if (!file.startsWith('admin/')) return false;
	const original = join(root, 'node_modules/decap-cms/dist', file.slice('admin/'.length));
	const copy = await readFile(join(dir, file));
	return readFile(original).then(
		(bytes) => bytes.equals(copy),
		() => false,
	);
}
