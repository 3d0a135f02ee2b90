import { describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { changedFiles, changedFilesLimit } from '../../../src/content-model/loader';
import type { Scan, ScannedFile } from '../../../src/content-model/scan';

/** An entry of the content store. */
type DataEntry = NonNullable<ReturnType<LoaderContext['store']['get']>>;

/** A collection's store as Astro's content layer gives it to a loader, in memory. */
function storeOf(entries: DataEntry[]) {
	const map = new Map(entries.map((entry) => [entry.id, entry]));
	const assets: [string[], string | undefined][] = [];
	const store = {
		get: (id: string) => map.get(id),
		entries: () => [...map],
		set: (entry: DataEntry) => (map.set(entry.id, entry), true),
		values: () => [...map.values()],
		keys: () => [...map.keys()],
		delete: (id: string) => void map.delete(id),
		clear: () => map.clear(),
		has: (id: string) => map.has(id),
		addModuleImport: () => undefined,
		addAssetImports: (list: string[], file?: string) => void assets.push([list, file]),
	};
	// Its `get` answers entries of any data, where Astro's type is generic in theirs.
	return { store: store as unknown as Parameters<typeof changedFiles>[0], map, assets };
}

/** A scan that read `files` (path relative to the project root → digest of its text). */
function scanOf(files: Record<string, string | undefined>): Scan {
	const scanned = Object.entries(files).map(([file, digest]): [string, ScannedFile] => [
		file,
		{ file, data: {}, sourceHash: '', ...(digest === undefined ? {} : { digest }) },
	]);
	return { files: new Map(scanned), unloadable: [], rejected: [], unwritten: [], problems: [] };
}

const entry = (id: string, digest: string, extra: Partial<DataEntry> = {}): DataEntry => ({
	id,
	data: {},
	digest,
	filePath: `content/releases/${id.replace(/\/(\w+)$/, '/index.$1')}.md`,
	...extra,
});

const folder = '/site/content/releases';

/** What `changedFiles` hands over, which it must (fewer changed files than the limit). */
function handed(...args: Parameters<typeof changedFiles>) {
	const result = changedFiles(...args);
	if (!result) throw new Error('changedFiles handed nothing over');
	return result;
}

describe('the files a build hands to the glob loader', () => {
	it('are the new and the edited ones; the others keep their entries, pictures included', () => {
		const { store, map, assets } = storeOf([
			entry('kept/en', 'a', { assetImports: ['./photo.jpg'] }),
			entry('edited/en', 'b'),
		]);
		const { changed, store: view } = handed(
			store,
			scanOf({
				'content/releases/kept/index.en.md': 'a',
				'content/releases/edited/index.en.md': 'b2',
				'content/releases/new/index.fr.md': 'c',
			}),
			folder,
			'/site',
		);
		expect(changed).toEqual(['edited/index.en.md', 'new/index.fr.md']);
		expect([...map.keys()]).toEqual(['kept/en', 'edited/en']);
		// The glob loader deletes the entries it did not see: an unchanged one is not in its view.
		expect(view.keys()).toEqual(['edited/en']);
		expect(assets).toEqual([[['./photo.jpg'], 'content/releases/kept/index.en.md']]);
	});

	it('leave out the entries of files that are gone, as the glob loader would', () => {
		const { store, map } = storeOf([entry('gone/en', 'a'), entry('kept/en', 'b')]);
		const { changed } = handed(
			store,
			scanOf({ 'content/releases/kept/index.en.md': 'b' }),
			folder,
			'/site',
		);
		expect(changed).toEqual([]);
		expect([...map.keys()]).toEqual(['kept/en']);
	});

	it('count a file as changed when the scan kept no digest or its entry was not read from a file', () => {
		const { store } = storeOf([
			entry('undigested/en', 'a'),
			entry('unfiled/en', 'b', { filePath: undefined }),
		]);
		const { changed } = handed(
			store,
			scanOf({
				'content/releases/undigested/index.en.md': undefined,
				'content/releases/unfiled/index.en.md': 'b',
			}),
			folder,
			'/site',
		);
		expect(changed).toEqual(['undigested/index.en.md', 'unfiled/index.en.md']);
	});

	it('never include a file under a dot folder or with a dot name, which the glob loader skips', () => {
		const { store } = storeOf([]);
		const { changed } = handed(
			store,
			scanOf({
				'content/releases/.hidden/index.en.md': 'a',
				'content/releases/x/.index.en.md': 'b',
				'content/releases/x.y/index.en.md': 'c',
			}),
			folder,
			'/site',
		);
		expect(changed).toEqual(['x.y/index.en.md']);
	});

	it('are the whole folder, as before, when more files changed than a list of paths is worth', () => {
		const { store, map, assets } = storeOf([
			entry('kept/en', 'a', { assetImports: ['./photo.jpg'] }),
			entry('gone/en', 'b'),
		]);
		const files = Object.fromEntries(
			Array.from({ length: changedFilesLimit + 1 }, (_, i) => [
				`content/releases/new-${i}/index.en.md`,
				String(i),
			]),
		);
		const scan = scanOf({ ...files, 'content/releases/kept/index.en.md': 'a' });
		expect(changedFiles(store, scan, folder, '/site')).toBeUndefined();
		// Nothing is done to the store: the glob loader does it all.
		expect([...map.keys()]).toEqual(['kept/en', 'gone/en']);
		expect(assets).toEqual([]);
	});
});
