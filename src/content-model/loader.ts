import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentEntryType } from 'astro';
import { AstroError } from 'astro/errors';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { escapePath } from 'tinyglobby';
import { formatProblems, type ContentFile, type ContentProblem } from './checks';
import type { FieldShape } from './known-fields';
import { entryId, entryPath } from '../i18n/language-files';
import { renderFragment } from '../markdown/fragment';
import { scanContent, type FileKind, type FileResult, type Scan } from './scan';
import { scanCache } from './scan-cache';
import { htmlFolder, keepingHtml, pruneHtml, withoutBody } from './stored-html';

/** A collection's folder as a file name: `content/releases` → `releases`. */
const collectionName = (base: string) => base.split(/[\\/]/).filter(Boolean).at(-1) ?? 'content';

/** Thrown when content is invalid: the message lists every problem, file by file. */
export class ContentError extends AstroError {
	constructor(readonly problems: ContentProblem[]) {
		super(
			formatProblems(problems),
			'Fix each line above, then build again. EDITING.md explains every field.',
		);
		this.name = 'ContentError';
		// The code that noticed is of no use to an editor: the files at fault are in the message.
		this.stack = '';
	}
}

/** Turns Astro's schema error (`**field**: message` lines) into located problems. */
export function problemsFromSchemaError(file: string, error: unknown): ContentProblem[] {
	const text = error instanceof Error ? error.message : String(error);
	const issues = [...text.matchAll(/^\s*\*\*([^*\n]*)\*\*: (.+)$/gm)]
		.filter(([, field]) => !field?.includes('→'))
		.map(([, field, message]) => ({ file, ...(field ? { field } : {}), message: message ?? '' }));
	return issues.length ? issues : [{ file, message: text }];
}

/**
 * Runs the glob loader, turning a frontmatter that is not valid YAML (which stops the loader at
 * the first such file) into a located problem with a hint about quoting. Astro reports YAML
 * positions from 0; editors count lines and columns from 1.
 */
async function loadOrExplain(
	load: () => Promise<void>,
	toRelative: (path: string) => string,
	problems: ContentProblem[],
): Promise<void> {
	try {
		await load();
	} catch (error) {
		const loc = (error as { loc?: { file?: string; line?: number; column?: number } }).loc;
		if (!loc?.file) throw error;
		const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
		throw new ContentError([
			...problems,
			{
				file: toRelative(loc.file),
				message: `The frontmatter is not valid YAML at line ${(loc.line ?? 0) + 1}, column ${(loc.column ?? 0) + 1} (${reason}). A value holding ": " (as French text often does) or starting with a quote must be put in double quotes, like: summary: "Le projet : un refuge"`,
			},
		]);
	}
}

/** Astro's readers of a content file, by extension: passed to loaders, not in the public type. */
type EntryTypes = Map<string, ContentEntryType>;

/**
 * The glob loader parses the frontmatter of every file before it compares the file's digest with
 * the stored entry's, and a file that has not changed is then left as it is, its frontmatter
 * unused: at 10,000 releases a language, 6 s of YAML in a one-release rebuild (BENCHMARKS.md).
 * The readers given here answer an empty frontmatter for such a file (the loader's id of a file
 * does not read its frontmatter: `idOf` is the same as `generateId`), and parse any other.
 * Without Astro's readers in the context (a later Astro), the loader keeps its own. (A build
 * does not even hand it the unchanged files: `changedFiles`; `astro dev` does.)
 */
function unchangedUnparsed(
	context: LoaderContext,
	idOf: (path: string) => string,
	entryTypes: EntryTypes | undefined,
): { entryTypes?: EntryTypes } {
	if (!entryTypes) return {};
	// The loader's own test of a file left as it is: a stored entry read from a file, same digest.
	const unchanged = (fileUrl: URL, contents: string) => {
		const stored = context.store.get(idOf(fileURLToPath(fileUrl)));
		return !!stored?.filePath && stored.digest === context.generateDigest(contents);
	};
	return {
		entryTypes: new Map(
			[...entryTypes].map(([extension, type]) => [
				extension,
				{
					...type,
					getEntryInfo: (params) =>
						unchanged(params.fileUrl, params.contents)
							? { data: {}, body: '', slug: '', rawData: '' }
							: type.getEntryInfo(params),
				} satisfies ContentEntryType,
			]),
		),
	};
}

/** The content store a loader is given, with the method the glob loader uses for pictures. */
type Store = LoaderContext['store'] & {
	addAssetImports?: (assets: string[], filePath?: string) => void;
};

/** An entry of the content store. */
type DataEntry = NonNullable<ReturnType<Store['get']>>;

/**
 * The most changed files a build hands Astro's glob loader one by one. Its glob tests every file
 * of the folder against every path it is given: 3,000 paths cost nothing at 1,000 releases a
 * language, but 30,000 (a clean build at 10,000) added 160 s. More changed files than this, and
 * the glob loader gets the whole folder, as before.
 */
export const changedFilesLimit = 100;

