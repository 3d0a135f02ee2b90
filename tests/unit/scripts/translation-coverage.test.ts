import { spawnSync } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	coverageReport,
	formatReport,
	hasGaps,
	readContentTree,
	sourceHash,
	type ContentFile,
} from '../../../scripts/lib/translation-coverage';
import { root, tmp } from '../../helpers/astro';

const fixture = join(root, 'tests/fixtures/translations');
const locales = ['en', 'fr', 'es'];

describe('the source hash', () => {
	const source = '---\ntitle: A\nsummary: B\ndate: 2024-09-16\n---\n\nBody.\n';

	it('changes when the translatable text changes', () => {
		expect(sourceHash(source)).toMatch(/^[0-9a-f]{12}$/);
		expect(sourceHash(source.replace('Body.', 'Body, edited.'))).not.toBe(sourceHash(source));
		expect(sourceHash(source.replace('title: A', 'title: A2'))).not.toBe(sourceHash(source));
	});

	it('ignores dates, line endings and blank lines around the body', () => {
		expect(sourceHash(source.replace('2024-09-16', '2024-09-17'))).toBe(sourceHash(source));
		expect(sourceHash(source.replace(/\n/g, '\r\n') + '\n\n')).toBe(sourceHash(source));
	});
});

describe('the translation-coverage report on a fixture content tree', () => {
	it('reads every release and page file of the tree', async () => {
		const files = await readContentTree(fixture);
		expect(files.map((f) => `${f.kind}:${f.folder}/${f.locale}`).sort()).toEqual([
			'page:about/en',
			'page:about/fr',
			'release:flood/en',
			'release:orphan/es',
			'release:shelter/en',
			'release:shelter/es',
			'release:shelter/fr',
		]);
	});

	it('counts a language the web editor saved without text as missing', async () => {
		const copy = join(tmp, 'coverage-unwritten');
		await rm(copy, { recursive: true, force: true });
		await cp(fixture, copy, { recursive: true });
		await writeFile(
			join(copy, 'releases/flood/index.fr.md'),
			'---\ndate: 2024-09-16\ncountries:\n  - GT\ndraft: false\n---\n',
		);
		const files = await readContentTree(copy);
		expect(files.filter((f) => f.folder === 'flood').map((f) => f.locale)).toEqual(['en']);
	});

	it('names the missing languages, outdated translations and lost sources of each folder', async () => {
		const report = coverageReport(await readContentTree(fixture), locales);
		const shelterSource = await readFile(join(fixture, 'releases/shelter/index.en.md'), 'utf8');
		expect(report.folders).toEqual([
			{
				kind: 'page',
				folder: 'about',
				present: ['en', 'fr'],
				missing: ['es'],
				outdated: [],
				sourceMissing: [],
				untracked: ['en', 'fr'],
			},
			{
				kind: 'release',
				folder: 'flood',
				present: ['en'],
				missing: ['fr', 'es'],
				outdated: [],
				sourceMissing: [],
				untracked: [],
			},
			{
				kind: 'release',
				folder: 'orphan',
				present: ['es'],
				missing: ['en', 'fr'],
				outdated: [],
				sourceMissing: [{ locale: 'es', source: 'fr' }],
				untracked: [],
			},
			{
				kind: 'release',
				folder: 'shelter',
				present: ['en', 'fr', 'es'],
				missing: [],
				// index.fr.md records the source's current hash; index.es.md an older one.
				outdated: [
					{
						locale: 'es',
						source: 'en',
						recorded: '000000000000',
						current: sourceHash(shelterSource),
					},
				],
				sourceMissing: [],
				untracked: [],
			},
		]);
		expect(hasGaps(report)).toBe(true);
	});

	it('prints one line per problem, a note on untracked folders and a summary', async () => {
		const report = coverageReport(await readContentTree(fixture), locales);
		const current = report.folders.find((f) => f.folder === 'shelter')!.outdated[0]!.current;
		expect(formatReport(report).split('\n')).toEqual([
			'pages/about: missing es',
			'releases/flood: missing fr, es',
			'releases/orphan: missing en, fr',
			'releases/orphan: index.es.md says it was translated from index.fr.md, which does not exist',
			`releases/shelter: index.es.md is older than its source index.en.md (translated from 000000000000, source is now ${current}); update it, then set translatedFrom.hash to ${current}`,
			'Note: 1 folder without translatedFrom, whose translations cannot be dated against a source: about.',
			'1 of 4 folders in every language (en, fr, es); 1 outdated translation.',
		]);
	});

	it('finds no gap when every folder is complete and up to date', () => {
		const en = '---\ntitle: A\nsummary: B\n---\n\nBody.\n';
		const translation = (lang: string) =>
			`---\ntitle: ${lang}\nsummary: B\ntranslatedFrom: { lang: en, hash: ${sourceHash(en)} }\n---\n\nX\n`;
		const files: ContentFile[] = [
			{ kind: 'release', folder: 'a', locale: 'en', raw: en },
			{ kind: 'release', folder: 'a', locale: 'fr', raw: translation('fr') },
			{ kind: 'release', folder: 'a', locale: 'es', raw: translation('es') },
		];
		const report = coverageReport(files, locales);
		expect(hasGaps(report)).toBe(false);
		expect(formatReport(report)).toBe(
			'1 of 1 folders in every language (en, fr, es); 0 outdated translations.',
		);
	});
});

