// Incremental equals clean, as a property (fast-check): generated sequences of edits to a small
// corpus (releases and translations added, removed and renamed; a release moved to another
// language; dates, embargoes, drafts, countries, topics, types, contacts, bodies and pictures
// changed; a term no release had before; institutional pages added and removed; the page the
// menu names added, removed or moved; a string of the English dictionary changed), each edit
// followed by an incremental build, and the last build compared file by file with a clean build
// of the same content and code. The builds run in a copy of the project, whose dictionary an
// edit may change. `npm test` runs a few sequences; `npm run test:incremental` runs 200, or
// NEWSROOM_PROPERTY_RUNS of them (NEWSROOM_PROPERTY_SEED runs a printed seed again).
import { readFile, rm, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topicKeys } from '../../src/i18n/topics';
import { releaseTypeKeys } from '../../src/i18n/release-types';
import { astroBuild, projectCopy, root, tmp } from '../helpers/astro';
import { listFiles } from '../helpers/dist';
import { pixel } from './catalogue/cases';

const runs = Number(process.env.NEWSROOM_PROPERTY_RUNS ?? 3);
const seed = process.env.NEWSROOM_PROPERTY_SEED;
const base = join(tmp, 'incremental-property');
const env = { NEWSROOM_NOW: '2025-06-01T00:00:00Z' };
const langs = ['en', 'fr', 'es'] as const;
const countries = ['CH', 'FR', 'GT', 'HN', 'KE'];
const topics = ['emergencies', 'migrant-assistance', 'counter-trafficking', 'migration-health'];
/** Countries only a `term` edit files a release under. */
const newCountries = ['BR', 'JP', 'NG', 'PH', 'UA'];
/** Strings of the English dictionary an edit may change (each on every page, or in a feed). */
const dictionaryKeys = ['site.name', 'nav.news', 'footer.copyright', 'feed.title', 'search.title'];
/** The institutional page the site menu names (src/content-model/menu-items.ts). */
const menuPage = 'who-we-are';

/** One release of the model: what its files say. */
interface Release {
	langs: Set<(typeof langs)[number]>;
	date: string;
	embargo: 'none' | 'past' | 'future';
	draft: boolean;
	countries: string[];
	topics: string[];
	type: string;
	contact: boolean;
	body: number;
	image: number | null;
}

/**
 * The corpus: releases by folder, the institutional pages by key (with the version of their slug;
 * every release links to page-0 by its file while it exists), the version of the slug of the
 * page the menu names (none: no such page), and the edited strings of the dictionary.
 */
interface Corpus {
	releases: Map<string, Release>;
	pages: Map<string, number>;
	menu: number | null;
	dictionary: Map<string, number>;
}

const start = (): Corpus => ({
	releases: new Map([
		['alpha', release(['en', 'fr'], '2024-01-10', ['CH'], ['emergencies'])],
		['beta', release(['en'], '2024-02-20', ['GT'], ['counter-trafficking'])],
		['gamma', release(['es', 'fr'], '2024-03-30', ['FR', 'CH'], ['migration-health'])],
	]),
	pages: new Map(),
	menu: null,
	dictionary: new Map(),
});

function release(l: string[], date: string, c: string[], t: string[]): Release {
	return {
		langs: new Set(l as (typeof langs)[number][]),
		date,
		embargo: 'none',
		draft: false,
		countries: c,
		topics: t,
		type: 'press-release',
		contact: false,
		body: 0,
		image: null,
	};
}

/** An edit of the corpus; it picks its release by index, modulo the releases there are. */
type Edit = { kind: string; at: number; value: number };
const edit = fc.record({
	kind: fc.constantFrom(
		'add',
		'remove',
		'rename',
		'translate',
		'untranslate',
		'date',
		'embargo',
		'draft',
		'countries',
		'topics',
		'contact',
		'body',
		'image',
		'page',
		'move',
		'term',
		'type',
		'menu',
		'dictionary',
	),
	at: fc.nat(20),
	value: fc.nat(1000),
});

/**
 * The first sequences of every run (of its `runs`): the edits that touch every page or a page's
 * neighbours, so even a short run meets them.
 */
const examples: [Edit[]][] = [
	[
		[
			{ kind: 'move', at: 0, value: 1 },
			{ kind: 'dictionary', at: 0, value: 7 },
		],
	],
	[
		[
			{ kind: 'term', at: 1, value: 0 },
			{ kind: 'menu', at: 0, value: 1 },
		],
	],
	// A page that releases link to by its file moves to another address.
	[
		[
			{ kind: 'page', at: 0, value: 3 },
			{ kind: 'page', at: 0, value: 9 },
		],
	],
];

