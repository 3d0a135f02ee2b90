// `npm run new`: writes a draft release file (or a translation) whose frontmatter passes
// validation; in a terminal it asks for what the flags leave out and checks each answer as it is
// typed (lib/release-answers.ts). Usage: the parseCommand call below.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { stdin, stdout } from 'node:process';
import { createInterface } from 'node:readline/promises';
import { z } from 'astro/zod';
import { parse, stringify } from 'yaml';
import { maxTitleSlug } from '../src/content-model/ids';
import { releaseSchema } from '../src/content-model/schema';
import { languageFile } from '../src/i18n/language-files';
import { slugify } from '../src/i18n/format';
import { locales, type Locale } from '../src/i18n/locales';
import { contentFlag, parseCommand } from './lib/cli';
import {
	askUntilValid,
	checkAnswer,
	questions,
	type Asker,
	type Question,
} from './lib/release-answers';
import { folderProblem, releaseFolder } from './lib/release-folder';
import { sourceHash } from './lib/translation-coverage';

const { values: flags } = parseCommand({
	name: 'npm run new',
	about: `Writes a draft release file whose frontmatter passes validation, or starts a translation of
a release. In a terminal it asks for what the flags leave out, and checks each answer as it is
typed; a flag's value is checked the same way, and nothing is written if one is refused.`,
	flags: {
		lang: { type: 'string', value: 'code', about: 'the language: en, fr or es (default: en)' },
		title: { type: 'string', value: 'text', about: 'the headline' },
		summary: { type: 'string', value: 'text', about: 'the lead, in one or two sentences' },
		date: { type: 'string', value: 'day', about: 'the day, year-month-day (default: today)' },
		dateline: { type: 'string', value: 'place', about: 'the place the release is issued from' },
		countries: { type: 'string', value: 'codes', about: 'ISO 3166-1 codes, like GT,HN' },
		topics: {
			type: 'string',
			value: 'keys',
			about: 'keys of src/i18n/topics.ts, like counter-trafficking,emergencies',
		},
		folder: {
			type: 'string',
			value: 'name',
			about: 'the release folder, one name (default: the date and the title)',
		},
		contacts: {
			type: 'string',
			value: 'ids',
			about: 'the press contacts: ids of people in content/contacts/, like marina-palma',
		},
		translate: {
			type: 'string',
			value: 'folder',
			about: 'start a translation of this release (its date, countries, topics, contacts)',
		},
		content: contentFlag,
	},
	examples: [
		'npm run new',
		'npm run new -- --lang en --title "IOM opens a shelter in Geneva" --date 2024-09-16 \\\n  --dateline Geneva --countries CH --topics migrant-assistance',
		'npm run new -- --translate 2024-09-16-iom-opens-a-shelter-in-geneva --lang fr',
	],
});

/** Stops with a message; nothing has been written. */
function stop(message: string): never {
	console.error(`Nothing written: ${message}`);
	process.exit(1);
}

/** Stops with the reasons the release would not build, one a line. */
const refuse = (problems: string[]) => stop(`the release would not build.\n${problems.join('\n')}`);

/** What `step` returns, or, when it throws, its message as stop()'s. */
async function orStop<T>(step: () => T | Promise<T>): Promise<T> {
	try {
		return await step();
	} catch (error) {
		return stop((error as Error).message);
	}
}

/** The questions each answered by a flag, checked as answers are, and the flags refused. */
function checkFlags(): { given: Partial<Record<Question, string | string[]>>; problems: string[] } {
	const given: Partial<Record<Question, string | string[]>> = {};
	const problems: string[] = [];
	for (const question of Object.keys(questions) as Question[]) {
		const value = flags[question];
		if (value === undefined) continue;
		const checked = checkAnswer(question, value);
		if (checked.ok) given[question] = checked.value;
		else problems.push(`  --${question}: ${checked.message}`);
	}
	for (const flag of ['folder', 'translate'] as const) {
		const value = flags[flag];
		const problem = value === undefined ? undefined : folderProblem(`--${flag}`, value);
		if (problem) problems.push(`  ${problem}`);
	}
	return { given, problems };
}

