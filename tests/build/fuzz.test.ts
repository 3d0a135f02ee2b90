// Content is untrusted input, as a property (fast-check): releases whose every text field (title,
// summary, dateline, a contact's name and office, the picture's alt, caption and credit, an
// update's note, the notes to editors) and text, and events whose title, place, online address
// and description, hold arbitrary Unicode: control characters, non-characters, halves of
// surrogate pairs, direction controls, "]]>", "</script>", carriage returns, invisible characters
// only, very long values (tests/helpers/fuzz-text.ts). Many releases and events go into one real
// `astro build`; each must be either refused, every line of its refusal naming its file and a
// field or a line, or published with outputs that real parsers accept and that show its text:
// every page passes html-validate, the JSON-LD parses back to the text, feeds and sitemaps are
// XML 1.0, each vCard parses with ical.js with no property added, the search record holds the
// title, and each event's calendar files read back its texts (tests/helpers/fuzz-events.ts). A
// refused file is taken out and the rest built again. `npm test` runs one build's worth of
// releases (and half as many events); `npm run fuzz` runs 200 (NEWSROOM_FUZZ_INPUTS).
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseFrontmatter } from '../../src/content-model/frontmatter';
import { slugOf } from '../../src/content-model/ids';
import { isUnwritten } from '../../src/content-model/translations';
import type { Locale } from '../../src/i18n/locales';
import { url } from '../../src/i18n/routes';
import { typesetText } from '../../src/i18n/typography';
import { siteUrl } from '../../src/settings';
import { astroBuild, root, tmp } from '../helpers/astro';
import { listFiles, listPages, readPage, searchRecords, select, toString } from '../helpers/dist';
import {
	checkEvents,
	eventFile,
	expectedEvent,
	fuzzEvent,
	type ExpectedEvent,
	type FuzzEvent,
} from '../helpers/fuzz-events';
import {
	collapsed,
	field,
	indexed,
	rawQuoted,
	shown,
	slugChoice,
	slugField,
} from '../helpers/fuzz-text';
import { xmlProblem } from '../helpers/xml';
import { pixel } from './catalogue/cases';

const inputs = Number(process.env.NEWSROOM_FUZZ_INPUTS ?? 20);
/** The seed of the run, printed with its counts; NEWSROOM_FUZZ_SEED runs one again. */
const seed = Number(process.env.NEWSROOM_FUZZ_SEED ?? Date.now() % 2 ** 31);
/** With the seed, NEWSROOM_FUZZ_BUILD runs one build of the run again (its number). */
const only = process.env.NEWSROOM_FUZZ_BUILD;
const perBuild = Math.min(inputs, 20);
const runs = Math.ceil(inputs / perBuild);
/** Events go into each build beside its releases: half as many. */
const eventsPerBuild = Math.ceil(perBuild / 2);
const base = join(tmp, 'fuzz');
const env = { NEWSROOM_NOW: '2025-06-01T00:00:00Z', NEWSROOM_CACHE_DIR: join(base, 'cache') };

/** One generated release: its language, how its slug is written, and its texts. */
const release = fc.record({
	locale: fc.constantFrom<Locale>('en', 'fr', 'es'),
	slug: slugChoice,
	title: field,
	rawTitle: fc.boolean(),
	summary: field,
	dateline: field,
	contact: fc.option(fc.record({ name: field, office: fc.option(field, { freq: 2 }) }), {
		freq: 2,
	}),
	image: fc.option(
		fc.record({ alt: field, caption: fc.option(field, { freq: 2 }), credit: field }),
		{ freq: 3 },
	),
	note: fc.option(field, { freq: 3 }),
	notes: fc.option(field, { freq: 3 }),
	body: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: field }),
});
type Release = typeof release extends fc.Arbitrary<infer T> ? T : never;

/** The file of a release, in folder `folder`. */
function releaseFile(r: Release, folder: string): string {
	const data = {
		summary: r.summary,
		date: '2024-09-16',
		dateline: r.dateline,
		countries: ['CH'],
		topics: ['migrant-assistance'],
		...slugField(r.slug, folder),
		...(r.contact ? { contacts: [folder] } : {}),
		...(r.image
			? {
					image: {
						src: './pixel.png',
						alt: r.image.alt,
						...(r.image.caption === null ? {} : { caption: r.image.caption }),
						credit: r.image.credit,
						licence: 'cc-by-4.0',
					},
				}
			: {}),
		...(r.note === null ? {} : { updates: [{ date: '2024-09-20', note: r.note }] }),
		...(r.notes === null ? {} : { notesToEditors: r.notes }),
	};
	const title = r.rawTitle ? `title: ${rawQuoted(r.title)}\n` : stringify({ title: r.title });
	return `---\n${title}${stringify(data)}---\n\n${r.body ?? 'A paragraph of this release.'}\n`;
}

