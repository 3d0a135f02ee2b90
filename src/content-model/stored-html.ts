// The rendered HTML of content entries, kept beside Astro's content store instead of inside it.
//
// Astro writes its whole store again after any change: every entry serialized (devalue), cut
// into chunks and hashed, the old chunks read back to compare (`ChunkedWriter`). Rendered bodies
// are nine tenths of the store (180 MB at 10,000 releases a language), so one edited release
// cost 9.5 s of writing (BENCHMARKS.md), and every build parsed the whole store again to load
// it. Here each body is a file named by the hash of its HTML, written once, and the store keeps
// only that name: the store's entry changes exactly when the HTML does, as before.
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import type { ContentEntryType } from 'astro';
import { cacheDir } from '../settings';

/** What a loader's render function gives back (Astro's `RenderedContent`). */
interface Rendered {
	html: string;
	metadata?: { [key: string]: unknown };
}

/** The name of an entry's body file, if the store keeps it beside (`keepHtml`). */
const bodyFile = (rendered: Rendered | undefined) => {
	const name = rendered?.metadata?.htmlFile;
	return typeof name === 'string' ? name : undefined;
};

/** An entry as the store keeps it, with or without its HTML. */
interface WithRendered {
	rendered?: Rendered;
}

/** The folder of a collection's bodies, in the cache folder `cacheDir` (absolute or from the root). */
export const htmlFolder = (cacheDir: string, collection: string) =>
	join(resolve(cacheDir), 'newsroom-html', collection);

/** The name of the file holding `html`: the hash of its bytes, so equal bodies share a file. */
const fileOf = (html: string) =>
	`${createHash('sha256').update(html).digest('base64url').slice(0, 32)}.html`;

/**
 * Keeps `rendered`'s HTML in `folder` and gives back what the store keeps instead: the same
 * metadata, an empty `html` and the file's name (`metadata.htmlFile`).
 */
export function keepHtml<R extends Rendered>(folder: string, rendered: R): R {
	const name = fileOf(rendered.html);
	const path = join(folder, name);
	if (!existsSync(path)) {
		mkdirSync(folder, { recursive: true });
		// Written whole under another name, then renamed: a build stopped half-way leaves no half file.
		const partial = `${path}.${process.pid}.partial`;
		writeFileSync(partial, rendered.html);
		renameSync(partial, path);
	}
	return { ...rendered, html: '', metadata: { ...rendered.metadata, htmlFile: name } };
}

/** Astro's readers of content files with a render function that keeps each body in `folder`. */
export function keepingHtml(
	entryTypes: Map<string, ContentEntryType>,
	folder: string,
): Map<string, ContentEntryType> {
	return new Map(
		[...entryTypes].map(([extension, type]) => {
			const renderer = type.getRenderFunction?.bind(type);
			if (!renderer) return [extension, type];
			return [
				extension,
				{
					...type,
					getRenderFunction: async (config) => {
						const render = await renderer(config);
						return async (params) => keepHtml(folder, await render(params));
					},
				} satisfies ContentEntryType,
			];
		}),
	);
}

/**
 * The stored entries whose body file is missing from `folder` (a cache folder cleared by hand,
 * a build stopped between writing a body and saving the store): the loader drops them from the
 * store, so that they are rendered again.
 */
export function withoutBody<T extends WithRendered & { id: string }>(
	entries: Iterable<T>,
	folder: string,
): string[] {
	const present = new Set(existsSync(folder) ? readdirSync(folder) : []);
	const missing: string[] = [];
	for (const entry of entries) {
		const name = bodyFile(entry.rendered);
		if (name !== undefined && !present.has(name)) missing.push(entry.id);
	}
	return missing;
}

/** Removes the body files of `folder` that no entry of `entries` names any more. */
export function pruneHtml(entries: Iterable<WithRendered>, folder: string): void {
	if (!existsSync(folder)) return;
	const named = new Set<string>();
	for (const entry of entries) {
		const name = bodyFile(entry.rendered);
		if (name !== undefined) named.add(name);
	}
	for (const name of readdirSync(folder)) if (!named.has(name)) rmSync(join(folder, name));
}

/** `entry` with its HTML read back from `folder`, as Astro's store held it before. */
export function withHtml<T extends WithRendered>(entry: T, folder: string): T {
	const name = bodyFile(entry.rendered);
	if (name === undefined || !entry.rendered) return entry;
	const html = readFileSync(join(folder, name), 'utf8');
	return { ...entry, rendered: { ...entry.rendered, html } };
}

/**
 * The entries of `collection` as the store held them before bodies were kept beside it: each
 * with its HTML. For the page model's readers of the collections, on what `getCollection` gives.
 */
export function withBodies<T extends WithRendered>(collection: string, entries: T[]): T[] {
	const folder = htmlFolder(cacheDir, collection);
	return entries.map((entry) => withHtml(entry, folder));
}
