/**
 * A deterministic corpus of synthetic releases for benchmarks: N release folders, each with
 * en/fr/es files (so translations are linked), 400–700 words each, headings, lists, links, 1–3
 * countries, 1–3 topics and contacts, plus a copy of the real `content/pages` so navigation
 * resolves. The same seed and N always give the same bytes.
 *
 * As a script: `tsx bench/generate.ts <dir> [N] [seed]`.
 */
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { languageFile } from '../src/i18n/language-files';
import { slugify } from '../src/i18n/format';
import type { ReleaseType } from '../src/i18n/release-types';
import { topicKeys } from '../src/i18n/topics';
import { locales, localeTable, type Locale } from '../src/i18n/locales';
import { banks, countries } from './corpus-text';

/** The project root. */
export const root = fileURLToPath(new URL('..', import.meta.url));

/** mulberry32: a tiny seeded PRNG, good enough to pick words. */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type Random = () => number;
const int = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
const some = <T>(r: Random, list: readonly T[], n: number): T[] => {
	const copy = [...list];
	return Array.from({ length: n }, () => copy.splice(Math.floor(r() * copy.length), 1)[0] as T);
};
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * The topics the corpus files releases under: every topic but one, which the benchmark's
 * rebuild gives to a new release (what a release in a topic no release used changes).
 */
export const unusedTopic = topicKeys.at(-1) ?? 'climate-migration';
const corpusTopics = topicKeys.filter((t) => t !== unusedTopic);

/** A country no release of the corpus is about, for the same edit. */
export const unusedCountry = 'IS';

/** What one release folder shares across its languages. */
interface Facts {
	index: number;
	date: string;
	countries: string[];
	topics: string[];
	type: ReleaseType;
	contacts: { name: string; email: string; phone: string }[];
}

/** Mostly press releases, as in a real archive; one in ten of each other type. */
const typeWeights: [ReleaseType, number][] = [
	['press-release', 6],
	['statement', 1],
	['news-story', 1],
	['briefing-note', 1],
	['media-advisory', 1],
];

function releaseType(r: Random): ReleaseType {
	let roll = int(
		r,
		1,
		typeWeights.reduce((sum, [, w]) => sum + w, 0),
	);
	for (const [type, weight] of typeWeights) {
		roll -= weight;
		if (roll <= 0) return type;
	}
	return 'press-release';
}

const firstNames = ['Marina', 'Ahmed', 'Lucía', 'Jean', 'Amina', 'Tomás', 'Sara', 'Kofi', 'Elena'];
const lastNames = ['Palma', 'Diallo', 'Rossi', 'Haddad', 'Okafor', 'Moreno', 'Nguyen', 'Keller'];

function facts(r: Random, index: number): Facts {
	// Spread over 2014-01-01 … 2026-06-30, well before the benchmark's NEWSROOM_NOW.
	const day = new Date(Date.UTC(2014, 0, 1) + int(r, 0, 4563) * 86_400_000);
	const contacts = Array.from({ length: int(r, 1, 2) }, () => {
		const first = pick(r, firstNames);
		const last = pick(r, lastNames);
		return {
			name: `${first} ${last}`,
			email: `${first[0]}${last}`.toLowerCase() + '@iom.int',
			phone: `+41 22 717 ${String(int(r, 1000, 9999))}`,
		};
	});
	return {
		index,
		date: day.toISOString().slice(0, 10),
		countries: some(r, Object.keys(countries), int(r, 1, 3)),
		topics: some(r, corpusTopics, int(r, 1, 3)),
		type: releaseType(r),
		contacts,
	};
}

