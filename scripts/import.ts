// `npm run import -- <file>…`: turns pages of the old site into one new draft release (the
// importer is in lib/import/; its usage is in the parseCommand call below).
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative } from 'node:path';
import { isUtf8 } from 'node:buffer';
import { fileURLToPath } from 'node:url';
import { maxTitleSlug } from '../src/content-model/ids';
import { languageFile } from '../src/i18n/language-files';
import { slugify } from '../src/i18n/format';
import { isLocale, locales, type Locale } from '../src/i18n/locales';
import { contentFlag, parseCommand } from './lib/cli';
import { makeDraft, sharedFacts, type Draft } from './lib/import/draft';
import { detectLanguage } from './lib/import/fields';
import { readHtmlPage } from './lib/import/html';
import type { OldPage } from './lib/import/page';
import { matchPeople } from './lib/import/people';
import { navigationLabels, readTextPage } from './lib/import/text';
import { folderProblem, releaseFolder } from './lib/release-folder';

const { values: flags, positionals: inputs } = parseCommand({
	name: 'npm run import',
	about: `Turns pages of the old site, saved as HTML or as plain text, into one new draft release: a
folder with a file per language (one page each). It fills what the pages hold, leaves a YAML
comment for each field they do not and for each word that seems to have lost a letter, prints
both, and never overwrites a file.`,
	positionals: '<page>…',
	flags: {
		lang: {
			type: 'string',
			value: 'code',
			about: "the pages' language: en, fr or es (default: each page's <html lang> or words)",
		},
		folder: {
			type: 'string',
			value: 'name',
			about: "the release folder, one name (default: made from the first page's title)",
		},
		origin: {
			type: 'string',
			value: 'url',
			default: 'https://www.iom.int',
			about: 'the old site, to make relative links absolute (default: https://www.iom.int)',
		},
		content: contentFlag,
	},
	examples: [
		'npm run import -- old/shelter-fr.html old/shelter-en.html',
		'npm run import -- --lang fr --folder guatemala-shelter old/shelter-fr.txt',
	],
});

/** Stops with a message; nothing has been written. */
function fail(message: string): never {
	console.error(`Nothing written: ${message}`);
	process.exit(1);
}

/** What `step` returns, or, when it throws, its message as fail()'s. */
function orFail<T>(step: () => T): T {
	try {
		return step();
	} catch (error) {
		return fail((error as Error).message);
	}
}

/** Reads an input as text: UTF-8, or else Windows-1252 (what old exports often are), said so. */
async function readInput(file: string, notes: string[]): Promise<string> {
	const bytes = await readFile(file).catch(() => fail(`cannot read ${file}.`));
	if (isUtf8(bytes)) return bytes.toString('utf8');
	notes.push(`${file} is not UTF-8: read as Windows-1252; check its accented letters`);
	return new TextDecoder('windows-1252').decode(bytes);
}

const looksLikeHtml = (file: string, text: string) =>
	['.html', '.htm'].includes(extname(file).toLowerCase()) ||
	/^\s*<(!doctype|html|head|body|article|main|p|div)\b/i.test(text);

if (inputs.length === 0)
	fail('name the pages to import, like: npm run import -- old/fr.html old/en.html');
if (flags.lang !== undefined && !isLocale(flags.lang))
	fail(`--lang ${flags.lang} is not a language of the site: use one of ${locales.join(', ')}.`);
const folderFlagProblem =
	flags.folder === undefined ? undefined : folderProblem('--folder', flags.folder);
if (folderFlagProblem) fail(folderFlagProblem);

const labels = await navigationLabels(
	fileURLToPath(new URL('../content', import.meta.url)),
	flags.content,
);
const read: { input: string; page: OldPage; lang: Locale; notes: string[] }[] = [];
for (const input of inputs) {
	const notes: string[] = [];
	const raw = await readInput(input, notes);
	const page: OldPage = looksLikeHtml(input, raw)
		? readHtmlPage(raw, flags.origin)
		: readTextPage(raw, labels);
	if (!page.title) fail(`${input} has no title that the importer can find.`);
	const declared = page.lang?.slice(0, 2).toLowerCase();
	const lang =
		flags.lang ??
		(declared && isLocale(declared) ? declared : undefined) ??
		detectLanguage(`${page.title} ${JSON.stringify(page.blocks ?? page.markdown ?? '')}`);
	if (!lang || !isLocale(lang))
		fail(
			`cannot tell the language of ${input}: give it, like: npm run import -- --lang fr ${input}`,
		);
	const same = read.find((r) => r.lang === lang);
	if (same) fail(`${input} and ${same.input} are both in ${lang}: import one page per language.`);
	if (page.skipped)
		notes.push(`skipped ${page.skipped} lines of the old site's navigation before the title`);
	read.push({ input, page, lang, notes });
}
// The translations of one release must agree on their date, countries and contacts; contacts
// are people of <content>/contacts/, matched by email or written as new people.
const facts = sharedFacts(read);
const people = matchPeople(
	flags.content,
	facts.contacts,
	read.map((r) => r.lang),
);
const shared = { ...facts, people: people.ids };
const drafts: { input: string; lang: Locale; draft: Draft; notes: string[] }[] = read.map(
	({ input, page, lang, notes }) => ({
		input,
		lang,
		draft: makeDraft(page, lang, basename(input), shared),
		notes,
	}),
);

const folderName = flags.folder ?? slugify(drafts[0]?.draft.title ?? '', maxTitleSlug);
if (!folderName) fail('the title makes no folder name: give one, like: --folder guatemala-shelter');
// Only under <content>/releases/: releaseFolder refuses a name that resolves anywhere else.
const folder = orFail(() => releaseFolder(flags.content, folderName));
for (const { lang } of drafts) {
	const target = join(folder, languageFile(lang));
	if (existsSync(target))
		fail(`${target} already exists. Import into another --folder, or edit that file.`);
}
for (const { path } of people.files)
	if (existsSync(path)) fail(`${path} already exists: edit that person's file.`);
await mkdir(folder, { recursive: true });
for (const { input, lang, draft, notes } of drafts) {
	const target = join(folder, languageFile(lang));
	await writeFile(target, draft.text, { flag: 'wx' });
	console.log(`Written: ${relative(process.cwd(), target)} (a draft, from ${input})`);
	console.log(`  filled: ${draft.filled.join('; ')}`);
	for (const line of [...draft.todo, ...notes]) console.log(`  to do: ${line}`);
}
for (const { path, text, todo } of people.files) {
	await mkdir(dirname(path), { recursive: true });
	await writeFile(path, text, { flag: 'wx' });
	console.log(
		`Written: ${relative(process.cwd(), path)} (a new person: no one in contacts/ has this email)`,
	);
	for (const line of todo) console.log(`  to do: ${line}`);
}
