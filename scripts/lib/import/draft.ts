// An old page made into a draft release file: frontmatter filled with what the page holds, a
// YAML comment for each field it does not hold and each word that lost a letter, the text as
// Markdown (markdown.ts) without the dateline and lead the frontmatter took (opening.ts).
import type { Root } from 'mdast';
import { stringify } from 'yaml';
import { countryName, slugify } from '../../../src/i18n/format';
import type { Locale } from '../../../src/i18n/locales';
import { topicKeys } from '../../../src/i18n/topics';
import { countriesNamed, readContacts, type ParsedContact } from './fields';
import { lineOf, lostLetters, lostLetterTodo, type LostLetter } from './lost-letters';
import { linkEmails, markdownOf, plain, treeOf } from './markdown';
import { takeDateline, takeLead, type Lead } from './opening';
import type { OldPage } from './page';

/** A draft release file, and what the importer says about it. */
export interface Draft {
	/** The whole file: frontmatter and Markdown. */
	text: string;
	title: string;
	/** The fields filled, each with how. */
	filled: string[];
	/** What the editor must fill in or check, one line each. */
	todo: string[];
}

const field = (data: Record<string, unknown>) =>
	stringify(data, { lineWidth: 0, defaultKeyType: 'PLAIN' }).trimEnd();

/** A page read, and its language. */
export interface PageIn {
	page: OldPage;
	lang: Locale;
}

/**
 * What the translations of one release share, gathered from all its pages so that they agree
 * (the build requires it): the date one of them gives, every country any of them names, every
 * contact any of them lists (with each language's version of the contact when it has one).
 */
export interface SharedFacts {
	date?: { day: string; from: Locale } | undefined;
	countries: string[];
	contacts: Partial<Record<Locale, ParsedContact>>[];
	/** The person id of each contact (import.ts matches them to content/contacts/). */
	people?: string[] | undefined;
}

const identity = (c: ParsedContact) => JSON.stringify([c.name, c.email ?? '', c.phone ?? '']);
const textOf = (page: OldPage) =>
	`${page.title}\n${plain(page.markdown ?? treeOf(page.blocks ?? []))}`;

export function sharedFacts(pages: PageIn[]): SharedFacts {
	const dated = pages.find(({ page }) => page.date && page.date >= '1951');
	const countries = [
		...new Set(pages.flatMap(({ page, lang }) => countriesNamed(textOf(page), lang))),
	];
	const contacts = new Map<string, Partial<Record<Locale, ParsedContact>>>();
	for (const { page, lang } of pages) {
		for (const contact of readContacts(page.contactLines).contacts) {
			const versions = contacts.get(identity(contact)) ?? {};
			versions[lang] = contact;
			contacts.set(identity(contact), versions);
		}
	}
	return {
		date: dated?.page.date ? { day: dated.page.date, from: dated.lang } : undefined,
		countries,
		contacts: [...contacts.values()],
	};
}

/** What the summary was made of, in the comment above it and in what was filled. */
const leads = {
	paragraph: 'the first paragraph, moved out of the text',
	sentences: 'the first sentences of the first paragraph, moved out of the text',
	cut: 'the start of the first paragraph, cut short; the text keeps it whole',
};

/** The frontmatter lines of the summary, and what the importer says of it. */
function summaryOf(lead: Lead | undefined, filled: string[], todo: string[]): string[] {
	if (!lead) {
		todo.push('summary: write the lead');
		return [
			'# summary: the page has no text to take a lead from. Write one or two sentences, like: summary: …',
		];
	}
	filled.push(`summary (${leads[lead.from]})`);
	if (lead.from === 'cut')
		todo.push('summary: its first sentence is too long for one: write the lead');
	const advice =
		lead.from === 'cut'
			? 'Write a lead of one or two sentences.'
			: 'Shorten it to one or two sentences if need be, and put what you take out back into the text.';
	return [`# summary: ${leads[lead.from]}. ${advice}`, field({ summary: lead.text })];
}

/**
 * The to-do lines of the words that lost a letter in a draft file's `lines`, which will hold
 * these lines before its line `at`: each word with the line it is on.
 */
function lostLetterLines(found: LostLetter[], lines: string[], at: number): string[] {
	const text = lines.map((line) => (line.startsWith('#') ? '' : line));
	let from = 1;
	return found.map((loss) => {
		const line = lineOf(text, loss.word, from);
		if (line) from = line;
		return lostLetterTodo(loss, line && (line >= at ? line + found.length : line));
	});
}

