import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chunksFromDisk } from '../../../src/integrations/store-chunks';
import { root } from '../../helpers/astro';

/** Astro's own names for its store's modules (not in its public exports). */
interface Names {
	RESOLVED_DATA_STORE_VIRTUAL_ID: string;
	DATA_STORE_CHUNK_VIRTUAL_ID_PREFIX: string;
}
const astroNames = async () =>
	(await import(
		pathToFileURL(join(root, 'node_modules/astro/dist/content/consts.js')).href
	)) as Names;

/** The store's module as Astro 7.4 writes it (vite-plugin-content-virtual-mod.js), by collection. */
const astroStoreModule = (prefix: string, manifest: Record<string, string[]>) =>
	`export default{${Object.entries(manifest)
		.map(
			([collection, parts]) =>
				`${JSON.stringify(collection)}:[${parts.map((file) => `(await import(${JSON.stringify(`${prefix}${file}`)}))`).join(',')}]`,
		)
		.join(',')}}`;

let folder = '';
beforeEach(async () => {
	folder = await mkdtemp(join(tmpdir(), 'newsroom-store-'));
});
afterEach(async () => {
	await rm(folder, { recursive: true, force: true });
});

describe('the content store’s chunks, read from their files', () => {
	it('makes the store’s module read each chunk’s file, byte for byte, instead of importing it', async () => {
		const names = await astroNames();
		const chunks = {
			'0123456789abcdef.txt': '[{"id":"é \\u2028 \\"quoted\\""}]\n',
			'fedcba9876543210.txt': '["x"]\n',
		};
		for (const [file, text] of Object.entries(chunks)) await writeFile(join(folder, file), text);
		const code = astroStoreModule(names.DATA_STORE_CHUNK_VIRTUAL_ID_PREFIX, {
			releases: ['0123456789abcdef.txt', 'fedcba9876543210.txt'],
			contacts: ['fedcba9876543210.txt'],
		});
		const module = chunksFromDisk(folder, names.RESOLVED_DATA_STORE_VIRTUAL_ID, code);
		expect(
			module,
			`Astro names its store's module ${JSON.stringify(names.RESOLVED_DATA_STORE_VIRTUAL_ID)}`,
		).not.toBeNull();
		expect(module!.code).not.toContain(names.DATA_STORE_CHUNK_VIRTUAL_ID_PREFIX);
		const url = `data:text/javascript,${encodeURIComponent(module!.code)}`;
		expect(((await import(url)) as { default: unknown }).default).toEqual({
			releases: [chunks['0123456789abcdef.txt'], chunks['fedcba9876543210.txt']],
			contacts: [chunks['fedcba9876543210.txt']],
		});
	});

	it('fails, naming itself, when the store’s module names a chunk in a way it does not know', async () => {
		const names = await astroNames();
		const code = `export default{"releases":[import(${JSON.stringify(`${names.DATA_STORE_CHUNK_VIRTUAL_ID_PREFIX}0123456789abcdef.txt`)})]}`;
		expect(() => chunksFromDisk(folder, names.RESOLVED_DATA_STORE_VIRTUAL_ID, code)).toThrow(
			/^src\/integrations\/store-chunks\.ts does not know how Astro's content store module names its chunks/,
		);
	});

	it('leaves every other module, and a store not in chunks, to Astro', async () => {
		const names = await astroNames();
		expect(
			chunksFromDisk(folder, names.RESOLVED_DATA_STORE_VIRTUAL_ID, 'export default new Map()'),
		).toBeNull();
		expect(chunksFromDisk(folder, '/project/src/pages/index.astro', 'export default 1')).toBeNull();
		const chunk = `${names.DATA_STORE_CHUNK_VIRTUAL_ID_PREFIX}0123456789abcdef.txt`;
		expect(chunksFromDisk(folder, `\0${chunk}.mjs`, 'export default "x"')).toBeNull();
	});
});