/** One language file of a release: frontmatter and 400–700 words of Markdown. */
function releaseFile(r: Random, f: Facts, locale: Locale): string {
	const bank = banks[locale];
	const names = new Intl.DisplayNames([localeTable[locale].intl], { type: 'region' });
	const country = names.of(f.countries[0] ?? 'GT') ?? '';
	const fill = (template: string) =>
		template
			.replaceAll('{country}', country)
			.replaceAll('{number}', String(int(r, 12, 4800)))
			.replaceAll('{action}', pick(r, bank.actions))
			.replaceAll('{people}', pick(r, bank.people))
			.replaceAll('{partner}', pick(r, bank.partners));
	const paragraph = () =>
		Array.from({ length: int(r, 3, 5) }, () => fill(pick(r, bank.sentences))).join(' ');
	const title = fill(pick(r, bank.titles));
	const target = int(r, 400, 700);
	const blocks = [paragraph(), paragraph()];
	for (const heading of some(r, bank.headings, bank.headings.length)) {
		if (words(blocks.join(' ')) >= target - 60) break;
		blocks.push(`## ${heading}`, paragraph());
		if (blocks.length === 4) {
			blocks.push(
				some(r, bank.items, 4)
					.map((item) => `- ${fill(item)}`)
					.join('\n'),
			);
		}
		if (blocks.length === 6 || blocks.length === 7) {
			const link = `[${pick(r, bank.linkTexts)}](https://www.iom.int/news/${f.index})`;
			blocks.push(pick(r, bank.linkSentences).replace('{link}', link));
		}
	}
	// Keep within 400–700 words: drop trailing blocks (never a dangling heading), then pad.
	while (words(blocks.join(' ')) > 700 || blocks.at(-1)?.startsWith('## ')) blocks.pop();
	while (words(blocks.join(' ')) < 400) blocks.push(paragraph());
	const body = blocks.join('\n\n');
	const frontmatter = [
		`title: ${JSON.stringify(title)}`,
		`summary: ${JSON.stringify(fill(pick(r, bank.summaries)))}`,
		`date: ${f.date}`,
		`type: ${f.type}`,
		`dateline: ${JSON.stringify(countries[f.countries[0] ?? 'GT'])}`,
		`countries: [${f.countries.join(', ')}]`,
		`topics: [${f.topics.join(', ')}]`,
		// An explicit slug: generated titles repeat, and slugs must be unique per language.
		`slug: bench-${locale}-${String(f.index).padStart(5, '0')}`,
		`contacts: [${[...new Set(f.contacts.map(personId))].join(', ')}]`,
	];
	return `---\n${frontmatter.join('\n')}\n---\n\n${body}\n`;
}

/** The id (folder in contacts/) of a generated press officer. */
const personId = (c: { name: string }) => slugify(c.name);

/** A press officer's file in a language: the first release naming them gives the phone. */
function personFile(c: Facts['contacts'][number], locale: Locale): string {
	const lines = [
		`name: ${c.name}`,
		`office: ${banks[locale].iom}`,
		`email: ${c.email}`,
		`phone: ${JSON.stringify(c.phone)}`,
		'region: global',
	];
	return `---\n${lines.join('\n')}\n---\n`;
}

/** What `generateCorpus` wrote. */
export interface Corpus {
	dir: string;
	releases: number;
	files: number;
	/** Mean words per release file. */
	meanWords: number;
}

/**
 * Writes `perLanguage` synthetic release folders (all three languages each) into
 * `<dir>/releases` and copies the real `content/pages` into `<dir>/pages`. `dir` is emptied first.
 */
export async function generateCorpus(dir: string, perLanguage: number, seed = 9): Promise<Corpus> {
	await rm(dir, { recursive: true, force: true });
	await mkdir(join(dir, 'releases'), { recursive: true });
	await cp(join(root, 'content/pages'), join(dir, 'pages'), { recursive: true });
	const r = prng(seed);
	let total = 0;
	const people = new Map<string, Facts['contacts'][number]>();
	for (let i = 1; i <= perLanguage; i++) {
		const f = facts(r, i);
		for (const c of f.contacts) if (!people.has(personId(c))) people.set(personId(c), c);
		const folder = join(dir, 'releases', `release-${String(i).padStart(5, '0')}`);
		await mkdir(folder);
		for (const locale of locales) {
			const text = releaseFile(r, f, locale);
			total += words(text.slice(text.indexOf('\n---\n') + 5));
			await writeFile(join(folder, languageFile(locale)), text);
		}
	}
	for (const [id, person] of people) {
		await mkdir(join(dir, 'contacts', id), { recursive: true });
		for (const locale of locales)
			await writeFile(join(dir, 'contacts', id, languageFile(locale)), personFile(person, locale));
	}
	const files = perLanguage * locales.length;
	return { dir, releases: perLanguage, files, meanWords: Math.round(total / Math.max(files, 1)) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const [dir = join(root, 'bench/.tmp/content'), n = '100', seed = '9'] = process.argv.slice(2);
	const corpus = await generateCorpus(dir, Number(n), Number(seed));
	console.log(
		`${corpus.files} release files (${corpus.meanWords} words each on average) in ${dir}`,
	);
}