/**
 * The draft release file of an old page in `lang`. `source` names the file imported, for the
 * comment that opens the frontmatter; `shared` is what the release's pages in other languages
 * hold too (by default, this page's alone).
 */
export function makeDraft(
	page: OldPage,
	lang: Locale,
	source: string,
	shared: SharedFacts = sharedFacts([{ page, lang }]),
): Draft {
	const root: Root = page.markdown ?? treeOf(page.blocks ?? []);
	linkEmails(root);
	const filled: string[] = [];
	const todo: string[] = [];
	const lines = [
		`# Imported from ${source} by npm run import. Check every field against the original,`,
		'# fill in what the comments below ask for, then delete the line draft: true.',
	];

	lines.push(field({ title: page.title }));
	filled.push('title');

	const dateline = takeDateline(root);
	const lead = takeLead(root);
	lines.push(...summaryOf(lead, filled, todo));
	if (shared.date) {
		lines.push(`date: ${shared.date.day}`);
		filled.push(
			shared.date.from === lang
				? `date (${shared.date.day}, as the page dates itself)`
				: `date (${shared.date.day}, as the ${shared.date.from} page dates itself)`,
		);
	} else {
		lines.push('# date: the page gives no publication date. Add it, like: date: 2024-09-16');
		todo.push('date: the page gives none');
	}

	const { countries } = shared;
	if (dateline) {
		lines.push(field({ dateline }));
		filled.push(`dateline (${dateline}, from the first paragraph)`);
	} else if (countries[0]) {
		const place = countryName(countries[0], lang);
		lines.push(
			`${field({ dateline: place })} # the page names no place: this is the first country it names; correct it if the release was issued elsewhere`,
		);
		filled.push(`dateline (${place}, the first country named: check it)`);
		todo.push('dateline: check it (guessed from the first country named)');
	} else {
		lines.push(
			'# dateline: the page names no place. Write where the release was issued, like: dateline: Geneva',
		);
		todo.push('dateline: the page names no place');
	}

	if (countries.length > 0) {
		lines.push(`countries: [${countries.join(', ')}]`);
		filled.push(`countries (${countries.join(', ')}, the countries the text names)`);
	} else {
		lines.push(
			'# countries: the text names no country. Add their ISO codes, like: countries: [GT]',
		);
		todo.push('countries: the text names none');
	}

	lines.push(
		`# topics: the page does not say. Choose one or more of: ${topicKeys.join(', ')}; like: topics: [${topicKeys[0]}]`,
	);
	todo.push('topics: the page does not say');

	const { unread } = readContacts(page.contactLines);
	const names = shared.contacts.flatMap((versions) => {
		const contact = versions[lang] ?? Object.values(versions)[0];
		return contact ? [contact.name] : [];
	});
	const ids = shared.people ?? names.map((name) => slugify(name, 60));
	if (ids.length > 0) {
		lines.push(`contacts: [${ids.join(', ')}]`);
		filled.push(`contacts (${names.join(', ')})`);
	}
	if (unread.length > 0) {
		lines.push(`# contacts: lines of the contacts block not understood: ${unread.join(' | ')}`);
		todo.push(`contacts: check ${unread.length} line(s) not understood`);
	}
	for (const picture of page.pictures ?? []) {
		todo.push(
			`picture not imported (${picture}): save it in the folder, list it under media: with its alt text, credit and licence, and add it to the text`,
		);
	}
	for (const document of page.documents ?? []) {
		todo.push(
			`document linked, not imported (${document}): save it in the folder and list it under media: with its title, credit and licence`,
		);
	}
	const body = markdownOf(root);
	if (!body)
		todo.push(
			lead?.from === 'paragraph'
				? 'text: the page has one paragraph, now the summary: write the text'
				: 'text: the page has no text',
		);
	const blocks = root.children.flatMap((c) => (c.type === 'list' ? c.children : [c]));
	const texts = [page.title, lead?.text ?? '', ...blocks.map(plain)];
	const found = texts.flatMap((t) => lostLetters(t, lang));
	const head = ['---', ...lines].join('\n').split('\n');
	const after = ['draft: true', '---', '', ...body.split('\n')];
	const losses = lostLetterLines(found, [...head, ...after], head.length + 1);
	todo.push(...losses);
	const text = [...head, ...losses.map((l) => `# ${l}`), ...after].join('\n');
	return { text: `${text}\n`, title: page.title, filled, todo };
}
