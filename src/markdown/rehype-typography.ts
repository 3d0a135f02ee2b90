import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { phrasing } from 'hast-util-phrasing';
import { toHtml } from 'hast-util-to-html';
import type { VFile } from 'vfile';
import { fileLocale } from './file-locale';
import { typeset, typesetText } from '../i18n/typography';
import type { Locale } from '../i18n/locales';

/** Elements whose content is never typeset. */
const untouched = new Set([
	'pre',
	'code',
	'kbd',
	'samp',
	'script',
	'style',
	'svg',
	'math',
	'textarea',
]);

/**
 * Typesets each run of inline content (a paragraph, a list item, a heading, a cell…) as one HTML
 * fragment, so quotes pair across `<em>` and links, while code, URLs and attributes stay as written.
 */
function typesetChildren(parent: Root | Element, locale: Locale): void {
	const result: (RootContent | ElementContent)[] = [];
	let run: (RootContent | ElementContent)[] = [];
	const flush = () => {
		const [only] = run;
		if (run.length === 1 && only?.type === 'text') {
			// A run of plain text (most paragraphs) is typeset as text: no HTML round trip.
			if (only.value.trim()) only.value = typesetText(only.value, locale);
		} else if (run.some((n) => n.type === 'text' && n.value.trim())) {
			const html = toHtml({ type: 'root', children: run });
			const set = typeset(html, locale);
			run = set === html ? run : fromHtml(set, { fragment: true }).children;
		}
		result.push(...run);
		run = [];
	};
	for (const child of parent.children) {
		if (child.type === 'element' && untouched.has(child.tagName) && !phrasing(child)) {
			flush();
			result.push(child);
		} else if (phrasing(child) || child.type === 'comment') {
			run.push(child);
		} else {
			flush();
			if (child.type === 'element' && !untouched.has(child.tagName)) typesetChildren(child, locale);
			result.push(child);
		}
	}
	flush();
	parent.children = result;
}

/** rehype plugin: the typography of the file's language (see `typeset`). */
export function rehypeTypography() {
	return (tree: Root, file: VFile) => {
		const locale = fileLocale(file);
		if (locale) typesetChildren(tree, locale);
	};
}
