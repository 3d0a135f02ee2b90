// The scan cache (src/content-model/scan-cache.ts) gives exactly what scanning again gives: on
// the media fixture (pictures, documents, video, captions), unchanged, and after the edits that
// change a file's result without touching the file itself.
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { scanContent, type FileResult } from '../../../src/content-model/scan';
import { scanCache } from '../../../src/content-model/scan-cache';
import { releaseShape } from '../../../src/content-model/schema';
import { root, tmp } from '../../helpers/astro';

const dir = join(tmp, 'scan-cache');
const cacheFile = join(dir, 'cache', 'scan.bin');
const release = join(dir, 'content', 'releases', 'material');

/** Scans the copy with the cache, and without it; returns both, and whether the cache served. */
function scanTwice(version = 'v1') {
	const cache = scanCache<FileResult>(cacheFile, version);
	let served = 0;
	const counting = {
		...cache,
		get: (file: string, key: string) => {
			const result = cache.get(file, key);
			if (result) served += 1;
			return result;
		},
	};
	const cached = scanContent(dir, 'content/releases', releaseShape, {}, counting);
	cache.save();
	const fresh = scanContent(dir, 'content/releases', releaseShape, {});
	return { cached, fresh, served };
}

beforeEach(async () => {
	await rm(dir, { recursive: true, force: true });
	await mkdir(dir, { recursive: true });
	await cp(join(root, 'tests/fixtures/media'), join(dir, 'content'), { recursive: true });
});

describe('the scan cache', () => {
	it('serves every unchanged file on the second scan, with what a scan finds', () => {
		const first = scanTwice();
		expect(first.served).toBe(0);
		expect(first.cached).toEqual(first.fresh);
		const second = scanTwice();
		expect(second.served).toBe(first.fresh.files.size + first.fresh.unwritten.length);
		expect(second.cached).toEqual(second.fresh);
	});

	it('scans again a file whose picture is gone, and reports it', async () => {
		scanTwice();
		await rm(join(release, 'photo.jpg'));
		const { cached, fresh, served } = scanTwice();
		expect(cached).toEqual(fresh);
		expect(served).toBeGreaterThan(0);
		expect(cached.problems).toContainEqual({
			file: 'content/releases/material/index.en.md',
			field: 'media.0.file',
			blocking: true,
			message:
				'media.0.file "photo.jpg" is not in the folder of this file: check the file name, or save the file beside index.en.md.',
		});
	});

	it('scans again a file whose document was replaced by another at the same name', async () => {
		scanTwice();
		await writeFile(join(release, 'fact-sheet.pdf'), Buffer.alloc(1));
		const { cached, fresh } = scanTwice();
		expect(cached).toEqual(fresh);
	});

	it('scans every file again when the code that checks them changes', () => {
		scanTwice('v1');
		expect(scanTwice('v2').served).toBe(0);
	});
});
