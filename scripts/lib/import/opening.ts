// What opens an imported text and moves into the frontmatter: the dateline ("Geneva – …") and
// the lead (the first paragraph, or its first sentences), which becomes the summary and leaves
// the text, so that the page does not say it twice.
import type { Paragraph, Parent, Root } from 'mdast';
import { splitDateline } from './fields';
import { plain } from './markdown';

/** The longest lead the schema accepts. */
const maxSummary = 400;

/** A lead, and how much of the first paragraph it is. */
export interface Lead {
	text: string;
	/** The whole paragraph, its first sentences, or its start cut short (the text keeps it). */
	from: 'paragraph' | 'sentences' | 'cut';
}

/** Takes the dateline off the first paragraph, when it opens with one; returns the place. */
export function takeDateline(root: Root): string | undefined {
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

/** The first sentences of a paragraph that fit in a lead. */
function leadOf(paragraph: string): Lead {
	const clean = paragraph.replace(/\s+/g, ' ').trim();
	if (clean.length <= maxSummary) return { text: clean, from: 'paragraph' };
	const sentences = clean.match(/[^.!?]+[.!?]+["»”)]?\s*/g) ?? [];
	let lead = '';
	for (const sentence of sentences) {
		if ((lead + sentence).trim().length > maxSummary) break;
		lead += sentence;
	}
	if (lead.trim()) return { text: lead.trim(), from: 'sentences' };
	return { text: `${clean.slice(0, maxSummary - 1).trimEnd()}…`, from: 'cut' };
}

/** How many characters other than spaces a text has. */
const letters = (text: string) => text.replace(/\s+/g, '').length;

/**
 * Takes the first `count` characters other than spaces off a node's text; returns how many remain.
 */
function dropLetters(parent: Parent, count: number): number {
	while (count > 0 && parent.children[0]) {
		const child = parent.children[0];
		if ('value' in child && typeof child.value === 'string') {
			let at = 0;
			for (; at < child.value.length && count > 0; at++)
				if (!/\s/.test(child.value[at] ?? '')) count--;
			child.value = child.value.slice(at);
			if (child.value.trim() === '' || count > 0) parent.children.shift();
		} else if ('children' in child) {
			count = dropLetters(child, count);
			if (child.children.length === 0) parent.children.shift();
		} else parent.children.shift();
	}
	return count;
}

/** Removes the spaces that open a node's text. */
function trimStart(parent: Parent): void {
	const first = parent.children[0];
	if (first && 'value' in first && typeof first.value === 'string')
		first.value = first.value.trimStart();
	else if (first && 'children' in first) trimStart(first);
}

/**
 * Takes the lead off the text: the first paragraph when it fits in a summary (the paragraph
 * leaves the text), else its first sentences (they leave the paragraph), else, for a first
 * sentence too long for a summary, its start cut short (the text keeps the whole paragraph).
 */
export function takeLead(root: Root): Lead | undefined {
	const at = root.children.findIndex((c) => c.type === 'paragraph');
	const first = root.children[at];
	if (first?.type !== 'paragraph') return undefined;
	const lead = leadOf(plain(first));
	if (!lead.text) return undefined;
	if (lead.from === 'paragraph') root.children.splice(at, 1);
	if (lead.from === 'sentences') {
		dropLetters(first, letters(lead.text));
		trimStart(first);
	}
	return lead;
}
