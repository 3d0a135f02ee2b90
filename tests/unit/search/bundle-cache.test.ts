import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleCache } from '../../../src/search/bundle-cache';

let dir = '';
beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'newsroom-bundle-cache-'));
});
afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

/** Writes a bundle's files under `folder`. */
async function write(folder: string, files: Record<string, string>) {
	for (const [path, body] of Object.entries(files)) {
		await mkdir(dirname(join(folder, path)), { recursive: true });
		await writeFile(join(folder, path), body);
	}
}

/** Every file under `folder` with its text, by path. */
async function read(folder: string): Promise<Record<string, string>> {
	const names = await readdir(folder, { recursive: true, withFileTypes: true });
	const out: Record<string, string> = {};
	for (const entry of names.filter((e) => e.isFile())) {
		const path = join(entry.parentPath, entry.name);
		out[path.slice(folder.length + 1)] = await readFile(path, 'utf8');
	}
	return out;
}

const bundle = {
	'pagefind-entry.json': '{"version":"1.6.0"}',
	'index/en_a1.pf_index': 'words',
	'fragment/en_b2.pf_fragment': 'a page',
};

describe('the cache of search bundles', () => {
	it('gives back the bundle it kept, unchanged by what is later written where it came from', async () => {
		const cache = bundleCache(join(dir, 'cache'));
		const output = join(dir, 'dist/pagefind/en');
		await write(output, bundle);
		cache.keep('en', 'digest1', output);

		// The next build removes the bundle and indexes the locale again, over the same paths.
		await rm(output, { recursive: true });
		await write(output, { ...bundle, 'fragment/en_b2.pf_fragment': 'another page' });
		expect(await read(join(dir, 'cache/en-digest1'))).toEqual(bundle);

		await rm(output, { recursive: true });
		expect(cache.restore('en', 'digest1', output)).toBe(true);
		expect(await read(output)).toEqual(bundle);
		// Not copied: the cache's file itself (a hard link), on a file system that links.
		const inode = (root: string) => statSync(join(root, 'index/en_a1.pf_index')).ino;
		expect(inode(output)).toBe(inode(join(dir, 'cache/en-digest1')));
	});

	it('restores nothing for a digest it never kept', () => {
		const cache = bundleCache(join(dir, 'cache'));
		const output = join(dir, 'dist/pagefind/fr');
		expect(cache.restore('fr', 'unknown', output)).toBe(false);
		expect(existsSync(output)).toBe(false);
	});
});
