import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { pagefindSearch } from '../../../src/integrations/pagefind';

let dist = '';
afterEach(async () => rm(dist, { recursive: true, force: true }));

/** A built site made of the given pages (path → `<html lang>`; all marked for indexing). */
async function site(pages: Record<string, string>): Promise<string> {
	dist = await mkdtemp(join(tmpdir(), 'newsroom-pagefind-'));
	for (const [path, lang] of Object.entries(pages)) {
		const file = join(dist, path, 'index.html');
		await mkdir(dirname(file), { recursive: true });
		await writeFile(
			file,
			`<!doctype html><html lang="${lang}"><head><title>${path}</title></head><body><main data-pagefind-body><h1>${path}</h1><p>Migrants and shelters at ${path}.</p></main></body></html>`,
		);
	}
	return dist;
}

/** Runs the integration's build hook over `dir`, as Astro would after a build. */
async function index(dir: string): Promise<string[]> {
	const logged: string[] = [];
	const hook = pagefindSearch().hooks['astro:build:done'] as unknown as (options: {
		dir: URL;
		logger: { info(message: string): void };
	}) => Promise<void>;
	await hook({ dir: pathToFileURL(`${dir}/`), logger: { info: (m) => logged.push(m) } });
	return logged;
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
				'fr/actualites/un-communique': 'fr',
				es: 'es',
			}),
		);
		expect(await pageCount('en')).toBe(2);
		expect(await pageCount('fr')).toBe(1);
		expect(await pageCount('es')).toBe(0);
		expect(logged[0]).toBe('pages indexed: en 2, fr 1, es 0');
		// No filter folder: these pages have no filters.
		expect((await readdir(join(dist, 'pagefind', 'fr'))).sort()).toEqual([
			'fragment',
			'index',
			'pagefind-entry.json',
			'pagefind-worker.js',
			expect.stringMatching(/^pagefind\.fr_\w+\.pf_meta$/),
			'pagefind.js',
			'wasm.fr.pagefind',
		]);
	});

	it('fails, naming the bundle and the language, when a locale’s pages say another language', async () => {
		const dir = await site({ 'fr/actualites/un-communique': 'en', en: 'en', es: 'es' });
		await expect(index(dir)).rejects.toThrow(
			'Pagefind indexed pages of /pagefind/fr/ as en, not fr: check <html lang> of the fr pages.',
		);
	});
});
