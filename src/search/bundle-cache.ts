// Search bundles kept between builds, so a rebuild indexes again only the parts that changed.
import {
	copyFileSync,
	existsSync,
	linkSync,
	mkdirSync,
	readdirSync,
	renameSync,
	rmSync,
	statSync,
	utimesSync,
} from 'node:fs';
import { join } from 'node:path';

/** Cached bundles unused for this long are deleted. */
const keepFor = 24 * 60 * 60 * 1000;

/**
 * Puts the files of the folder `from` at `to` as hard links: one file on disk, no byte copied
 * (at 10,000 releases a language a bundle is more than 10,000 files, and copying them took
 * seconds of each rebuild). Where the file system cannot link (the cache on another device), the
 * file is copied. Sharing is safe because no step writes into a bundle's files: a bundle is only
 * ever removed whole and written anew (pagefind.ts).
 */
function linkTree(from: string, to: string): void {
	mkdirSync(to, { recursive: true });
	for (const entry of readdirSync(from, { withFileTypes: true })) {
		const source = join(from, entry.name);
		const target = join(to, entry.name);
		if (entry.isDirectory()) {
			linkTree(source, target);
			continue;
		}
		try {
			linkSync(source, target);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP') throw error;
			copyFileSync(source, target);
		}
	}
}

/**
 * Bundles kept between builds, by name (a locale's part of the index, `en-archive`) and digest
 * (`<cache>/<name>-<digest>/`), so a rebuild indexes again only the parts whose pages changed. A bundle enters the cache whole (written
 * beside it, then renamed), so a build never copies a half-written one.
 */
export function bundleCache(cache: string) {
	const path = (bundle: string, digest: string) => join(cache, `${bundle}-${digest}`);
	return {
		restore(bundle: string, digest: string, output: string): boolean {
			const kept = path(bundle, digest);
			if (!existsSync(kept)) return false;
			linkTree(kept, output);
			const now = new Date();
			utimesSync(kept, now, now);
			return true;
		},
		keep(bundle: string, digest: string, output: string) {
			const kept = path(bundle, digest);
			const partial = `${kept}.${process.pid}.partial`;
			linkTree(output, partial);
			try {
				renameSync(partial, kept);
			} catch {
				// Another build kept the same bundle first: identical, keep theirs.
				rmSync(partial, { recursive: true, force: true });
			}
			for (const name of readdirSync(cache)) {
				const old = join(cache, name);
				if (Date.now() - statSync(old).mtimeMs > keepFor)
					rmSync(old, { recursive: true, force: true });
			}
		},
	};
}
