// The site's typography (src/i18n/typography.ts) applied to HTML already in the page: the web
// editor's preview of a release's text, which Decap renders from Markdown. As the build's
// rehype plugin (src/markdown/rehype-typography.ts) does, each block holding only inline content
// (a paragraph, a heading, a list item…) is set as one HTML fragment, so quotes pair across
// emphasis and links, and code is left alone.
import type { Locale } from '../i18n/locales';
import { typeset } from '../i18n/typography';

/** Elements whose content is never typeset. */
const untouched = new Set(['PRE', 'CODE', 'KBD', 'SAMP', 'SCRIPT', 'STYLE', 'SVG', 'MATH']);

/** Elements that hold blocks rather than a run of text: they are walked into. */
const blocks = new Set([
	...['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DETAILS', 'DIV', 'DL', 'DD', 'DT', 'FIGURE'],
	...['FIGCAPTION', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI'],
	...['MAIN', 'NAV', 'OL', 'P', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR'],
	...['UL', 'PRE'],
]);

/** Whether an element holds another block (a list item holding a paragraph, a table…). */
const holdsBlocks = (element: Element) =>
	[...element.children].some((child) => blocks.has(child.tagName.toUpperCase()));

/**
 * Sets one block's content. The browser writes no-break spaces back as `&nbsp;`: the result is
 * compared as the browser serializes it, so a block already set is not written again.
 */
function typesetRun(block: Element, locale: Locale): void {
	const scratch = block.ownerDocument.createElement('template');
	scratch.innerHTML = typeset(block.innerHTML, locale);
	if (scratch.innerHTML !== block.innerHTML) block.innerHTML = scratch.innerHTML;
}

/**
 * Sets the text under `root` in a language's typography, in place. Running it again changes
 * nothing, so it can follow every change Decap makes to the preview.
 */
export function typesetElement(root: Element, locale: Locale): void {
	for (const child of [...root.children]) {
		const tag = child.tagName.toUpperCase();
		if (untouched.has(tag) || !blocks.has(tag)) continue;
		if (holdsBlocks(child)) typesetElement(child, locale);
		else if (child.textContent?.trim()) typesetRun(child, locale);
	}
}