/** The file of the person a release names (content/contacts/<folder>/), when it names one. */
function personFile(r: Release, folder: string): string | undefined {
	if (!r.contact) return undefined;
	const data = {
		...(r.contact.office === null ? {} : { office: r.contact.office }),
		email: `${folder}@example.org`,
		region: 'global',
	};
	return `---\n${stringify({ name: r.contact.name })}${stringify(data)}---\n`;
}

/** What a published release must show: its texts as the site sets them, and its page. */
interface Expected {
	folder: string;
	locale: Locale;
	path: string;
	title: string;
	summary: string;
	dateline: string;
	contact?: { name: string; office?: string | undefined } | undefined;
}

/**
 * What the file of `r` must show once published, read as the build reads it: `unreadable` when
 * the content model cannot read it, `unwritten` when it has no title and no text (a language the
 * web editor saved empty, which the build leaves out with a note).
 */
function expected(
	r: Release,
	folder: string,
	text: string,
	person?: string,
): Expected | 'unreadable' | 'unwritten' {
	const parsed = parseFrontmatter(folder, text);
	if (!parsed.ok) return 'unreadable';
	const { data } = parsed;
	if (isUnwritten(data, parsed.body)) return 'unwritten';
	const card = person === undefined ? undefined : parseFrontmatter(folder, person);
	const contact = card?.ok ? (card.data as { name: unknown; office?: unknown }) : undefined;
	const title = shown(data.title, r.locale);
	const slug = slugOf({ title, slug: data.slug as string | undefined });
	return {
		folder,
		locale: r.locale,
		path: url('release', r.locale, { slug }),
		title,
		summary: shown(data.summary, r.locale),
		dateline: shown(data.dateline, r.locale),
		contact: contact && {
			name: shown(contact.name),
			office: contact.office === undefined ? undefined : shown(contact.office),
		},
	};
}

/** A problem line of a build: file, folder, line or field, message. */
const problemLine =
	/^(?<file>\S+\/(?:releases|contacts|events)\/(?<folder>[fe]\d+)\/index\.(?:en|fr|es)\.md)(?::(?<line>\d+))?(?: → (?<field>[\w.]+))?: (?<message>.+)$/;

/** Messages about a whole file, which name neither a line nor a field. */
const fileMessages = /^(The file has no text|The text is [\d.]+ [KM]B long|The link to )/;

const counts = { releases: 0, events: 0, refused: 0, published: 0, builds: 0 };
const reasons = new Map<string, number>();

/** The problem lines of a failed build, each checked to name a file and a field or a line. */
function refusals(output: string, contentDir: string): Map<string, string[]> {
	const at = relative(root, contentDir);
	const lines = output
		.split('\n')
		.filter((line) => line.startsWith(`  ${at}/`))
		.map((line) => line.slice(2));
	expect(lines.length, output).toBeGreaterThan(0);
	expect(output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
	const byFolder = new Map<string, string[]>();
	for (const line of lines) {
		const match = problemLine.exec(line)?.groups;
		expect(match, `a problem line that names no file of the batch: ${line}`).toBeDefined();
		const { folder = '', line: number, field, message = '' } = match ?? {};
		if (!number && !field) expect(message, line).toMatch(fileMessages);
		byFolder.set(folder, [...(byFolder.get(folder) ?? []), line]);
		const reason = (field ?? (number ? 'a line' : 'the file')).replace(/\.\d+/g, '');
		reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
	}
	return byFolder;
}

const htmlValidator = new HtmlValidate(new FileSystemConfigLoader());
const feedParser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	parseTagValue: false,
	trimValues: false,
	isArray: (name) => name === 'item',
});

/**
 * Characters the HTML parser reports as errors in the input stream: controls other than white
 * space, and non-characters (html-validate does not look for them).
 */