/**
 * What a build hands Astro's glob loader: only the files that changed since the last build, when
 * there are at most `changedFilesLimit`. The glob loader reads every file of the folder again,
 * after the scan (scan.ts) has read it, only to find most of them unchanged: at 10,000 releases a
 * language, 30,000 reads and digests in a one-release rebuild (profile of 2026-12-07).
 *
 * A file is unchanged exactly when the glob loader would find it so: the store holds an entry of
 * its id, read from a file, with the digest of its text (which the scan keeps). For such a file
 * this does what the glob loader does (it registers the entry's pictures and modules with the
 * build; Astro 7.4 also lists them again from the entries before it writes them), and keeps it
 * out of the glob loader's view of the store, where it would be deleted as not seen. Entries of
 * files that are gone are deleted here, as the glob loader deletes those it did not see. The
 * files are the scanned ones that the glob loader's `**\/*.md` lists: none under a folder, or
 * with a name, that starts with a dot. The glob loader gets each changed file's path escaped, so
 * that no character of a file name is read as a pattern. With more changed files than the limit,
 * this changes nothing and answers undefined.
 */
export function changedFiles(
	store: Store,
	scan: Scan,
	folder: string,
	root: string,
): { changed: string[]; store: Store } | undefined {
	const unchanged = new Map<string, DataEntry>();
	const changed: string[] = [];
	for (const [file, scanned] of scan.files) {
		const inFolder = relative(folder, resolve(root, file)).split('\\').join('/');
		if (inFolder.split('/').some((part) => part.startsWith('.'))) continue;
		const id = entryId(inFolder);
		const stored = store.get(id);
		if (stored?.filePath && scanned.digest !== undefined && stored.digest === scanned.digest) {
			unchanged.set(id, stored);
		} else {
			changed.push(inFolder);
			if (changed.length > changedFilesLimit) return undefined;
		}
	}
	for (const stored of unchanged.values()) {
		const filePath = stored.filePath ?? '';
		if (stored.deferredRender) store.addModuleImport(filePath);
		if (stored.assetImports?.length) {
			if (!store.addAssetImports)
				throw new Error(
					"src/content-model/loader.ts: Astro's content store has no addAssetImports any more, which the pictures of unchanged entries need: see how the glob loader registers them now.",
				);
			store.addAssetImports(stored.assetImports, filePath);
		}
	}
	const current = new Set([...unchanged.keys(), ...changed.map(entryId)]);
	for (const id of store.keys()) if (!current.has(id)) store.delete(id);
	return {
		changed,
		store: { ...store, keys: () => store.keys().filter((id) => !unchanged.has(id)) },
	};
}

interface StrictGlobOptions<Data> {
	/** The folder of the collection, relative to the project root. */
	base: string;
	/** The fields a file may hold, for naming a misspelt one. */
	shape: FieldShape;
	/** Checks over the whole collection once every file is parsed; `dev` under `astro dev`. */
	check: (files: ContentFile<Data>[], mode: { dev: boolean }) => ContentProblem[];
	/** Whether a file is published: unpublished files leave the store of a production build. */
	published: (data: Data) => boolean;
	/** The version of the Markdown pipeline: when it changes, cached entries are rendered again. */
	version?: string;
	/**
	 * Validates a file Astro cannot load (its picture is missing) against the schema, with a
	 * stand-in for pictures, so that its other problems are reported with the rest.
	 */
	validateAlone?: (data: Record<string, unknown>) => { path: PropertyKey[]; message: string }[];
	/** How its files are written (scan.ts): what marks one unwritten, whether it needs a text. */
	kind?: FileKind;
	/** Changes a file's frontmatter before validation (e.g. typesets its text fields). */
	prepare?: (data: Record<string, unknown>, filePath: string) => Record<string, unknown>;
}

/**
 * The problems each collection found in its last load, by folder. Astro stops at the first
 * loader that fails, so each loader leaves its problems here and the last one to finish fails
 * with those of every collection: an editor sees every problem of the content at once.
 */
const reports = new Map<string, ContentProblem[]>();
const collections = new Set<string>();

/**
 * Renders a file's notes to editors (Markdown) to safe HTML beside them; HTML the sanitizer
 * would remove is a problem of the field, not a warning, since the notes are short and plain.
 */
async function withNotes<T extends Record<string, unknown>>(
	data: T,
	file: string,
	problems: ContentProblem[],
): Promise<T> {
	if (typeof data.notesToEditors !== 'string') return data;
	const { html, unsafe } = await renderFragment(data.notesToEditors, file);
	for (const part of unsafe) {
		problems.push({
			file,
			field: 'notesToEditors',
			message: `notesToEditors holds HTML the site does not publish (${part}): write the notes in plain Markdown.`,
		});
	}
	return { ...data, notesHtml: html };
}

/** Records a collection's problems; throws all of every collection once each has reported. */
function report(base: string, problems: ContentProblem[]): void {
	reports.set(base, problems);
	if ([...collections].some((name) => !reports.has(name))) return;
	const all = [...collections].flatMap((name) => reports.get(name) ?? []);
	if (all.length > 0) throw new ContentError(all);
}

