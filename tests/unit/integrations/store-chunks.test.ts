import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chunkFromDisk } from '../../../src/integrations/store-chunks';
import { root } from '../../helpers/astro';

/** Astro's own names for the modules of its store's chunks (not in its public exports). */
interface Names {
	RESOLVED_DATA_STORE_CHUNK_VIRTUAL_ID_PREFIX: string;
	RESOLVED_DATA_STORE_CHUNK_VIRTUAL_ID_SUFFIX: string;
}
const astroNames = async () =>
	(await import(
		pathToFileURL(join(root, 'node_modules/astro/dist/content/consts.js')).href
	)) as Names;

let folder = '';
beforeEach(async () => {
	folder = await mkdtemp(join(tmpdir(), 'newsroom-store-'));
});
afterEach(async () => {
	await rm(folder, { recursive: true, force: true });
});

describe('the content store’s chunks, read from their files', () => {
	it('replaces the module Astro makes of a chunk with one exporting the chunk’s file, byte for byte', async () => {
		const names = await astroNames();
		const chunk = '0123456789abcdef.txt';
		const text = '[{"id":"é \\u2028 \\"quoted\\""}]\n'.repeat(3);
		await writeFile(join(folder, chunk), text);
		const id = `${names.RESOLVED_DATA_STORE_CHUNK_VIRTUAL_ID_PREFIX}${chunk}${names.RESOLVED_DATA_STORE_CHUNK_VIRTUAL_ID_SUFFIX}`;
		const module = chunkFromDisk(folder, id);
		expect(module, `Astro names a chunk's module ${JSON.stringify(id)}`).not.toBeNull();
		const url = `data:text/javascript,${encodeURIComponent(module!.code)}`;
		expect(((await import(url)) as { default: string }).default).toBe(text);
	});

	it('leaves every other module to Astro', async () => {
		const names = await astroNames();
		expect(chunkFromDisk(folder, '\0astro:data-layer-content')).toBeNull();
		expect(chunkFromDisk(folder, '/project/src/pages/index.astro')).toBeNull();
		// A name that is not a chunk's: Astro refuses it with its own message.
		const odd = `${names.RESOLVED_DATA_STORE_CHUNK_VIRTUAL_ID_PREFIX}../x.txt${names.RESOLVED_DATA_STORE_CHUNK_VIRTUAL_ID_SUFFIX}`;
		expect(chunkFromDisk(folder, odd)).toBeNull();
	});
});