const notHtml =
	/[^\t\n\f\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** html-validate's findings on every page of a build, and characters HTML forbids. */
async function invalidPages(dist: string): Promise<string[]> {
	const found: string[] = [];
	for (const path of await listPages(dist)) {
		if (path.startsWith('/admin/')) continue;
		const file = path.endsWith('.html') ? path : `${path}index.html`;
		const bad = notHtml.exec(await readFile(join(dist, file), 'utf8'));
		if (bad) found.push(`${path} holds U+${bad[0].codePointAt(0)?.toString(16)}`);
		const report = await htmlValidator.validateFile(join(dist, file));
		for (const m of report.results.flatMap((r) => r.messages))
			found.push(`${path} ${m.ruleId}: ${m.message}`);
	}
	return found;
}

/** Checks the outputs of a build against the releases and events it published. */
async function checkOutputs(
	dist: string,
	published: Expected[],
	events: ExpectedEvent[],
): Promise<void> {
	expect(await invalidPages(dist)).toEqual([]);
	const files = await listFiles(dist);
	for (const file of files.filter((f) => f.endsWith('.xml')))
		expect(xmlProblem(await readFile(join(dist, file), 'utf8')), file).toBeUndefined();
	const cards = new Map<string, ICAL.Component>();
	for (const file of files.filter((f) => f.endsWith('.vcf'))) {
		const text = await readFile(join(dist, file), 'utf8');
		const card = new ICAL.Component(ICAL.parse(text) as unknown[]);
		cards.set(`${file.split('/')[0]}:${String(card.getFirstPropertyValue('email'))}`, card);
	}
	const records = await searchRecords(dist);
	for (const e of published) {
		const where = `${e.folder} (${e.path})`;
		const page = await readPage(dist, e.path);
		expect(toString(select('h1', page) ?? page), where).toBe(e.title);
		expect(toString(select('.lead', page) ?? page), where).toBe(e.summary);
		const jsonLd: unknown = JSON.parse(
			toString(select('script[type="application/ld+json"]', page) ?? page),
		);
		expect(jsonLd, where).toMatchObject({
			headline: e.title,
			description: e.summary,
			contentLocation: { name: e.dateline },
		});
		const feed = feedParser.parse(await readFile(join(dist, url('feed', e.locale)), 'utf8')) as {
			rss: { channel: { item: { link: string; title: string; description: string }[] } };
		};
		const item = feed.rss.channel.item.find((i) => i.link === new URL(e.path, siteUrl).href);
		expect(item, where).toMatchObject({ title: e.title, description: e.summary });
		const record = records.find((r) => r.url === e.path);
		expect(collapsed(record?.meta.title ?? ''), where).toBe(collapsed(e.title));
		expect(indexed(record?.content ?? ''), where).toContain(indexed(e.summary));
		if (e.contact) {
			const card = cards.get(`${e.locale}:${e.folder}@example.org`);
			expect(card?.getFirstPropertyValue('fn'), where).toBe(e.contact.name);
			const names = card?.getAllProperties().map((p) => p.name);
			expect(names, where).toEqual(['version', 'fn', 'n', 'org', 'email']);
			// A person's office is reader-facing text, set in the language's typography like a title.
			if (e.contact.office)
				expect(card?.getFirstProperty('org')?.getValues(), where).toEqual([
					[expect.any(String), typesetText(e.contact.office, e.locale)],
				]);
		}
	}
	await checkEvents(dist, events, records);
}

/** One build's generated files: releases `f0`, `f1`… (with their people), events `e0`, `e1`… */
type Batch = { releases: Release[]; events: FuzzEvent[] };

/**
 * Writes a file of the batch's content, making its folder, and gives the text as written: UTF-8
 * has no half of a surrogate pair, so Node writes each as U+FFFD, which is what the build reads.
 */
async function write<T extends string | Buffer>(
	content: string,
	path: string[],
	data: T,
): Promise<T> {
	await mkdir(join(content, ...path.slice(0, -1)), { recursive: true });
	await writeFile(join(content, ...path), data);
	return (typeof data === 'string' ? Buffer.from(data).toString('utf8') : data) as T;
}

/** Writes, builds and checks one batch of generated releases and events. */
async function buildBatch({ releases, events }: Batch, n: number): Promise<void> {
	const content = join(base, String(n), 'content');
	await rm(join(base, String(n)), { recursive: true, force: true });
	await mkdir(join(content, 'pages'), { recursive: true });
	await writeFile(
		join(base, String(n), 'inputs.json'),
		JSON.stringify({ releases, events }, null, '\t'),
	);
	const texts = new Map<string, { r: Release; text: string; person?: string | undefined }>();
	for (const [i, r] of releases.entries()) {
		const folder = `f${i}`;
		const file = `index.${r.locale}.md`;
		const card = personFile(r, folder);
		const person =
			card === undefined ? card : await write(content, ['contacts', folder, file], card);
		const text = await write(content, ['releases', folder, file], releaseFile(r, folder));
		await write(content, ['releases', folder, 'pixel.png'], pixel);
		texts.set(folder, { r, text, person });
	}
	const eventTexts = new Map<string, { e: FuzzEvent; text: string }>();
	for (const [i, e] of events.entries()) {
		const folder = `e${i}`;
		const file = `index.${e.locale}.md`;
		const text = await write(content, ['events', folder, file], eventFile(e, folder));
		eventTexts.set(folder, { e, text });
	}
	const files = releases.length + events.length;
	const refused = new Set<string>();
	let build = await astroBuild(`fuzz/${n}/site`, { content, env });
	for (let round = 1; !build.ok && round <= 3; round++) {
		for (const folder of refusals(build.output, content).keys()) {
			refused.add(folder);
			for (const kind of ['releases', 'contacts', 'events'])
				await rm(join(content, kind, folder), { recursive: true, force: true });
		}
		counts.builds++;
		if (refused.size === files) return void tally({ releases, events }, refused.size);
		build = await astroBuild(`fuzz/${n}/site`, { content, env });
	}
	counts.builds++;
	expect(build.ok, build.output.slice(-3000)).toBe(true);
	/** Whether a file the build leaves out was left out for its reason. */
	const leftOut = (folder: string, locale: Locale, e: object | 'unreadable' | 'unwritten') => {
		// A file the content model cannot read must have been refused.
		if (e === 'unreadable') expect(refused.has(folder), `${folder} was read`).toBe(true);
		else if (e === 'unwritten')
			expect(build.output).toContain(`${folder}/index.${locale}.md: not written yet`);
		return e === 'unreadable' || e === 'unwritten' || refused.has(folder);
	};
	const published: Expected[] = [];
	for (const [folder, { r, text, person }] of texts) {
		const e = expected(r, folder, text, person);
		if (!leftOut(folder, r.locale, e) && typeof e === 'object') published.push(e);
	}
	const publishedEvents: ExpectedEvent[] = [];
	for (const [folder, { e, text }] of eventTexts) {
		const x = expectedEvent(e, folder, text);
		if (!leftOut(folder, e.locale, x) && typeof x === 'object') publishedEvents.push(x);
	}
	await checkOutputs(build.outDir, published, publishedEvents);
	tally({ releases, events }, refused.size);
}

/** Adds a batch to the counts printed at the end. */
function tally({ releases, events }: Batch, refused: number): void {
	counts.releases += releases.length;
	counts.events += events.length;
	counts.refused += refused;
	counts.published += releases.length + events.length - refused;
}

// A run starts from an empty cache: the same seed gives the same builds.
beforeAll(() => rm(base, { recursive: true, force: true }));

afterAll(() => {
	const why = [...reasons].sort((a, b) => b[1] - a[1]).map(([r, k]) => `${r} ${k}`);
	console.log(
		`fuzz (seed ${seed}): ${counts.releases} releases and ${counts.events} events in ${counts.builds} builds, ${counts.refused} refused, ${counts.published} published; refusal lines by field: ${why.join(', ')}`,
	);
});

describe('arbitrary text in every field of a release, a contact and an event', () => {
	it(
		`is refused naming file and field, or published with valid outputs that show it (${runs * perBuild} releases, ${runs * eventsPerBuild} events)`,
		async () => {
			const batch = fc.record({
				releases: fc.array(release, { minLength: perBuild, maxLength: perBuild }),
				events: fc.array(fuzzEvent, { minLength: eventsPerBuild, maxLength: eventsPerBuild }),
			});
			const batches = fc.sample(batch, { numRuns: runs, seed });
			for (const [n, batch] of batches.entries()) {
				if (only !== undefined && String(n) !== only) continue;
				try {
					await buildBatch(batch, n);
					await rm(join(base, String(n)), { recursive: true, force: true });
				} catch (error) {
					const where = `tests/.tmp/fuzz/${n} (its inputs in inputs.json)`;
					const message = error instanceof Error ? error.message : String(error);
					throw new Error(`Seed ${seed}, build ${n}, kept in ${where}: ${message.slice(0, 3000)}`, {
						cause: error,
					});
				}
			}
		},
		runs * 240_000,
	);
});
