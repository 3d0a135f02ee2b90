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
async function site(pages: Record<string, string>): Promise<string> {
	dist = await mkdtemp(join(tmpdir(), 'newsroom-pagefind-'));
	cacheDir = await mkdtemp(join(tmpdir(), 'newsroom-pagefind-cache-'));
	await write(pages);
	return dist;
}

/** Writes pages into the site (path → `<html lang>`), with `text` in their body. */
async function write(pages: Record<string, string>, text = 'Migrants and shelters') {
	for (const [path, lang] of Object.entries(pages)) {
		const file = join(dist, path, 'index.html');
		await mkdir(dirname(file), { recursive: true });
		await writeFile(
			file,
			`<!doctype html><html lang="${lang}"><head><title>${path}</title></head><body><main data-pagefind-body><h1>${path}</h1><p>${text} at ${path}.</p></main></body></html>`,
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

const pageCount = async (locale: string) => {
	const entry = JSON.parse(
		await readFile(join(dist, 'pagefind', locale, 'pagefind-entry.json'), 'utf8'),
	) as { languages: Record<string, { page_count: number }> };
	return entry.languages[locale]?.page_count ?? 0;
};

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
		expect(logged[0]).toBe('pages indexed: en 2, fr 1, es 0');
		// No filter folder: these pages have no filters. No prebuilt UI; the highlighting script stays.
		expect((await readdir(join(dist, 'pagefind', 'fr'))).sort()).toEqual([
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
			'pages indexed: en 1 (unchanged, reused), fr 0 (unchanged, reused), es 0 (unchanged, reused)',
		);
	});

	it('globs whole folders of indexed pages, shapes of path beside skipped pages, or files one by one', () => {
		const releases = ['en/news/a/index.html', 'en/news/b/index.html'];
		const pages = ['en/about/index.html', 'en/about/history/index.html'];
		expect(searchGlobs([...releases, ...pages], ['en/news/index.html', 'en/index.html'])).toEqual([
			'en/news/*/index.html',
			'en/about/**/*.html',
		]);
		// A listing shaped like an indexed page (an agenda's year beside its events).
		const events = ['en/events/a-meeting/index.html', 'en/events/a-visit/index.html'];
		expect(searchGlobs(events, ['en/events/2024/index.html'])).toEqual(events);
	});

	it('indexes again only the locales whose pages changed since the last build', async () => {
		const pages = { 'en/news/a-release': 'en', 'fr/actualites/un-communique': 'fr', es: 'es' };
		await index(await site(pages));
		const first = await contents(join(dist, 'pagefind'));
		expect(await index(dist)).toContain(
			'pages indexed: en 1 (unchanged, reused), fr 1 (unchanged, reused), es 0 (unchanged, reused)',
		);
		expect(await contents(join(dist, 'pagefind'))).toEqual(first);
		await write({ 'fr/actualites/un-communique': 'fr' }, 'Refuges et cartographie');
		expect(await index(dist)).toContain(
			'pages indexed: en 1 (unchanged, reused), fr 1, es 0 (unchanged, reused)',
		);
		const fragments = join(dist, 'pagefind', 'fr', 'fragment');
		const [fragment = ''] = await readdir(fragments);
		expect(gunzipSync(await readFile(join(fragments, fragment))).toString()).toContain(
			'Refuges et cartographie',
		);
	});

	it('fails, naming the bundle and the language, when a locale’s pages say another language', async () => {
		const dir = await site({ 'fr/actualites/un-communique': 'en', en: 'en', es: 'es' });
		await expect(index(dir)).rejects.toThrow(
			'Pagefind indexed pages of /pagefind/fr/ as en, not fr: check <html lang> of the fr pages.',
		);
	});
});
