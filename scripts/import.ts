// `npm run import -- <file>…`: turns pages of the old site, saved as HTML or as plain text, into
// one new draft release: a folder with a file per language (one input each). It fills what the
// pages hold, leaves a YAML comment for each field they do not, prints both, and never overwrites
// a file. Flags:
//   --lang fr        the language of the inputs (else each page's <html lang>, else its words)
//   --folder name    the release folder (default: made from the first page's title)
//   --origin URL     the old site, on which relative links are made absolute (https://www.iom.int)
//   --content dir    the content folder (default: $NEWSROOM_CONTENT_DIR or content)
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { isUtf8 } from 'node:buffer';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { maxTitleSlug } from '../src/content-model/ids';
import { languageFile } from '../src/i18n/language-files';
import { slugify } from '../src/i18n/format';
import { isLocale, locales, type Locale } from '../src/i18n/locales';
import { makeDraft, sharedFacts, type Draft } from './lib/import/draft';
import { detectLanguage } from './lib/import/fields';
import { readHtmlPage } from './lib/import/html';
import type { OldPage } from './lib/import/page';
import { navigationLabels, readTextPage } from './lib/import/text';

const { values: flags, positionals: inputs } = parseArgs({
	allowPositionals: true,
	options: {
		lang: { type: 'string' },
		folder: { type: 'string' },
		origin: { type: 'string', default: 'https://www.iom.int' },
		content: { type: 'string', default: process.env.NEWSROOM_CONTENT_DIR ?? 'content' },
	},
});

/** Stops with a message; nothing has been written. */
function fail(message: string): never {
	console.error(`Nothing written: ${message}`);
	process.exit(1);
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
// The translations of one release must agree on their date, countries and contacts.
const shared = sharedFacts(read);
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
const folder = join(flags.content, 'releases', folderName);
for (const { lang } of drafts) {
	const target = join(folder, languageFile(lang));
	if (existsSync(target))
		fail(`${target} already exists. Import into another --folder, or edit that file.`);
}
await mkdir(folder, { recursive: true });
for (const { input, lang, draft, notes } of drafts) {
	const target = join(folder, languageFile(lang));
	await writeFile(target, draft.text, { flag: 'wx' });
	console.log(`Written: ${relative(process.cwd(), target)} (a draft, from ${input})`);
	console.log(`  filled: ${draft.filled.join('; ')}`);
	for (const line of [...draft.todo, ...notes]) console.log(`  to do: ${line}`);
}
