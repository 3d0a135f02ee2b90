// What the scan (scan.ts) found in each content file at the last build, so that a rebuild reads
// every file but parses and checks again only the ones that changed. A file's result depends on
// its bytes, on the files of its own folder (its pictures and media: a content file names
// nothing outside its folder, content-paths.ts) and on the code that checks it; the key covers
// all three, so a cached result is exactly what scanning the file again would give.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** The results of one collection's files, by path, each with the key it was found under. */
type Results<T> = Map<string, { key: string; result: T }>;

/** One collection's cache of scan results, kept in `file` (V8's serialization of the results). */
export interface ScanCache<T> {
	/** The key of `path`'s result: its `bytes`, its folder's files, and the code (`version`). */
	keyOf(path: string, bytes: Buffer): string;
	/** The result kept under `key` at the last build, if any. */
	get(file: string, key: string): T | undefined;
	/** Keeps `result` for the next build. */
	set(file: string, key: string, result: T): void;
	/** Writes the results of this scan (only: a file gone since is forgotten). */
	save(): void;
}

/** The names, sizes and times of a folder's files, which a file's pictures and media are among. */
function folderState(folder: string): string {
	return readdirSync(folder, { withFileTypes: true })
		.map((entry) => {
			const stat = statSync(join(folder, entry.name), { throwIfNoEntry: false });
			return `${entry.name}\0${entry.isSymbolicLink() ? 'link' : ''}\0${stat?.size}\0${stat?.mtimeMs}`;
		})
		.sort()
		.join('\n');
}

/**
 * The scan cache of a collection in `file`; `version` names the code that scans (the content
 * pipeline's version, pipeline-version.ts) and what the collection's files hold.
 */
export function scanCache<T>(file: string, version: string): ScanCache<T> {
	let previous: Results<T> = new Map();
	try {
		previous = deserialize(readFileSync(file)) as Results<T>;
	} catch {
		// No cache yet, or an unreadable one: every file is scanned.
	}
	const next: Results<T> = new Map();
	const folders = new Map<string, string>();
	return {
		keyOf(path, bytes) {
			const folder = dirname(path);
			let state = folders.get(folder);
			if (state === undefined) folders.set(folder, (state = folderState(folder)));
			return createHash('sha256')
				.update(version)
				.update('\0')
				.update(state)
				.update('\0')
				.update(bytes)
				.digest('hex');
		},
		get(path, key) {
			const kept = previous.get(path);
			if (kept?.key !== key) return undefined;
			next.set(path, kept);
			return kept.result;
		},
		set(path, key, result) {
			next.set(path, { key, result });
		},
		save() {
			const partial = `${file}.${process.pid}.partial`;
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(partial, serialize(next));
			renameSync(partial, file);
		},
	};
}