/** The shared fields of an existing translation, when starting another one. */
async function sourceOf(folder: string): Promise<Record<string, unknown>> {
	const path = releaseFolder(flags.content, folder, '--translate');
	for (const locale of locales) {
		const file = join(path, languageFile(locale));
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
	throw new Error(`there is no release folder ${path} with a language file to translate from.`);
}

const { given, problems } = checkFlags();
if (problems.length > 0) refuse(problems);

// In a terminal, what the flags leave out is asked, and asked again until the answer passes.
const prompt = stdin.isTTY ? createInterface({ input: stdin, output: stdout }) : undefined;
prompt?.on('SIGINT', () => {
	console.log('\nNothing written.');
	process.exit(130);
});
const asker: Asker | undefined = prompt && {
	// Ctrl+D (the end of the input) rejects the question.
	ask: (question) =>
		prompt.question(question).catch(() => {
			console.log();
			return stop('the input ended before every question was answered.');
		}),
	tell: (line) => console.log(line),
};
const unanswered: string[] = [];

/** A question's answer: its flag's, else the editor's in a terminal, else the default's. */
async function answer(question: Question, fallback = ''): Promise<string | string[]> {
	const flag = given[question];
	if (flag !== undefined) return flag;
	if (asker) return askUntilValid(asker, question, fallback);
	const checked = checkAnswer(question, fallback);
	if (checked.ok) return checked.value;
	unanswered.push(`  --${question}: ${checked.message}`);
	return fallback;
}

/**
 * The press contacts: a translation's, else those asked (none when left empty), each checked to
 * be a person of <content>/contacts/, as the build checks them.
 */
async function contactsOf(copied: unknown): Promise<{ contacts?: unknown }> {
	if (copied) return { contacts: copied };
	const ids = (await answer('contacts')) as string[];
	const dir = join(flags.content, 'contacts');
	for (const id of ids.filter((id) => !existsSync(join(dir, id))))
		unanswered.push(
			`  --contacts: "${id}" is not a person of ${dir}/: write their file first (EDITING.md, "People"), or check the id.`,
		);
	return ids.length > 0 ? { contacts: ids } : {};
}

const lang = (await answer('lang', 'en')) as Locale;
const translate = flags.translate;
const shared = translate ? await orStop(() => sourceOf(translate)) : {};
const title = String(await answer('title'));
const today = new Date().toISOString().slice(0, 10);
const data: Record<string, unknown> = {
	title,
	summary: await answer('summary', 'Write the lead here.'),
	date: shared.date ?? (await answer('date', today)),
	dateline: await answer('dateline'),
	countries: shared.countries ?? (await answer('countries')),
	topics: shared.topics ?? (await answer('topics')),
	...(shared.embargo ? { embargo: shared.embargo } : {}),
	...(await contactsOf(shared.contacts)),
	slug: slugify(title, maxTitleSlug),
	...(shared.translatedFrom ? { translatedFrom: shared.translatedFrom } : {}),
	// A new file is a draft until its editor deletes this line: nothing half-written is published.
	draft: true,
};
prompt?.close();
if (unanswered.length > 0) refuse(unanswered);

// The same schema as the build: nothing is written that would not build.
const result = releaseSchema({ image: () => z.string() as never }).safeParse(data);
if (!result.success)
	refuse(result.error.issues.map((i) => `  ${i.path.join('.') || 'release'}: ${i.message}`));

const day = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : String(data.date);
const folder = flags.translate ?? flags.folder ?? `${day}-${slugify(title, 40)}`;
const file = join(await orStop(() => releaseFolder(flags.content, folder)), languageFile(lang));
if (existsSync(file)) stop(`${file} already exists.`);
const frontmatter = stringify({ ...data, date: day }, { lineWidth: 0 });
await mkdir(dirname(file), { recursive: true });
await writeFile(file, `---\n${frontmatter}---\n\nWrite the release here, in Markdown.\n`);
console.log(
	`Written: ${file}\nIt is a draft: write the text, preview it with npm run dev, then delete the "draft: true" line.`,
);