let names = 0;
function apply(corpus: Corpus, { kind, at, value }: Edit): void {
	const folders = [...corpus.releases.keys()];
	const folder = folders[at % Math.max(1, folders.length)];
	const r = folder ? corpus.releases.get(folder) : undefined;
	const pick = <T>(list: readonly T[]) => list[value % list.length] as T;
	if (kind === 'add' || !r) {
		const day = String((value % 27) + 1).padStart(2, '0');
		corpus.releases.set(
			`new-${names++}`,
			release([pick(langs)], `2023-05-${day}`, [pick(countries)], [pick(topics)]),
		);
	} else if (kind === 'remove' && folders.length > 1 && folder) corpus.releases.delete(folder);
	else if (kind === 'rename' && folder) {
		corpus.releases.delete(folder);
		corpus.releases.set(`renamed-${names++}`, r);
	} else if (kind === 'translate') r.langs.add(pick(langs));
	else if (kind === 'untranslate' && r.langs.size > 1) r.langs.delete(pick([...r.langs]));
	else if (kind === 'date') r.date = `2022-${String((value % 12) + 1).padStart(2, '0')}-15`;
	else if (kind === 'embargo') r.embargo = pick(['none', 'past', 'future'] as const);
	else if (kind === 'draft') r.draft = !r.draft;
	else if (kind === 'countries') r.countries = [pick(countries)];
	else if (kind === 'topics') r.topics = [...new Set([pick(topics), r.topics[0] ?? 'emergencies'])];
	else if (kind === 'contact') r.contact = !r.contact;
	else if (kind === 'body') r.body = value;
	else if (kind === 'image') r.image = r.image === null ? value % 3 : null;
	else if (kind === 'move') {
		const elsewhere = langs.filter((l) => !r.langs.has(l));
		r.langs = new Set([pick(elsewhere.length > 0 ? elsewhere : langs)]);
	} else if (kind === 'term') {
		// A country, topic or type that no release of the corpus has yet, when one is left.
		const all = [...corpus.releases.values()];
		const unused = <T>(list: readonly T[], used: T[]) => list.filter((t) => !used.includes(t));
		const country = unused(
			newCountries,
			all.flatMap((x) => x.countries),
		);
		const topic = unused(
			topicKeys,
			all.flatMap((x) => x.topics),
		);
		const type = unused(
			releaseTypeKeys,
			all.map((x) => x.type),
		);
		if (value % 3 === 0 && country.length > 0) r.countries = [...r.countries, pick(country)];
		else if (value % 3 === 1 && topic.length > 0) r.topics = [...r.topics, pick(topic)];
		else if (type.length > 0) r.type = pick(type);
	} else if (kind === 'type') r.type = pick(releaseTypeKeys);
	// The menu's page appears, moves to another slug, or goes.
	else if (kind === 'menu') corpus.menu = corpus.menu === null || value % 3 > 0 ? value % 3 : null;
	else if (kind === 'dictionary') corpus.dictionary.set(pick(dictionaryKeys), value);
	else if (kind === 'page') {
		// A page appears, moves to another slug (odd values) or goes (even values).
		const key = `page-${value % 3}`;
		if (corpus.pages.has(key) && value % 2 === 0) corpus.pages.delete(key);
		else corpus.pages.set(key, value);
	}
}

/** Writes the corpus as content files (the folder is emptied first). */
async function write(corpus: Corpus, dir: string): Promise<void> {
	await rm(dir, { recursive: true, force: true });
	await mkdir(join(dir, 'pages'), { recursive: true });
	// The one person releases name, in every language; shown once a published release names her.
	await mkdir(join(dir, 'contacts', 'ana-perez'), { recursive: true });
	for (const lang of langs)
		await writeFile(
			join(dir, 'contacts', 'ana-perez', `index.${lang}.md`),
			'---\nname: Ana Pérez\nemail: press@example.org\nregion: global\n---\n',
		);
	for (const [folder, r] of corpus.releases) {
		await mkdir(join(dir, 'releases', folder), { recursive: true });
		if (r.image !== null) {
			await writeFile(
				join(dir, 'releases', folder, 'lead.png'),
				Buffer.concat([pixel, Buffer.from([r.image])]),
			);
		}
		for (const lang of r.langs) {
			const link = corpus.pages.has('page-0')
				? `\nSee [the page](../../pages/page-0/index.${lang}.md).\n`
				: '';
			const lines = [
				`title: Release ${folder} in ${lang}`,
				`summary: Summary of ${folder} in ${lang}.`,
				`date: ${r.date}`,
				...(r.embargo === 'none'
					? []
					: [`embargo: ${r.embargo === 'past' ? '2025-01-01T09:00:00Z' : '2099-01-01T09:00:00Z'}`]),
				...(r.draft ? ['draft: true'] : []),
				'dateline: Geneva',
				`countries: [${r.countries.join(', ')}]`,
				`topics: [${r.topics.join(', ')}]`,
				...(r.type === 'press-release' ? [] : [`type: ${r.type}`]),
				...(r.contact ? ['contacts: [ana-perez]'] : []),
				...(r.image !== null
					? [
							'image:',
							'  src: ./lead.png',
							'  alt: A synthetic picture',
							'  credit: © IOM 2024 / Test',
							'  licence: cc-by-4.0',
						]
					: []),
			];
			await writeFile(
				join(dir, 'releases', folder, `index.${lang}.md`),
				`---\n${lines.join('\n')}\n---\n\nBody version ${r.body} of ${folder} in ${lang}.\n${link}`,
			);
		}
	}
	for (const [key, version] of corpus.pages) {
		for (const lang of langs) {
			await mkdir(join(dir, 'pages', key), { recursive: true });
			await writeFile(
				join(dir, 'pages', key, `index.${lang}.md`),
				`---\ntitle: Page ${key} ${lang}\nsummary: A page.\nslug: ${key}-v${version}-${lang}\n---\n\nText of ${key}.\n`,
			);
		}
	}
	if (corpus.menu !== null) {
		await mkdir(join(dir, 'pages', menuPage), { recursive: true });
		for (const lang of langs) {
			await writeFile(
				join(dir, 'pages', menuPage, `index.${lang}.md`),
				`---\ntitle: About us ${lang}\nsummary: Who we are.\nslug: about-${corpus.menu}-${lang}\n---\n\nWho we are.\n`,
			);
		}
	}
}

