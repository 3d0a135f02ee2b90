import { describe, expect, it } from 'vitest';
import {
	checkFileNames,
	checkPageParents,
	checkReservedSlugs,
	checkSharedFields,
	checkUniqueSlugs,
	formatProblems,
	type ContentFile,
} from '../../../src/content-model/checks';
import { entryPath } from '../../../src/i18n/language-files';
import { problemsFromSchemaError } from '../../../src/content-model/loader';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each check reads its own fields
type AnyData = { title: string; parent?: string; [field: string]: any };
const file = (id: string, data: Partial<AnyData> = {}): ContentFile<AnyData> => ({
	id,
	file: `content/releases/${entryPath(id)}`,
	data: { title: `T ${id}`, ...data },
});

describe('collection-wide content checks', () => {
	it('names a file whose name is not a language of the site', () => {
		expect(checkFileNames([file('a/en'), file('a/de')], 'release')).toEqual([
			{
				file: 'content/releases/a/index.de.md',
				message:
					'"index.de.md" is not a language of the site. Name release files after their language: index.en.md, index.fr.md, index.es.md.',
			},
		]);
	});

	it('names a file of the old layout and the name to give it', () => {
		expect(checkFileNames([file('a/fr.md')], 'release')).toEqual([
			{
				file: 'content/releases/a/fr.md',
				message:
					'"fr.md" is not named after a language. Name release files index.en.md, index.fr.md, index.es.md: rename this one index.fr.md.',
			},
		]);
	});

	it('names a file that is not directly inside a release folder', () => {
		const [problem] = checkFileNames([file('en'), file('a/b/en')], 'release');
		expect(problem?.message).toBe(
			'Each release is a folder of language files: put this file directly in a folder of content/releases/, like content/releases/<name>/index.en.md.',
		);
	});

	it('names both files when two releases share a slug in one language', () => {
		expect(
			checkUniqueSlugs([
				file('a/fr', { slug: 'same' }),
				file('b/fr', { slug: 'same' }),
				file('c/en', { slug: 'same' }),
			]),
		).toEqual([
			{
				file: 'content/releases/b/index.fr.md',
				field: 'slug',
				message:
					'The URL slug "same" is already used by content/releases/a/index.fr.md. Give one of them a different title or a "slug:" line.',
			},
		]);
	});

	it('names the field and both files when translations disagree on a shared field', () => {
		const problems = checkSharedFields(
			[
				file('a/fr', { countries: ['GT'] }),
				file('a/en', { countries: ['GT', 'MX'] }),
				file('b/en', { countries: ['FR'] }),
			],
			{ countries: (d): unknown => d.countries },
		);
		expect(problems).toEqual([
			{
				file: 'content/releases/a/index.fr.md',
				field: 'countries',
				message:
					'countries is ["GT"] here but ["GT","MX"] in content/releases/a/index.en.md. Translations of one release share their countries: make them the same.',
			},
		]);
	});

	it('names a page whose parent does not exist in its language, or loops', () => {
		const pages = [
			file('who/en', {}),
			file('structure/en', { parent: 'who' }),
			file('structure/fr', { parent: 'who' }),
			file('loop/en', { parent: 'loop' }),
		];
		expect(checkPageParents(pages, () => true).map((p) => `${p.file}: ${p.message}`)).toEqual([
			'content/releases/structure/index.fr.md: parent "who" has no index.fr.md. Use the folder name of an existing page, or translate that page first.',
			'content/releases/loop/index.en.md: The parents loop back to "loop". A page cannot sit under itself.',
		]);
	});

	it('names a page whose parent is a draft in a build that leaves drafts out', () => {
		const pages = [file('who/en', { draft: true }), file('structure/en', { parent: 'who' })];
		const live = (data: AnyData) => data.draft !== true;
		expect(
			checkPageParents(pages, live).map((p) => `${p.file} → ${p.field}: ${p.message}`),
		).toEqual([
			'content/releases/structure/index.en.md → parent: parent "who" is a draft (content/releases/who/index.en.md), so this page would have no place in the site: publish the parent first, or make this page a draft too.',
		]);
		expect(checkPageParents(pages, () => true)).toEqual([]);
	});

	it('names a top-level page whose URL another part of the site uses', () => {
		const pages = [
			file('news/en', { slug: 'news' }),
			file('ok/en', { slug: 'news', parent: 'x' }),
			file('a/fr', { slug: 'actualites' }),
		];
		expect(checkReservedSlugs(pages, (l) => (l === 'en' ? ['news'] : ['actualites']))).toEqual([
			{
				file: 'content/releases/news/index.en.md',
				field: 'slug',
				message: 'The URL /en/news/ belongs to another part of the site. Choose another slug.',
			},
			{
				file: 'content/releases/a/index.fr.md',
				field: 'slug',
				message:
					'The URL /fr/actualites/ belongs to another part of the site. Choose another slug.',
			},
		]);
	});

	it('prints one line per problem with file and field', () => {
		expect(
			formatProblems([
				{ file: 'a.md', field: 'title', message: 'title is missing.' },
				{ file: 'b.md', message: 'Bad.' },
			]),
		).toBe('2 problems in the content:\n  a.md → title: title is missing.\n  b.md: Bad.');
	});

	it('reads each field out of Astro’s schema error', () => {
		const astroMessage =
			'**releases → a/fr** data does not match collection schema.\n\n  **title**: title is missing.\n  **countries.0**: "XX" is not a code.\n';
		expect(
			problemsFromSchemaError('content/releases/a/index.fr.md', new Error(astroMessage)),
		).toEqual([
			{ file: 'content/releases/a/index.fr.md', field: 'title', message: 'title is missing.' },
			{
				file: 'content/releases/a/index.fr.md',
				field: 'countries.0',
				message: '"XX" is not a code.',
			},
		]);
	});
});
