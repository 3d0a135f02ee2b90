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
 */
export function distInPlace(enabled: boolean): { first: AstroIntegration; last: AstroIntegration } {
	let record = '';
	let outDir = '';
	let keep = false;

	const first: AstroIntegration = {
		name: 'newsroom:dist-in-place',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig, logger }) => {
				if (command !== 'build') return;
				outDir = fileURLToPath(config.outDir);
				record = join(fileURLToPath(config.cacheDir), 'newsroom-dist.json');
				const id = identity(outDir);
				keep = enabled && id !== '' && recorded(record) === id;
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
				const removed = removeOlder(fileURLToPath(dir), performance.timeOrigin, pages);
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
				if (enabled && record) writeFileSync(record, JSON.stringify(identity(outDir)));
			},
		},
	};
	return { first, last };
}

/** What identifies a finished build's `dist/`: the folder and its `_headers` file's inode and time. */
function identity(outDir: string): string {
	const headers = statSync(join(outDir, '_headers'), { throwIfNoEntry: false });
	return headers ? `${outDir}\0${headers.ino}\0${headers.mtimeMs}\0${headers.size}` : '';
}

/** The identity the last finished build recorded, if any. */
function recorded(file: string): string | undefined {
	if (!existsSync(file)) return undefined;
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as string;
	} catch {
		return undefined;
	}
}

/**
 * Removes the files of `folder` last written before `since` (milliseconds since the epoch) that
 * are not among `kept`, and the folders that leaves empty; returns how many files it removed.
 */
function removeOlder(folder: string, since: number, kept: Set<string>): number {
	let removed = 0;
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) {
			removed += removeOlder(path, since, kept);
			if (readdirSync(path).length === 0) rmdirSync(path);
		} else if (!kept.has(path) && statSync(path).mtimeMs < since) {
			rmSync(path);
			removed += 1;
		}
	}
	return removed;
}