/** The English dictionary as the project has it, which `writeDictionary` edits in a copy. */
const dictionaryFile = 'src/i18n/ui/en.ts';
const dictionary = await readFile(join(root, dictionaryFile), 'utf8');

/** Writes the corpus's edited strings into the copy of the project at `project`. */
async function writeDictionary(corpus: Corpus, project: string): Promise<void> {
	let text = dictionary;
	for (const [key, version] of corpus.dictionary) {
		const line = new RegExp(`^(\\t'${key.replace('.', '\\.')}': '[^'\\n]*)',$`, 'm');
		if (!line.test(text)) throw new Error(`${dictionaryFile} has no one-line string '${key}'`);
		text = text.replace(line, `$1 (edit ${version})',`);
	}
	const file = join(project, dictionaryFile);
	if ((await readFile(file, 'utf8')) !== text) await writeFile(file, text);
}

/**
 * What the edits of the code and of the menu's page should show in a build, so that a sequence
 * whose edits missed the build fails instead of comparing two builds of nothing new.
 */
async function checkEditsShow(corpus: Corpus, dist: string): Promise<void> {
	const home = await readFile(join(dist, 'en/index.html'), 'utf8');
	const feed = await readFile(join(dist, 'en/news/rss.xml'), 'utf8');
	const search = await readFile(join(dist, 'en/search/index.html'), 'utf8');
	for (const [key, version] of corpus.dictionary)
		expect(home + feed + search, key).toContain(`(edit ${version})`);
	if (corpus.menu !== null) expect(home).toContain(`href="/en/about-${corpus.menu}-en/"`);
}

/** Files that differ between two builds, or that one of them lacks. */
async function differences(a: string, b: string): Promise<string[]> {
	const [left, right] = await Promise.all([listFiles(a), listFiles(b)]);
	const out: string[] = [];
	for (const file of [...new Set([...left, ...right])]) {
		if (!left.includes(file) || !right.includes(file)) out.push(file);
		else if (!(await readFile(join(a, file))).equals(await readFile(join(b, file)))) out.push(file);
	}
	return out;
}

describe('incremental builds, as a property', () => {
	it(
		`give a clean build's files after any sequence of edits (${runs} sequences)`,
		async () => {
			let sequence = 0;
			await fc.assert(
				fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
					const n = sequence++;
					const dir = join(base, String(n));
					const content = join(dir, 'content');
					const project = await projectCopy(join(dir, 'project'));
					const cache = { ...env, NEWSROOM_CACHE_DIR: join(dir, 'cache') };
					const corpus = start();
					await write(corpus, content);
					// Every other sequence rebuilds over the last dist/ (an editor's next build); the others
					// into an empty one, the pages restored from the cache (a fresh deploy machine).
					const build = () =>
						astroBuild(`incremental-property/${n}/site`, {
							content,
							env: cache,
							project,
							keepDist: n % 2 === 0,
						});
					let last = await build();
					expect(last.ok, last.output).toBe(true);
					for (const e of edits) {
						apply(corpus, e);
						await write(corpus, content);
						await writeDictionary(corpus, project);
						last = await build();
						expect(last.ok, last.output).toBe(true);
					}
					const clean = await astroBuild(`incremental-property/${n}/clean`, {
						content,
						project,
						args: ['--force'],
						env: {
							...env,
							NEWSROOM_INCREMENTAL: '0',
							NEWSROOM_CACHE_DIR: join(dir, 'clean-cache'),
						},
					});
					expect(clean.ok, clean.output).toBe(true);
					await checkEditsShow(corpus, clean.outDir);
					expect(await differences(last.outDir, clean.outDir), JSON.stringify(edits)).toEqual([]);
					await rm(dir, { recursive: true, force: true });
				}),
				{
					numRuns: runs,
					endOnFailure: true,
					examples,
					...(seed ? { seed: Number(seed) } : {}),
				},
			);
		},
		runs * 120_000,
	);
});
