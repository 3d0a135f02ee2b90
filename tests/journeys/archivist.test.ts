// Journey: the archivist bringing old releases in. `npm run import` on the seed (the old site's
// page as text) and on HTML pages in three languages written for the tests: the drafts it
// writes, what it prints, what it refuses; then she does what the to-do lines ask (a date, a
// topic, the letter the old export lost), publishes, and the site builds with the release.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, root, run, tmp, type BuildResult } from '../helpers/astro';
import { listPages, readPage, text } from '../helpers/dist';

const content = join(tmp, 'import-content');
// The seed (../shared/seeds/), the old site's French page as text, copied unchanged.
const seed = join(root, 'tests/fixtures/import/seed-fr.txt');
const fixtures = join(root, 'tests/fixtures/import');
const npmImport = (...args: string[]) =>
	run('npm', ['run', '--silent', 'import', '--', '--content', content, ...args]);

/** Text as compared across typography: straight apostrophes, plain spaces. */
const plain = (s: string) =>
	s
		.normalize('NFKC')
		.replace(/[’‘]/g, "'")
		.replace(/[\u00a0\u202f]/g, ' ')
		.replace(/\s+/g, ' ')
		.replace(/\s([;:!?»])/g, '$1')
		.replace(/«\s/g, '«')
		.trim();

/**
 * What the archivist does to a draft, as its to-do lines ask: adds the date and a topic, restores
 * the œ the old export lost, and publishes it.
 */
