// An old release saved as plain text (as in ../shared/seeds/): the site's navigation first, then
// the title, the text hard-wrapped at about 60 characters with no blank line between
// paragraphs, then the contacts block. Reads it into the same shape as an HTML page.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { locales } from '../../../src/i18n/locales';
import { dictionaryOf } from '../../../src/i18n/translate';
import { contactsHeading, withoutLinkDebris } from './fields';
import type { Block, OldPage } from './page';

/**
 * The old site's navigation labels, to skip in plain text: the new site's menu labels and the
 * titles of its institutional pages (those of the project and of --content), which the old
 * site's menu named the same way.
 */
export async function navigationLabels(...contents: string[]): Promise<Set<string>> {
	const labels = new Set<string>();
	for (const locale of locales) {
		for (const [key, value] of Object.entries(dictionaryOf(locale)))
			if (key.startsWith('nav.') && !key.endsWith('.intro')) labels.add(value.toLocaleLowerCase());
	}
	for (const pages of contents.map((c) => join(c, 'pages')).filter((p) => existsSync(p))) {
		for (const folder of await readdir(pages)) {
			for (const file of await readdir(join(pages, folder)).catch(() => [])) {
				const raw = await readFile(join(pages, folder, file), 'utf8');
				const title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(raw)?.[1];
				if (title) labels.add(title.toLocaleLowerCase());
			}
		}
	}
	return labels;
}

/** A line that ends a sentence: a paragraph may end there. */
const endsSentence = /[.!?…»”"):]$/u;
/** A line that starts a new sentence. */
const startsSentence = /^[\p{Lu}\d«“"(¿¡]/u;
/** A line cut in the middle of a sentence: after a comma or a small word ("funded by the"). */
const endsMidSentence =
	/(?:[,;]|\b(?:the|a|an|of|and|by|for|to|in|with|de|du|des|la|le|les|et|à|en|pour|par|el|los|las|del|y|con|para|por))$/iu;
const listItem = /^\s*(?:[-•*–]|\d+[.)])\s+(\S.*)$/u;

/**
 * The lines of the navigation the old site printed before each release: its menu labels (the
 * new site's menu names the same pages) alone, after a list dash, or run into the intro text
 * that followed them ("Qui sommes nousL'Organisation…"), and lone dashes.
 */
function isNavigation(line: string, labels: Set<string>): boolean {
	if (line.trim() === '-') return true;
	const text = line.replace(/^[-•]\s*/, '').trim();
	const lower = text.toLocaleLowerCase();
	if (labels.has(lower)) return true;
	for (const label of labels) {
		if (lower.startsWith(label) && /^\p{Lu}/u.test(text.slice(label.length))) return true;
	}
	return false;
}

/**
 * Reads a plain-text page. `labels` are the navigation labels to skip (lower case); the title
 * is the first line after the last navigation line of the page's head.
 */
export function readTextPage(raw: string, labels: Set<string>): OldPage {
	const lines = withoutLinkDebris(raw.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' '))
		.split('\n')
		.map((l) => l.trimEnd());
	const contactsAt = lines.findIndex((l) => contactsHeading.test(l));
	const end = contactsAt === -1 ? lines.length : contactsAt;
	// The navigation block: navigation lines, with at most two unknown lines between them.
	let start = 0;
	let unknown = 0;
	for (let i = 0; i < end; i++) {
		if ((lines[i] ?? '').trim() === '') continue;
		if (isNavigation(lines[i] ?? '', labels)) {
			start = i + 1;
			unknown = 0;
		} else if (++unknown > 2) break;
	}
	const body = lines.slice(start, end);
	const titleAt = body.findIndex((l) => l.trim() !== '');
	const title = (body[titleAt] ?? '').trim();
	const blocks: Block[] = [];
	let paragraph: string[] = [];
	const flush = () => {
		if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
		paragraph = [];
	};
	const rest = body.slice(titleAt + 1).map((l) => l.trim());
	rest.forEach((line, i) => {
		if (line === '') return flush();
		const item = listItem.exec(line);
		if (item?.[1]) {
			flush();
			const last = blocks.at(-1);
			if (last?.kind === 'list') last.items.push(item[1]);
			else blocks.push({ kind: 'list', items: [item[1]] });
			return;
		}
		const next = rest[i + 1] ?? '';
		// A short line between two paragraphs, ending no sentence: a subheading.
		const previousEnded = paragraph.length === 0;
		if (
			previousEnded &&
			line.length <= 60 &&
			!endsSentence.test(line) &&
			!endsMidSentence.test(line) &&
			startsSentence.test(next) &&
			blocks.at(-1)?.kind === 'paragraph'
		) {
			blocks.push({ kind: 'heading', text: line });
			return;
		}
		paragraph.push(line);
		if (endsSentence.test(line) && (next === '' || startsSentence.test(next))) flush();
	});
	flush();
	return {
		title,
		blocks,
		contactLines: contactsAt === -1 ? [] : lines.slice(contactsAt),
		skipped: start,
	};
}