/**
 * Astro's glob loader for `<folder>/index.<language>.md` files, made strict. Every file is read first
 * (scan.ts): its frontmatter as written, so dates stay the text the editor typed; a file that
 * cannot be read is reported and left out of Astro's glob. Then it gathers every schema error
 * and every problem the collection-wide `check` finds, removes the faulty entries from the
 * content store (so a cached build cannot keep them) and fails with one message listing all.
 * A production build also removes the files that are not published (drafts, embargoes), so
 * that nothing of them, pictures included, reaches the build.
 */
export function strictGlob<Data>({
	base,
	shape,
	check,
	published,
	prepare,
	kind,
	validateAlone,
	version,
}: StrictGlobOptions<Data>): Loader {
	collections.add(base);
	return {
		name: 'strict-glob',
		load: async (context: LoaderContext) => {
			const root = fileURLToPath(context.config.root);
			const toRelative = (path: string) =>
				relative(root, resolve(root, path)).split('\\').join('/');
			// `astro dev` keeps drafts, a build does not, and the store keeps the path each entry was
			// read from: switching either, or the folder, starts from an empty store.
			const mode = `${version ?? ''}:${context.watcher ? 'dev' : 'build'}:${resolve(root, base)}`;
			if (context.meta.get('mode') !== mode) {
				context.store.clear();
				context.meta.set('mode', mode);
			}
			// What the last build's scan found in each file that has not changed since.
			const cache = scanCache<FileResult>(
				join(fileURLToPath(context.config.cacheDir), `newsroom-scan-${collectionName(base)}.bin`),
				mode,
			);
			const scan = scanContent(root, base, shape, kind, cache, (text) =>
				context.generateDigest(text),
			);
			cache.save();
			for (const file of scan.unwritten) {
				context.logger.info(`${file}: not written yet (no title, no text), so not published.`);
			}
			const problems: ContentProblem[] = [...scan.problems];
			for (const { file, data } of scan.unloadable) {
				for (const issue of validateAlone?.(prepare ? prepare(data, file) : data) ?? []) {
					const field = issue.path.map(String).join('.');
					if (field === 'image.src') continue;
					problems.push({ file, ...(field ? { field } : {}), message: issue.message });
				}
			}
			const failed = new Set<string>();
			for (const file of scan.rejected) context.store.delete(entryId(file));
			// Bodies are kept beside the store (stored-html.ts); an entry whose body file is gone
			// is rendered again.
			const bodies = htmlFolder(fileURLToPath(context.config.cacheDir), context.collection);
			for (const id of withoutBody(context.store.values(), bodies)) context.store.delete(id);
			const folder = resolve(root, base);
			// A build hands Astro's glob only the files that changed, if few (`astro dev` watches
			// them all).
			const changes = context.watcher ? undefined : changedFiles(context.store, scan, folder, root);
			const inner = glob({
				pattern: changes
					? changes.changed.map(escapePath)
					: ['**/*.md', ...scan.rejected.map((file) => `!${file}`)],
				base,
				generateId: ({ entry }) => entryId(entry),
				// Nothing reads an entry's Markdown source after rendering: keep it out of the store.
				retainBody: false,
			});
			const entryTypes = (context as LoaderContext & { entryTypes?: EntryTypes }).entryTypes;
			await loadOrExplain(
				() =>
					changes?.changed.length === 0
						? Promise.resolve()
						: inner.load({
								...context,
								...(changes ? { store: changes.store } : {}),
								...unchangedUnparsed(
									context,
									(path) => entryId(relative(folder, path)),
									entryTypes && keepingHtml(entryTypes, bodies),
								),
								parseData: async (props) => {
									const file = toRelative(props.filePath ?? props.id);
									try {
										// Only what the scan read and checked reaches the schema: a file it did not
										// read (one reached through a link) is never loaded.
										const scanned = scan.files.get(file);
										if (!scanned)
											throw new Error(
												'The content checks did not read this file, so it is not published.',
											);
										const written = scanned.data;
										const data = {
											...(prepare ? prepare(written, file) : written),
											sourceHash: scanned.sourceHash,
										};
										const parsed = await context.parseData({
											...props,
											data: data as unknown as typeof props.data,
										});
										return await withNotes(parsed, file, problems);
									} catch (error) {
										problems.push(...problemsFromSchemaError(file, error));
										failed.add(props.id);
										return props.data;
									}
								},
							}),
				toRelative,
				problems,
			);
			const files = context.store
				.values()
				.filter((entry) => !failed.has(entry.id))
				.map((entry) => ({
					id: entry.id,
					file: entry.filePath ?? `${base}/${entryPath(entry.id)}`,
					data: entry.data as Data,
				}));
			problems.push(...check(files, { dev: context.watcher !== undefined }));
			if (problems.length) {
				for (const id of failed) context.store.delete(id);
				const faulty = new Set(problems.map((p) => p.file));
				for (const entry of context.store.values()) {
					if (faulty.has(entry.filePath ?? '')) context.store.delete(entry.id);
				}
			}
			report(base, problems);
			if (!context.watcher) {
				for (const { id, data } of files) if (!published(data)) context.store.delete(id);
			}
			pruneHtml(context.store.values(), bodies);
		},
	};
}
