// What a step learnt from each file of the built site at the last build, kept with the file's
// state (size, modification and change times, inode), so that a rebuild reads again only the
// files it wrote. A rebuild writes over the last `dist/` (dist-in-place.ts) and leaves an
// unchanged page as it is: after a one-release edit, a few thousand files of seventy thousand.
// Writing a file changes its change time (which no program can set back), so a kept state means
// kept bytes, and a kept result is exactly what reading the file again would give.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** The results of the last build, by path, each with the state of the file it was read from. */
interface Kept<T> {
	scope: string;
	results: Map<string, { state: string; result: T }>;
}

/** A step's results per file, kept between builds in one file of the cache folder. */
export interface FileMemo<T> {
	/** What `read` gives for the bytes of `path`: the kept result if the file is as it was. */
	get(path: string, read: (bytes: Buffer) => T): T;
	/** Writes the results of this build (only: a file not read since is forgotten). */
	save(): void;
}

/** A file's size, times to the nanosecond and inode, or '' if it is not a file. */
function stateOf(path: string): string {
	const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
	if (!stat?.isFile()) return '';
	return `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.ino}`;
}

/**
 * The memo kept in `file` (none: every file is read); `scope` names what the results depend on
 * besides the bytes (the folder read, the code that reads): a different scope starts afresh.
 */
export function fileMemo<T>(file: string | undefined, scope: string): FileMemo<T> {
	let previous: Kept<T>['results'] = new Map();
	if (file) {
		try {
			const kept = deserialize(readFileSync(file)) as Kept<T>;
			if (kept.scope === scope) previous = kept.results;
		} catch {
			// No memo yet, or an unreadable one: every file is read.
		}
	}
	const next: Kept<T>['results'] = new Map();
	return {
		get(path, read) {
			const state = file ? stateOf(path) : '';
			const kept = previous.get(path);
			if (state !== '' && kept?.state === state) {
				next.set(path, kept);
				return kept.result;
			}
			const result = read(readFileSync(path));
			// A file written again while it was read keeps no result: its state would not say so.
			if (state !== '' && stateOf(path) === state) next.set(path, { state, result });
			return result;
		},
		save() {
			if (!file) return;
			const partial = `${file}.${process.pid}.partial`;
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(partial, serialize({ scope, results: next } satisfies Kept<T>));
			renameSync(partial, file);
		},
	};
}
