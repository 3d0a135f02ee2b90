import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { routeOf } from '../../src/i18n/route-of';
import { indexedBySearch } from '../../src/i18n/routes';
import { searchFilterKeys } from '../../src/i18n/search-filters';
import { listPages, readPage, searchRecords, selectAll } from '../helpers/dist';

const dist = inject('siteDir');
const content = join(import.meta.dirname, '../../content');

/** How many release and page files the content folder has in `locale` (it holds no drafts). */
async function contentFiles(locale: string): Promise<number> {
	let count = 0;
	for (const collection of ['releases', 'pages']) {
		const folders = await readdir(join(content, collection), { withFileTypes: true });
		for (const folder of folders.filter((f) => f.isDirectory())) {
			const files = await readdir(join(content, collection, folder.name));
			if (files.includes(`index.${locale}.md`)) count++;
		}
	}
	return count;
}

const entry = async (bundle: string) =>
	JSON.parse(await readFile(join(dist, bundle, 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};

describe('the search index built with the site', () => {
	it('has one index per language, its recent part holding every release and page of that language', async () => {
		const pages = await listPages(dist);
		for (const locale of locales) {
			const { languages } = await entry(`pagefind/${locale}/recent`);
			expect(Object.keys(languages), locale).toEqual([locale]);
			// Every release of content/ is of one year: the archive part is empty.
			expect((await entry(`pagefind/${locale}/archive`)).languages, locale).toEqual({});
			let marked = 0;
			for (const path of pages.filter((p) => p.startsWith(`/${locale}/`))) {
				if (selectAll('[data-pagefind-body]', await readPage(dist, path)).length > 0) marked++;
			}
			expect(languages[locale]?.page_count, locale).toBe(await contentFiles(locale));
			expect(marked, locale).toBe(await contentFiles(locale));
		}
	});

	it('indexes exactly the pages of the routes the route table marks indexed by search', async () => {
		const pages = await listPages(dist);
		const records = await searchRecords(dist);
		for (const locale of locales) {
			const own = pages.filter((p) => p.startsWith(`/${locale}/`));
			const marked: string[] = [];
			for (const path of own) {
				if (selectAll('[data-pagefind-body]', await readPage(dist, path)).length > 0)
					marked.push(path);
			}
			const routed = own.filter((path) => {
				const route = routeOf(path, locale);
				return route !== undefined && indexedBySearch[route];
			});
			const indexed = records.filter((r) => r.language === locale).map((r) => r.url);
			// A route marked whose pages hold nothing to index (Pagefind would read them for
			// nothing, and they would enter the bundle's digest), or a page with text to index on a
			// route not marked, breaks one of these equalities.
			expect(indexed.sort(), locale).toEqual(routed.sort());
			expect(marked.sort(), locale).toEqual(routed);
		}
	});

	it('ships each language’s runtime with its own WebAssembly and nothing the site does not load', async () => {
		for (const locale of locales) {
			// The archive part holds its index only: the search page loads the recent part's runtime.
			const archive = await readdir(join(dist, 'pagefind', locale, 'archive'));
			expect(archive.filter((f) => f.startsWith('wasm.') || f.endsWith('.js'))).toEqual([]);
			const files = await readdir(join(dist, 'pagefind', locale, 'recent'));
			expect(
				files.filter((f) => f.startsWith('wasm.')),
				locale,
			).toEqual([`wasm.${locale}.pagefind`]);
			expect(files.filter((f) => /^pagefind-(ui|modular-ui|component-ui)\./.test(f))).toEqual([]);
			// The highlighting script stays: a page opened from a result loads it.
			expect(files, locale).toEqual(
				expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'pagefind-highlight.js']),
			);
		}
	});

	it('records the release with language-neutral filters, its date and dateline', async () => {
		const records = await searchRecords(dist);
		const french = records.find((r) => r.url.startsWith('/fr/actualites/au-guatemala'));
		expect(french?.language).toBe('fr');
		// Keys, not labels: the three languages count one topic, one country.
		const filters = {
			country: ['GT'],
			topic: ['counter-trafficking', 'child-protection', 'capacity-building'],
			year: ['2024'],
			type: ['press-release'],
		};
		expect(french?.filters).toEqual({ ...filters, language: ['fr'] });
		// The build writes every filter of the contract the search page and its script read.
		expect(Object.keys(french?.filters ?? {}).sort()).toEqual([...searchFilterKeys].sort());
		expect(french?.meta).toMatchObject({
			date: '16 septembre 2024',
			published: '2024-09-16',
			dateline: 'Guatemala',
			locale: 'fr',
		});
		expect(french?.meta.title).toMatch(/^Au Guatemala, l’OIM/);
		const spanish = records.find((r) => r.url.startsWith('/es/noticias/'));
		expect(spanish?.filters).toEqual({ ...filters, language: ['es'] });
	});

	it('indexes the text of releases and pages, not the menus, footer or listings', async () => {
		const records = await searchRecords(dist);
		expect(records.every((r) => /^\/(en|fr|es)\//.test(r.url))).toBe(true);
		expect(records.some((r) => /\/(news|actualites|noticias)\/$/.test(r.url))).toBe(false);
		const french = records.find((r) => r.url.startsWith('/fr/actualites/au-guatemala'));
		expect(french?.content).toContain('ECPAT');
		// "Tous les communiqués" is a menu and footer link; "Pays" a heading beside the release.
		expect(french?.content).not.toContain('Tous les communiqués');
		expect(french?.content).not.toContain('Salle de presse');
	});

	it('labels every record with its language and, for releases, an ISO date to merge by', async () => {
		const records = await searchRecords(dist);
		const guatemala = records.filter((r) => r.meta.dateline === 'Guatemala');
		expect(guatemala.map((r) => r.meta.locale).sort()).toEqual(['en', 'es', 'fr']);
		expect(guatemala.map((r) => r.filters.language?.[0]).sort()).toEqual(['en', 'es', 'fr']);
		expect(guatemala.map((r) => r.meta.published)).toEqual(Array(3).fill('2024-09-16'));
	});
});
