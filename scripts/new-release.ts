// `npm run new`: scaffolds a release file whose frontmatter passes validation.
// Flags (any left out are asked for when run in a terminal):
//   --lang fr --title "…" --date 2024-09-16 --dateline "Guatemala" --countries GT,HN
//   --topics counter-trafficking,child-protection [--summary "…"] [--folder name]
//   --translate <folder>   start a translation: copies date, countries, topics and contacts, and
//                          records the source's language and hash in translatedFrom
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { stdin, stdout } from 'node:process';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { parse, stringify } from 'yaml';
import { topicKeys } from '../src/i18n/topics';
import { slugify } from '../src/i18n/format';
import { isLocale, locales } from '../src/i18n/locales';
import { maxTitleSlug } from '../src/content-model/ids';
import { languageFile } from '../src/i18n/language-files';
import { releaseSchema } from '../src/content-model/schema';
import { sourceHash } from './lib/translation-coverage';

const { values: flags } = parseArgs({
	options: {
		lang: { type: 'string' },
		title: { type: 'string' },
		summary: { type: 'string' },
		date: { type: 'string' },
		dateline: { type: 'string' },
		countries: { type: 'string' },
		topics: { type: 'string' },
		folder: { type: 'string' },
		translate: { type: 'string' },
		content: { type: 'string', default: process.env.NEWSROOM_CONTENT_DIR ?? 'content' },
	},
});

const releasesDir = join(flags.content, 'releases');
const interactive = stdin.isTTY;
const prompt = interactive ? createInterface({ input: stdin, output: stdout }) : undefined;

/** A flag's value, or the answer to a question in a terminal, or a default. */
async function ask(value: string | undefined, question: string, fallback = ''): Promise<string> {
	if (value !== undefined) return value;
	if (!prompt) return fallback;
	const answer = await prompt.question(`${question}${fallback ? ` [${fallback}]` : ''}: `);
	return answer.trim() || fallback;
}

const list = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/** The shared fields of an existing translation, when starting another one. */
async function sourceOf(folder: string): Promise<Record<string, unknown>> {
	for (const locale of locales) {
		const file = join(releasesDir, folder, languageFile(locale));
		if (existsSync(file)) {
			const raw = await readFile(file, 'utf8');
			const [, frontmatter = ''] = raw.split(/^---$/m);
			const data = parse(frontmatter) as Record<string, unknown>;
			return {
				date: data.date,
				embargo: data.embargo,
				countries: data.countries,
				topics: data.topics,
				contacts: data.contacts,
				// What `npm run translations` compares to tell when the source changes afterwards.
				translatedFrom: { lang: locale, hash: sourceHash(raw) },
			};
		}
	}
	throw new Error(
		`No release folder ${join(releasesDir, folder)} with a language file to translate from.`,
	);
}

const lang = await ask(flags.lang, `Language (${locales.join(', ')})`, 'en');
if (!isLocale(lang))
	throw new Error(`"${lang}" is not a language of the site: use one of ${locales.join(', ')}.`);
const shared = flags.translate ? await sourceOf(flags.translate) : {};
const title = await ask(flags.title, 'Title');
const today = new Date().toISOString().slice(0, 10);
const data: Record<string, unknown> = {
	title,
	summary: await ask(flags.summary, 'Summary (one or two sentences)', 'Write the lead here.'),
	date: shared.date ?? (await ask(flags.date, 'Date (year-month-day)', today)),
	dateline: await ask(flags.dateline, 'Dateline (the place it is issued from)'),
	countries:
		shared.countries ?? list(await ask(flags.countries, 'Countries (ISO codes, e.g. GT, HN)')),
	topics: shared.topics ?? list(await ask(flags.topics, `Topics (${topicKeys.join(', ')})`)),
	...(shared.embargo ? { embargo: shared.embargo } : {}),
	...(shared.contacts ? { contacts: shared.contacts } : {}),
	slug: slugify(title, maxTitleSlug),
	...(shared.translatedFrom ? { translatedFrom: shared.translatedFrom } : {}),
	// A new file is a draft until its editor deletes this line: nothing half-written is published.
	draft: true,
};
prompt?.close();

// The same schema as the build: nothing is written that would not build.
const result = releaseSchema({ image: () => z.string() as never }).safeParse(data);
if (!result.success) {
	const lines = result.error.issues.map((i) => `  ${i.path.join('.') || 'release'}: ${i.message}`);
	console.error(`Nothing written: the release would not build.\n${lines.join('\n')}`);
	process.exit(1);
}

const day = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : String(data.date);
const folder = flags.translate ?? flags.folder ?? `${day}-${slugify(title, 40)}`;
const file = join(releasesDir, folder, languageFile(lang));
if (existsSync(file)) {
	console.error(`Nothing written: ${file} already exists.`);
	process.exit(1);
}
const frontmatter = stringify({ ...data, date: day }, { lineWidth: 0 });
await mkdir(dirname(file), { recursive: true });
await writeFile(file, `---\n${frontmatter}---\n\nWrite the release here, in Markdown.\n`);
console.log(
	`Written: ${file}\nIt is a draft: write the text, preview it with npm run dev, then delete the "draft: true" line.`,
);
