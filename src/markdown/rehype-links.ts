import type { Root } from 'hast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { useTranslations } from '../i18n/translate';
import { fileLocale } from './file-locale';

const hidden = (text: string) => ({
	type: 'element' as const,
	tagName: 'span',
	properties: { className: ['visually-hidden'] },
	children: [{ type: 'text' as const, value: text }],
});

/**
 * External links open as usual but share nothing with the target (`rel="noopener noreferrer"`)
 * and tell screen reader users, in the file's language, that they lead to another site.
 */
export function rehypeExternalLinksLocalized() {
	return (tree: Root, file: VFile) => {
		const t = useTranslations(fileLocale(file) ?? 'en');
		rehypeExternalLinks({
			rel: ['noopener', 'noreferrer'],
			protocols: ['http', 'https'],
			content: hidden(` ${t('markdown.externalLink')}`),
		})(tree);
	};
}

/**
 * Each heading with an id gets a link to itself placed after it (not inside it, so the heading's
 * name stays clean), labelled in the file's language.
 */
export function rehypeHeadingAnchors() {
	return (tree: Root, file: VFile) => {
		const t = useTranslations(fileLocale(file) ?? 'en');
		rehypeAutolinkHeadings({
			behavior: 'after',
			// Not the visually hidden heading of the footnotes.
			test: (el) =>
				['h2', 'h3', 'h4'].includes(el.tagName) && el.properties.id !== 'footnote-label',
			properties: { className: ['heading-anchor'] },
			group: () => ({
				type: 'element',
				tagName: 'div',
				properties: { className: ['heading'] },
				children: [],
			}),
			content: (heading) => [
				{
					type: 'element',
					tagName: 'span',
					properties: { ariaHidden: 'true' },
					children: [{ type: 'text', value: '#' }],
				},
				hidden(t('markdown.headingAnchor', { heading: toString(heading) })),
			],
		})(tree);
	};
}

/** Footnote furniture (the hidden "Footnotes" heading, the back links) in the file's language. */
export function rehypeFootnoteLabels() {
	return (tree: Root, file: VFile) => {
		const t = useTranslations(fileLocale(file) ?? 'en');
		visit(tree, 'element', (node) => {
			if (node.properties.id === 'footnote-label') {
				node.properties.className = ['visually-hidden'];
				node.children = [{ type: 'text', value: t('markdown.footnotes') }];
			}
			if (node.properties.dataFootnoteBackref !== undefined) {
				const ref = /fnref-(.+)$/.exec(String(node.properties.href))?.[1] ?? '';
				node.properties.ariaLabel = t('markdown.backToReference', { ref });
			}
		});
	};
}
