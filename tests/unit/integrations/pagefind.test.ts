import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { pagefindSearch } from '../../../src/integrations/pagefind';
import { searchGlobs } from '../../../src/search/bundles';

const root = join(import.meta.dirname, '../../..');
let dist = '';
let cacheDir = '';
afterEach(async () => {
	await rm(dist, { recursive: true, force: true });
	await rm(cacheDir, { recursive: true, force: true });
});

/** A built site made of the given pages (path → `<html lang>`; all marked for indexing). */
async function site(pages: Record<string, string | [string, string]>): Promise<string> {
	dist = await mkdtemp(join(tmpdir(), 'newsroom-pagefind-'));
	cacheDir = await mkdtemp(join(tmpdir(), 'newsroom-pagefind-cache-'));
	await write(pages);
	return dist;
}

/**
 * Writes pages into the site (path → `<html lang>`, or `<html lang>` and publication date, which
 * a release's page gives Pagefind as its `date` sort), with `text` in their body.
 */
async function write(
	pages: Record<string, string | [string, string]>,
	text = 'Migrants and shelters',
) {
	for (const [path, value] of Object.entries(pages)) {
		const [lang, date] = typeof value === 'string' ? [value] : value;
		const file = join(dist, path, 'index.html');
		const sort = date ? `<span data-pagefind-sort="date">${date}</span>` : '';
		await mkdir(dirname(file), { recursive: true });
		await writeFile(
			file,
			`<!doctype html><html lang="${lang}"><head><title>${path}</title></head><body><main data-pagefind-body><h1>${path}</h1><p>${text} at ${path}.</p>${sort}</main></body></html>`,
		);
	}
}

