// Incremental equals clean, as a property (fast-check): generated sequences of edits to a small
// corpus (releases and translations added, removed and renamed; dates, embargoes, drafts,
// countries, topics, contacts, bodies and pictures changed; institutional pages added and
// removed), each edit followed by an incremental build, and the last build compared file by file
// with a clean build of the same content. `npm test` runs a few sequences;
// `npm run test:incremental` runs 200 (NEWSROOM_PROPERTY_RUNS).
import { readFile, rm, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { astroBuild, tmp } from '../helpers/astro';
import { listFiles } from '../helpers/dist';
import { pixel } from './catalogue/cases';

const runs = Number(process.env.NEWSROOM_PROPERTY_RUNS ?? 3);
const base = join(tmp, 'incremental-property');
const env = { NEWSROOM_NOW: '2025-06-01T00:00:00Z' };
const langs = ['en', 'fr', 'es'] as const;
const countries = ['CH', 'FR', 'GT', 'HN', 'KE'];
const topics = ['emergencies', 'migrant-assistance', 'counter-trafficking', 'migration-health'];

/** One release of the model: what its files say. */
interface Release {
	langs: Set<(typeof langs)[number]>;
	date: string;
	embargo: 'none' | 'past' | 'future';
	draft: boolean;
	countries: string[];
	topics: string[];
	contact: boolean;
	body: number;
	image: number | null;
}

/** The corpus: releases by folder, and the institutional pages by key. */
interface Corpus {
	releases: Map<string, Release>;
	pages: Set<string>;
}

const start = (): Corpus => ({
	releases: new Map([
		['alpha', release(['en', 'fr'], '2024-01-10', ['CH'], ['emergencies'])],
		['beta', release(['en'], '2024-02-20', ['GT'], ['counter-trafficking'])],
		['gamma', release(['es', 'fr'], '2024-03-30', ['FR', 'CH'], ['migration-health'])],
	]),
	pages: new Set(),
});

function release(l: string[], date: string, c: string[], t: string[]): Release {
	return {
		langs: new Set(l as (typeof langs)[number][]),
		date,
		embargo: 'none',
		draft: false,
		countries: c,
		topics: t,
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
	),
	at: fc.nat(20),
	value: fc.nat(1000),
});

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
	else if (kind === 'page') {
		const key = `page-${value % 3}`;
		if (corpus.pages.has(key)) corpus.pages.delete(key);
		else corpus.pages.add(key);
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
				...(r.contact ? ['contacts: [ana-perez]'] : []),
				...(r.image !== null
					? [
							'image:',
							'  src: ./lead.png',
							'  alt: A synthetic picture',
							'  credit: © IOM 2024 / Test',
						]
					: []),
			];
			await writeFile(
				join(dir, 'releases', folder, `index.${lang}.md`),
				`---\n${lines.join('\n')}\n---\n\nBody version ${r.body} of ${folder} in ${lang}.\n`,
			);
		}
	}
	for (const key of corpus.pages) {
		for (const lang of langs) {
			await mkdir(join(dir, 'pages', key), { recursive: true });
			await writeFile(
				join(dir, 'pages', key, `index.${lang}.md`),
				`---\ntitle: Page ${key} ${lang}\nsummary: A page.\nslug: ${key}-${lang}\n---\n\nText of ${key}.\n`,
			);
		}
	}
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
					const cache = { ...env, NEWSROOM_CACHE_DIR: join(dir, 'cache') };
					const corpus = start();
					await write(corpus, content);
					let last = await astroBuild(`incremental-property/${n}/site`, { content, env: cache });
					expect(last.ok, last.output).toBe(true);
					for (const e of edits) {
						apply(corpus, e);
						await write(corpus, content);
						last = await astroBuild(`incremental-property/${n}/site`, { content, env: cache });
						expect(last.ok, last.output).toBe(true);
					}
					const clean = await astroBuild(`incremental-property/${n}/clean`, {
						content,
						args: ['--force'],
						env: {
							...env,
							NEWSROOM_INCREMENTAL: '0',
							NEWSROOM_CACHE_DIR: join(dir, 'clean-cache'),
						},
					});
					expect(clean.ok, clean.output).toBe(true);
					expect(await differences(last.outDir, clean.outDir), JSON.stringify(edits)).toEqual([]);
					await rm(dir, { recursive: true, force: true });
				}),
				{ numRuns: runs, endOnFailure: true },
			);
		},
		runs * 120_000,
	);
});