describe('npm run translations', () => {
	const run = (...args: string[]) =>
		spawnSync(process.execPath, ['--import', 'tsx', 'scripts/translations.ts', ...args], {
			cwd: root,
			encoding: 'utf8',
		});

	it('exits 0 with gaps unless --strict, and 1 with --strict', () => {
		const plain = run('--content', fixture);
		expect(plain.status, plain.stderr).toBe(0);
		expect(plain.stdout).toContain('releases/flood: missing fr, es');
		const strict = run('--content', fixture, '--strict');
		expect(strict.status).toBe(1);
		expect(strict.stdout).toContain('releases/flood: missing fr, es');
	});

	it('writes the same report as JSON with --json', () => {
		const json = run('--content', fixture, '--json');
		expect(json.status, json.stderr).toBe(0);
		const report = JSON.parse(json.stdout) as { folders: { folder: string; missing: string[] }[] };
		expect(report.folders.map((f) => [f.folder, f.missing])).toEqual([
			['about', ['es']],
			['flood', ['fr', 'es']],
			['orphan', ['en', 'fr']],
			['shelter', []],
		]);
	});

	it('finds the site’s own content complete and up to date, even with --strict', () => {
		const site = run('--strict');
		expect(site.status, site.stdout + site.stderr).toBe(0);
		expect(site.stdout).toContain('20 of 20 folders in every language (en, fr, es); 0 outdated');
	});

	it('prints the hash a translation records', () => {
		const hash = run('--hash', join(fixture, 'releases/shelter/index.en.md'));
		expect(hash.stdout.trim()).toMatch(/^[0-9a-f]{12}$/);
	});

	it('counts a translation started with npm run new -- --translate as up to date', async () => {
		const content = join(tmp, 'new-translation');
		await rm(content, { recursive: true, force: true });
		await cp(join(fixture, 'releases/flood'), join(content, 'releases/flood'), { recursive: true });
		const made = spawnSync(
			process.execPath,
			[
				'--import',
				'tsx',
				'scripts/new-release.ts',
				'--translate',
				'flood',
				'--lang',
				'fr',
				'--title',
				'Des inondations chassent des familles',
				'--dateline',
				'Dacca',
				'--content',
				content,
			],
			{ cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
		);
		expect(made.status, made.stderr).toBe(0);
		const written = await readFile(join(content, 'releases/flood/index.fr.md'), 'utf8');
		const source = await readFile(join(content, 'releases/flood/index.en.md'), 'utf8');
		expect(written).toContain(`translatedFrom:\n  lang: en\n  hash: ${sourceHash(source)}\n`);
		const flood = coverageReport(await readContentTree(content), locales).folders[0];
		expect(flood).toMatchObject({ folder: 'flood', missing: ['es'], outdated: [], untracked: [] });
	});
});

describe('the source hash npm run translations prints', () => {
	it('reads the file as the build does: a field written with no value is a field not written', () => {
		const file = (extra: string) =>
			`---\ntitle: Un titre\nsummary: Un résumé.\n${extra}---\n\nLe texte.\n`;
		// The web editor writes `notesToEditors: null` when the field is left empty.
		expect(sourceHash(file('notesToEditors: null\n'))).toBe(sourceHash(file('')));
		expect(sourceHash(file('notesToEditors: Une note.\n'))).not.toBe(sourceHash(file('')));
	});
});
