// An old page made into a draft release file: frontmatter filled with what the page holds, a
// YAML comment for each field it does not hold, the text as Markdown (remark-stringify).
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { stringify } from 'yaml';
import { countryName } from '../../../src/i18n/format';
import type { Locale } from '../../../src/i18n/locales';
import { topicKeys } from '../../../src/i18n/topics';
import type { Contact } from '../../../src/page-model/releases';
import { countriesNamed, readContacts, splitDateline } from './fields';
import type { Block, OldPage } from './page';

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

/** The longest lead the schema accepts. */
const maxSummary = 400;

/** Plain text of a Markdown node. */
function plain(node: Root | RootContent | PhrasingContent): string {
	if ('value' in node && typeof node.value === 'string') return node.value;
	return 'children' in node ? (node.children as RootContent[]).map(plain).join('') : '';
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });

/** A plain-text page's blocks as Markdown's tree. */
function treeOf(blocks: Block[]): Root {
	return {
		type: 'root',
		children: blocks.map((block): RootContent => {
			if (block.kind === 'heading')
				return { type: 'heading', depth: 2, children: [text(block.text)] };
			if (block.kind === 'list') {
				return {
					type: 'list',
					ordered: false,
					spread: false,
					children: block.items.map((item) => ({
						type: 'listItem',
						spread: false,
						children: [{ type: 'paragraph', children: [text(item)] }],
					})),
				};
			}
			return { type: 'paragraph', children: [text(block.text)] };
		}),
	};
}

/** The first sentences of a paragraph that fit in a lead. */
function leadOf(paragraph: string): { lead: string; cut: boolean } {
	const clean = paragraph.replace(/\s+/g, ' ').trim();
	if (clean.length <= maxSummary) return { lead: clean, cut: false };
	const sentences = clean.match(/[^.!?]+[.!?]+["»”)]?\s*/g) ?? [];
	let lead = '';
	for (const sentence of sentences) {
		if ((lead + sentence).trim().length > maxSummary) break;
		lead += sentence;
	}
	return { lead: lead.trim() || `${clean.slice(0, maxSummary - 1).trimEnd()}…`, cut: true };
}

/** Email addresses of the text as links, so that Markdown writes them as `<name@host>`. */
function linkEmails(root: Root): void {
	visit(root, 'text', (node, index, parent) => {
		if (!parent || index === undefined || parent.type === 'link') return undefined;
		const parts = node.value.split(/([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/);
		if (parts.length === 1) return undefined;
		const children: PhrasingContent[] = parts
			.filter((part) => part !== '')
			.map((part) =>
				/@/.test(part) && !/\s/.test(part)
					? { type: 'link', url: `mailto:${part}`, children: [text(part)] }
					: text(part),
			);
		parent.children.splice(index, 1, ...children);
		return [SKIP, index + children.length];
	});
}

/** Takes the dateline ("Geneva – …") off the first paragraph, when it opens with one. */
function takeDateline(root: Root): string | undefined {
	const first = root.children.find((c): c is Paragraph => c.type === 'paragraph');
	const lead = first?.children[0];
	if (!first || lead?.type !== 'text') return undefined;
	const split = splitDateline(plain(first));
	if (!split) return undefined;
	const escaped = split.place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const prefix = new RegExp(`^\\s*${escaped}[^–—]*[–—]\\s*`, 'u').exec(lead.value);
	if (!prefix) return undefined;
	lead.value = lead.value.slice(prefix[0].length);
	return split.place;
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
	contacts: Partial<Record<Locale, Contact>>[];
}

const identity = (c: Contact) => JSON.stringify([c.name, c.email ?? '', c.phone ?? '']);
const textOf = (page: OldPage) =>
	`${page.title}\n${plain(page.markdown ?? treeOf(page.blocks ?? []))}`;

export function sharedFacts(pages: PageIn[]): SharedFacts {
	const dated = pages.find(({ page }) => page.date && page.date >= '1951');
	const countries = [
		...new Set(pages.flatMap(({ page, lang }) => countriesNamed(textOf(page), lang))),
	];
	const contacts = new Map<string, Partial<Record<Locale, Contact>>>();
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
	const root = page.markdown ?? treeOf(page.blocks ?? []);
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
	const firstParagraph = root.children.find((c) => c.type === 'paragraph');
	const { lead, cut } = leadOf(firstParagraph ? plain(firstParagraph) : '');
	if (lead) {
		lines.push('# summary: the first paragraph; shorten it to a lead of one or two sentences.');
		lines.push(field({ summary: lead }));
		filled.push(
			cut
				? 'summary (the first sentences of the first paragraph)'
				: 'summary (the first paragraph)',
		);
	} else {
		lines.push(
			'# summary: the page has no text to take a lead from. Write one or two sentences, like: summary: …',
		);
		todo.push('summary: write the lead');
	}

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
	const contacts = shared.contacts.flatMap((versions) => {
		const own = versions[lang];
		if (own) return [own];
		const [other, contact] = Object.entries(versions)[0] ?? [];
		if (!contact) return [];
		if (contact.office)
			todo.push(
				`contacts: ${contact.name}'s office is copied from the ${other} page: translate it`,
			);
		return [contact];
	});
	if (contacts.length > 0) {
		lines.push(field({ contacts }));
		filled.push(`contacts (${contacts.map((c) => c.name).join(', ')})`);
	}
	if (unread.length > 0) {
		lines.push(`# contacts: lines of the contacts block not understood: ${unread.join(' | ')}`);
		todo.push(`contacts: check ${unread.length} line(s) not understood`);
	}
	for (const picture of page.pictures ?? []) {
		todo.push(`picture not imported (${picture}): save it in the folder and add it to the text`);
	}
	lines.push('draft: true');

	const body = unified()
		.use(remarkGfm)
		.use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', listItemIndent: 'one' })
		.stringify(root)
		.trim();
	if (!body) todo.push('text: the page has no text');
	return { text: `---\n${lines.join('\n')}\n---\n\n${body}\n`, title: page.title, filled, todo };
}
