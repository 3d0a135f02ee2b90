// Reproducibility gate (issue 8): a second, clean build of the same commit is byte-identical.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { astroBuild } from '../helpers/astro';
import { listFiles } from '../helpers/dist';

it('builds byte-identical dist/ twice from the same commit, reusing nothing the second time', async () => {
	const first = inject('siteDir');
	// --force: Markdown rendered again; NEWSROOM_INCREMENTAL=0: every page and search index too.
	const second = await astroBuild('reproducible', {
		args: ['--force'],
		env: { NEWSROOM_INCREMENTAL: '0' },
	});
	expect(second.ok, second.output).toBe(true);
	const files = await listFiles(first);
	expect(await listFiles(second.outDir)).toEqual(files);
	const differing: string[] = [];
	for (const file of files) {
		const [a, b] = await Promise.all([
			readFile(join(first, file)),
			readFile(join(second.outDir, file)),
		]);
		if (!a.equals(b)) differing.push(file);
	}
	expect(differing).toEqual([]);
});
