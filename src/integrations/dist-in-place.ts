import {
	existsSync,
	readdirSync,
	readFileSync,
	rmSync,
	rmdirSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** What the last finished build recorded in the cache folder. */
interface Record_ {
	identity: string;
	/** What its steps remembered of the files they wrote (`remember`). */
	facts?: Record<string, string>;
}

/** The integrations, and what the steps after the pages may know of the kept `dist/`. */
export interface DistInPlace {
	first: AstroIntegration;
	last: AstroIntegration;
	/**
	 * What a step remembered under `name` in the last finished build, when this build writes over
	 * that build's `dist/` (a step may then leave its files as they are); else undefined.
	 */
	previous(name: string): string | undefined;
	/** Remembers `value` under `name` for the next build, with this build's `dist/`. */
	remember(name: string, value: string): void;
}

/**
 * A rebuild writes over the previous `dist/` instead of emptying it first. Astro empties the
 * folder before bundling and then copies every unchanged page back from its cache; at thousands of
 * pages that deleting and copying is most of a one-release rebuild (BENCHMARKS.md). Kept in place,
 * an unchanged page is left as it is (Astro's "(cached)"), and what this build did not write
 * (the page of a deleted release, a stylesheet under an old name) is removed once the pages are
 * done, before Pagefind or any other step reads the folder.
 *
 * Only a `dist/` known to be exactly what this cache's last finished build left is kept:
 * - the finished build records, in the cache folder, which folder it wrote and the identity of
 *   its `_headers` file (the last file of the site a build writes);
 * - every build deletes `_headers` before it writes anything, so a build that started on the
 *   folder since (another content folder, another cache, one stopped half-way) leaves no match;
 * - a build that fails removes `dist/` (no-partial-dist.ts).
 * Anything else empties the folder first, as Astro does. So does `NEWSROOM_INCREMENTAL=0`.
 * The `managed` folders (URL paths) are a later step's own, which it empties or keeps itself:
 * the search bundles, each left in place when its digest is the one `remember`ed last time.
 */
export function distInPlace(
	enabled: boolean,
	{ managed = [] }: { managed?: string[] } = {},
): DistInPlace {
	let record = '';
	let outDir = '';
	let keep = false;
	let previous: Record<string, string> = {};
	const facts: Record<string, string> = {};

	const first: AstroIntegration = {
		name: 'newsroom:dist-in-place',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig, logger }) => {
				if (command !== 'build') return;
				outDir = fileURLToPath(config.outDir);
				record = join(fileURLToPath(config.cacheDir), 'newsroom-dist.json');
				const id = identity(outDir);
				const last = recorded(record);
				keep = enabled && id !== '' && last?.identity === id;
				previous = keep ? (last?.facts ?? {}) : {};
				rmSync(record, { force: true });
				rmSync(join(outDir, '_headers'), { force: true });
				if (keep) {
					updateConfig({ vite: { build: { emptyOutDir: false } } });
					logger.info('writing over the dist/ of the last build: unchanged pages stay as they are');
				}
			},
			'astro:build:done': ({ dir, assets, logger }) => {
				if (!keep) return;
				const pages = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
				const root = fileURLToPath(dir);
				const skipped = new Set(managed.map((url) => join(root, url)));
				const { removed } = removeOlder(root, performance.timeOrigin, pages, skipped);
				if (removed > 0)
					logger.info(
						`removed ${removed} files of the last build that this one has not written: pages it no longer makes, and the files of the steps below, which write theirs again`,
					);
			},
		},
	};

	const last: AstroIntegration = {
		name: 'newsroom:dist-in-place-record',
		hooks: {
			'astro:build:done': () => {
				if (enabled && record)
					writeFileSync(record, JSON.stringify({ identity: identity(outDir), facts }));
			},
		},
	};
	return {
		first,
		last,
		previous: (name) => previous[name],
		remember: (name, value) => {
			facts[name] = value;
		},
	};
}

/** What identifies a finished build's `dist/`: the folder and its `_headers` file's inode and time. */
function identity(outDir: string): string {
	const headers = statSync(join(outDir, '_headers'), { throwIfNoEntry: false });
	return headers ? `${outDir}\0${headers.ino}\0${headers.mtimeMs}\0${headers.size}` : '';
}

/** What the last finished build recorded, if anything. */
function recorded(file: string): Record_ | undefined {
	if (!existsSync(file)) return undefined;
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as Record_;
	} catch {
		return undefined;
	}
}

/**
 * Removes the files of `folder` last written before `since` (milliseconds since the epoch) that
 * are not among `kept`, and the folders that leaves empty, leaving the `skipped` folders alone;
 * returns how many files it removed and how many entries the folder still holds. "Written" is
 * the change time: Astro gives the files it copies from public/ the modification time of their
 * originals, and a change time cannot be set back. Each folder is listed once (at 40,000
 * folders, a second listing to see whether one was left empty cost 0.6 s).
 */
function removeOlder(
	folder: string,
	since: number,
	kept: Set<string>,
	skipped: Set<string>,
): { removed: number; left: number } {
	let removed = 0;
	let left = 0;
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		const path = join(folder, entry.name);
		if (skipped.has(path) || skipped.has(`${path}/`)) {
			left += 1;
		} else if (entry.isDirectory()) {
			const inside = removeOlder(path, since, kept, skipped);
			removed += inside.removed;
			if (inside.left === 0) rmdirSync(path);
			else left += 1;
		} else if (!kept.has(path) && statSync(path).ctimeMs < since) {
			rmSync(path);
			removed += 1;
		} else {
			left += 1;
		}
	}
	return { removed, left };
}