async function fillIn(file: string, topic: string): Promise<void> {
	await fillRegion(file);
	const draft = await readFile(file, 'utf8');
	await writeFile(
		file,
		draft
			.replace(/^# date: .*$/m, 'date: 2024-09-16')
			.replace(/^# topics: .*$/m, `topics: [${topic}]`)
			.replaceAll(" d'ONG uvrant ", " d'ONG œuvrant ")
			.replace(/^draft: true\n/m, ''),
	);
}

/** Gives the region the importer asks for to the people a release names (contacts/). */
async function fillRegion(file: string): Promise<void> {
	const ids = /^contacts: \[(.*)\]$/m.exec(await readFile(file, 'utf8'))?.[1]?.split(', ') ?? [];
	const lang = /index\.(\w+)\.md$/.exec(file)?.[1] ?? '';
	for (const id of ids) {
		const person = join(content, 'contacts', id, `index.${lang}.md`);
		await writeFile(
			person,
			(await readFile(person, 'utf8')).replace(
				/^# region: .*$/m,
				'region: central-north-america-caribbean',
			),
		);
	}
}

let seedRun: Awaited<ReturnType<typeof run>>;
let htmlRun: Awaited<ReturnType<typeof run>>;
let seedFolder: string;
let build: BuildResult;
beforeAll(async () => {
	await rm(content, { recursive: true, force: true });
	await mkdir(join(content, 'pages'), { recursive: true });
	seedRun = await npmImport(seed);
	htmlRun = await npmImport(
		'--folder',
		'honduras-centre',
		...['en', 'fr', 'es'].map((l) => join(fixtures, `${l}.html`)),
	);
	[seedFolder = ''] = (await readdir(join(content, 'releases'))).filter(
		(f) => f !== 'honduras-centre',
	);
});

describe('npm run import', () => {
	it('writes a draft of the seed and says what it filled and what is left to do', () => {
		expect(seedRun.code, seedRun.output).toBe(0);
		// Cut between words within 80 characters, and not after "à" (slugify, src/i18n/format.ts).
		expect(seedFolder).toBe(
			'l-oim-aide-les-victimes-de-traite-et-renforce-la-capacite-des-responsables',
		);
		const lines = seedRun.output.trim().split('\n');
		expect(lines[0]).toMatch(
			new RegExp(
				`^Written: .*releases/${seedFolder}/index\\.fr\\.md \\(a draft, from .*seed.*\\)$`,
			),
		);
		expect(lines.slice(1)).toEqual([
			'  filled: title; summary (the first paragraph, moved out of the text); dateline (Guatemala, the first country named: check it); countries (GT, the countries the text names); contacts (Marina Palma)',
			'  to do: date: the page gives none',
			'  to do: dateline: check it (guessed from the first country named)',
			'  to do: topics: the page does not say',
			`  to do: lost letter: "uvrant" in "…gouvernement et membres d'ONG uvrant avec les victimes." (line 26) looks like "œuvrant" with its œ lost: restore it from the original page`,
			"  to do: skipped 29 lines of the old site's navigation before the title",
			// Nobody in contacts/ has her email: she is written as a new person.
			`Written: ${relative(root, join(content, 'contacts/marina-palma/index.fr.md'))} (a new person: no one in contacts/ has this email)`,
			'  to do: region: the page does not say where Marina Palma works: write it',
		]);
	});

	it('writes one file per language of the pages given, into one release folder', async () => {
		expect(htmlRun.code, htmlRun.output).toBe(0);
		expect((await readdir(join(content, 'releases/honduras-centre'))).sort()).toEqual([
			'index.en.md',
			'index.es.md',
			'index.fr.md',
		]);
		expect(htmlRun.output).toContain(
			'to do: picture not imported (/sites/default/files/centre.jpg): save it in the folder, list it under media: with its alt text, credit and licence, and add it to the text',
		);
		expect(htmlRun.output).toContain(
			'to do: document linked, not imported (https://www.iom.int/sites/default/files/centre-fact-sheet.pdf): save it in the folder and list it under media: with its title, credit and licence',
		);
	});

	it('never overwrites a file, and writes nothing when it refuses', async () => {
		const file = join(content, 'releases', seedFolder, 'index.fr.md');
		const before = await readFile(file, 'utf8');
		const again = await npmImport(seed);
		expect(again.code).toBe(1);
		expect(again.output.trim()).toBe(
			`Nothing written: ${join(content, 'releases', seedFolder, 'index.fr.md')} already exists. Import into another --folder, or edit that file.`,
		);
		expect(await readFile(file, 'utf8')).toBe(before);

		const twice = await npmImport('--folder', 'twice', seed, seed);
		expect(twice.output.trim()).toBe(
			`Nothing written: ${seed} and ${seed} are both in fr: import one page per language.`,
		);
		const german = await npmImport('--lang', 'de', seed);
		expect(german.output.trim()).toBe(
			'Nothing written: --lang de is not a language of the site: use one of en, fr, es.',
		);
		const missing = await npmImport('--folder', 'missing', join(fixtures, 'no-such-page.html'));
		expect(missing.output.trim()).toBe(
			`Nothing written: cannot read ${join(fixtures, 'no-such-page.html')}.`,
		);
		const short = join(tmp, 'import-short.txt');
		await writeFile(short, 'Guatemala 2024\nMarina Palma\n');
		const unknown = await npmImport('--folder', 'short', short);
		expect(unknown.output.trim()).toBe(
			`Nothing written: cannot tell the language of ${short}: give it, like: npm run import -- --lang fr ${short}`,
		);
		for (const code of [again, twice, german, missing, unknown]) expect(code.code).toBe(1);
		for (const folder of ['twice', 'missing', 'short'])
			expect(existsSync(join(content, 'releases', folder))).toBe(false);
	});

	it('reads a text that is not UTF-8 as Windows-1252, and says so', async () => {
		const latin = join(tmp, 'import-latin1.txt');
		await writeFile(
			latin,
			Buffer.from(
				'Un refuge ouvre à Genève\nLes familles des réfugiés ont été accueillies dans le centre.\nPour plus d’informations, veuillez contacter:\nAna Pérez\nTél: +41 22 717 9111\n'.replace(
					'’',
					"'",
				),
				'latin1',
			),
		);
		const result = await npmImport('--folder', 'latin', latin);
		expect(result.code, result.output).toBe(0);
		expect(result.output).toContain(
			`to do: ${latin} is not UTF-8: read as Windows-1252; check its accented letters`,
		);
		const draft = await readFile(join(content, 'releases/latin/index.fr.md'), 'utf8');
		expect(draft).toContain('title: Un refuge ouvre à Genève');
		expect(draft).toContain('Les familles des réfugiés ont été accueillies dans le centre.');
		expect(draft).toContain('contacts: [ana-perez]');
		// Ana Pérez is nobody of contacts/ yet: she is written as a new person, whose region the
		// editor must give.
		expect(result.output).toContain(
			`Written: ${relative(root, join(content, 'contacts/ana-perez/index.fr.md'))} (a new person: no one in contacts/ has this email)`,
		);
		expect(result.output).toContain('to do: region: the page does not say where Ana Pérez works');
		const person = await readFile(join(content, 'contacts/ana-perez/index.fr.md'), 'utf8');
		expect(person).toContain('name: Ana Pérez');
		expect(person).toContain('phone: +41 22 717 91 11');
		await rm(join(content, 'releases/latin'), { recursive: true });
		await rm(join(content, 'contacts/ana-perez'), { recursive: true });
	});
});

describe('the drafts, once an editor has added the date and a topic', () => {
	beforeAll(async () => {
		await fillIn(join(content, 'releases', seedFolder, 'index.fr.md'), 'counter-trafficking');
		for (const l of ['en', 'fr', 'es'])
			await fillIn(join(content, 'releases/honduras-centre', `index.${l}.md`), 'capacity-building');
		build = await astroBuild('import', { content });
		expect(build.ok, build.output).toBe(true);
	});

	it('build, and the seed’s release keeps every sentence and figure of the original', async () => {
		// The draft's slug is its folder's name, cut where it reads well within 80 characters.
		const path = `/fr/actualites/${seedFolder}/`;
		expect(await listPages(build.outDir)).toContain(path);
		const page = await readPage(build.outDir, path);
		// The first paragraph is the lead, the rest the body: together, the original's text.
		const article = plain(`${text(page, 'article .lead')} ${text(page, 'article .body')}`);
		expect(text(page, 'article .body')).toMatch(/^Le Guatemala est un pays/);
		for (const figure of ['65', '61', '20']) expect(article).toMatch(new RegExp(`\\b${figure}\\b`));
		const raw = (await readFile(seed, 'utf8')).replace(/\suvrant\s/, ' œuvrant ');
		const source = raw.slice(raw.indexOf('Un an après'), raw.indexOf("Pour plus d'informations"));
		const sentences = plain(source).split(/(?<=\.)\s+/);
		expect(sentences.length).toBe(13);
		for (const sentence of sentences) expect(article).toContain(sentence);
		// The lead is said once: the first paragraph is not repeated at the top of the text.
		expect(article.split(plain(text(page, 'article .lead'))).length).toBe(2);
		expect(article).toContain("membres d'ONG œuvrant avec les victimes");
		expect(text(page, '.contacts .name')).toBe('Marina Palma');
		expect(text(page, '.contacts a[href^="tel:"]')).toBe('+502 2314 0041');
	});

	it('build the HTML pages into one release in three languages', async () => {
		const pages = await listPages(build.outDir);
		const slugs = {
			en: '/en/news/iom-opens-a-training-centre-for-border-officials-in-honduras/',
			fr: '/fr/actualites/l-oim-ouvre-un-centre-de-formation-pour-les-agents-des-frontieres-au-honduras/',
			es: '/es/noticias/la-oim-abre-un-centro-de-formacion-para-agentes-fronterizos-en-honduras/',
		};
		for (const path of Object.values(slugs)) expect(pages).toContain(path);
		const english = await readPage(build.outDir, slugs.en);
		expect(text(english, '.dateline span')).toBe('Tegucigalpa');
		expect(text(english, 'article .body h2')).toBe('What the training covers');
		expect(
			text(english, 'article .body a[href="https://www.iom.int/reports/border-2018"]'),
		).toMatch(/^2018 border report/);
	});
});