/** Runs the integration's hooks over `dir`, as Astro would around a build. */
async function index(dir: string): Promise<string[]> {
	const logged: string[] = [];
	const { hooks } = pagefindSearch();
	const configDone = hooks['astro:config:done'] as unknown as (options: {
		config: { root: URL; cacheDir: URL };
	}) => void;
	const buildDone = hooks['astro:build:done'] as unknown as (options: {
		dir: URL;
		logger: { info(message: string): void };
	}) => Promise<void>;
	configDone({
		config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${cacheDir}/`) },
	});
	await buildDone({ dir: pathToFileURL(`${dir}/`), logger: { info: (m) => logged.push(m) } });
	return logged;
}

/** Every file of a folder with its bytes, for comparing two bundles. */
async function contents(dir: string): Promise<Record<string, string>> {
	const files: Record<string, string> = {};
	for (const name of await readdir(dir, { recursive: true })) {
		const bytes = await readFile(join(dir, name)).catch(() => undefined);
		if (bytes) files[name] = bytes.toString('base64');
	}
	return files;
}

/** A part's entry file: its languages, with their pages and WebAssembly. */
const entryOf = async (locale: string, part = 'recent') =>
	JSON.parse(
		await readFile(join(dist, 'pagefind', locale, part, 'pagefind-entry.json'), 'utf8'),
	) as {
		languages: Record<string, { page_count: number; wasm: string }>;
	};

const pageCount = async (locale: string, part = 'recent') =>
	(await entryOf(locale, part)).languages[locale]?.page_count ?? 0;

describe('the Pagefind integration', () => {
	it('indexes releases and pages of each locale into its own bundle, and skips listings', async () => {
		const logged = await index(
			await site({
				'en/news/a-release': 'en',
				'en/who-we-are/our-history': 'en',
				// Listings never carry data-pagefind-body; these would be indexed if they were read.
				'en/news/page/2': 'en',
				'en/topics/emergencies': 'en',
				// Routes the route table does not index, whatever their pages hold.
				'en/types/press-release': 'en',
				'en/subscribe': 'en',
				'fr/actualites/un-communique': 'fr',
				es: 'es',
			}),
		);
		expect(await pageCount('en')).toBe(2);
		expect(await pageCount('fr')).toBe(1);
		expect(await pageCount('es')).toBe(0);
		expect(logged[0]).toBe(
			'pages indexed: en 2 recent + 0 archive, fr 1 recent + 0 archive, es 0 recent + 0 archive',
		);
		// No filter folder: these pages have no filters. No prebuilt UI; the highlighting script stays.
		expect((await readdir(join(dist, 'pagefind', 'fr', 'recent'))).sort()).toEqual([
			'fragment',
			'index',
			'pagefind-entry.json',
			'pagefind-highlight.js',
			'pagefind-worker.js',
			expect.stringMatching(/^pagefind\.fr_\w+\.pf_meta$/),
			'pagefind.js',
			'wasm.fr.pagefind',
		]);
	});

	it('leaves a locale’s bundle as it was when only pages search does not index changed', async () => {
		const pages = { 'en/news/a-release': 'en', fr: 'fr', es: 'es' };
		await index(await site(pages));
		await write({ 'en/subscribe': 'en', 'en/types/press-release': 'en' }, 'Feeds');
		expect(await index(dist)).toContain(
			'pages indexed: en 1 recent (unchanged, reused) + 0 archive (unchanged, reused), fr 0 recent (unchanged, reused) + 0 archive (unchanged, reused), es 0 recent (unchanged, reused) + 0 archive (unchanged, reused)',
		);
	});

	it('globs each shape of path whole, or names its folders when other pages share the shape', () => {
		const releases = ['en/news/a/index.html', 'en/news/b/index.html'];
		const pages = ['en/about/index.html', 'en/about/history/index.html'];
		expect(searchGlobs([...releases, ...pages], ['en/news/index.html', 'en/index.html'])).toEqual([
			'en/news/*/index.html',
			'en/about/index.html',
			'en/about/*/index.html',
		]);
		// Releases of another part beside these, and a listing shaped like an event.
		expect(searchGlobs(releases, ['en/news/c/index.html'])).toEqual(['en/news/{a,b}/index.html']);
		const events = ['en/events/a-meeting/index.html'];
		expect(searchGlobs(events, ['en/events/2024/index.html'])).toEqual(events);
		expect(() => searchGlobs(['en/news/a,b/index.html'], [])).toThrow(
			'No search glob can name en/news/a,b/index.html: a,b holds glob syntax.',
		);
	});

	it('indexes the latest year’s releases apart from older ones, which share its runtime', async () => {
		await index(
			await site({
				'en/news/old-release': ['en', '2023-05-02'],
				'en/news/new-release': ['en', '2024-09-16'],
				'en/news/later-release': ['en', '2024-11-30'],
				'en/who-we-are': 'en',
				fr: 'fr',
				es: 'es',
			}),
		);
		expect([await pageCount('en', 'recent'), await pageCount('en', 'archive')]).toEqual([3, 1]);
		// The archive has no runtime of its own, and loads the recent part's WebAssembly.
		expect((await readdir(join(dist, 'pagefind', 'en', 'archive'))).sort()).toEqual([
			'fragment',
			'index',
			'pagefind-entry.json',
			expect.stringMatching(/^pagefind\.en_\w+\.pf_meta$/),
		]);
		const wasm = (await entryOf('en', 'archive')).languages.en!.wasm;
		expect(new URL(`/pagefind/en/archive/wasm.${wasm}.pagefind`, 'https://x').pathname).toBe(
			'/pagefind/en/recent/wasm.en.pagefind',
		);
		expect(await readdir(join(dist, 'pagefind', 'en', 'recent'))).toContain('wasm.en.pagefind');
		// A new release of the latest year: the archive stays as it was.
		const archive = await contents(join(dist, 'pagefind', 'en', 'archive'));
		await write({ 'en/news/newest-release': ['en', '2024-12-01'] });
		expect((await index(dist))[0]).toContain(
			'pages indexed: en 4 recent + 1 archive (unchanged, reused)',
		);
		expect(await contents(join(dist, 'pagefind', 'en', 'archive'))).toEqual(archive);
		// The first release of a new year moves the last year's to the archive.
		await write({ 'en/news/new-year': ['en', '2025-01-02'] });
		await index(dist);
		expect([await pageCount('en', 'recent'), await pageCount('en', 'archive')]).toEqual([2, 4]);
	});

	it('removes what belongs to no part of an index: the bundles of an older layout', async () => {
		const dir = await site({ 'en/news/a-release': ['en', '2024-09-16'], fr: 'fr', es: 'es' });
		await mkdir(join(dir, 'pagefind', 'en', 'index'), { recursive: true });
		await writeFile(join(dir, 'pagefind', 'en', 'pagefind-entry.json'), '{}');
		await mkdir(join(dir, 'pagefind', 'de'), { recursive: true });
		await index(dir);
		expect((await readdir(join(dir, 'pagefind', 'en'))).sort()).toEqual(['archive', 'recent']);
		expect((await readdir(join(dir, 'pagefind'))).sort()).toEqual(['en', 'es', 'fr']);
	});

	it('indexes again only the parts whose pages changed since the last build', async () => {
		const pages = { 'en/news/a-release': 'en', 'fr/actualites/un-communique': 'fr', es: 'es' };
		await index(await site(pages));
		const first = await contents(join(dist, 'pagefind'));
		expect(await index(dist)).toContain(
			'pages indexed: en 1 recent (unchanged, reused) + 0 archive (unchanged, reused), fr 1 recent (unchanged, reused) + 0 archive (unchanged, reused), es 0 recent (unchanged, reused) + 0 archive (unchanged, reused)',
		);
		expect(await contents(join(dist, 'pagefind'))).toEqual(first);
		await write({ 'fr/actualites/un-communique': 'fr' }, 'Refuges et cartographie');
		expect((await index(dist))[0]).toContain(
			'pages indexed: en 1 recent (unchanged, reused) + 0 archive (unchanged, reused), fr 1 recent + 0 archive (unchanged, reused), es',
		);
		const fragments = join(dist, 'pagefind', 'fr', 'recent', 'fragment');
		const [fragment = ''] = await readdir(fragments);
		expect(gunzipSync(await readFile(join(fragments, fragment))).toString()).toContain(
			'Refuges et cartographie',
		);
	});

	it('fails, naming the bundle and the language, when a locale’s pages say another language', async () => {
		const dir = await site({ 'fr/actualites/un-communique': 'en', en: 'en', es: 'es' });
		await expect(index(dir)).rejects.toThrow(
			'Pagefind indexed pages of /pagefind/fr/recent/ as en, not fr: check <html lang> of the fr pages.',
		);
	});
});
