import type { Root } from 'hast';
import rehypeSanitize, { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import type { RehypePlugin } from '@astrojs/markdown-remark';
import { SKIP, visit } from 'unist-util-visit';

/**
 * What raw HTML in a release may keep: GitHub's safe subset plus what press releases use
 * (figures, abbreviations, table headers). No scripts, event handlers, styles, or
 * `javascript:`/`data:` URLs.
 */
export const sanitizeSchema: Schema = {
	...defaultSchema,
	// remark-rehype already prefixes footnote ids with "user-content-"; prefixing again here would
	// break footnote links. Ids written in raw HTML are kept as written.
	clobberPrefix: '',
	// Dropped with their content: a removed <style> must not leave its CSS behind as text.
	strip: ['script', 'style'],
	tagNames: [
		...(defaultSchema.tagNames ?? []),
		'abbr',
		'caption',
		'figure',
		'figcaption',
		'mark',
		'small',
		'time',
	],
	attributes: {
		...defaultSchema.attributes,
		abbr: ['title'],
		time: ['dateTime'],
		th: [...(defaultSchema.attributes?.th ?? []), 'scope'],
	},
	protocols: {
		...defaultSchema.protocols,
		href: ['http', 'https', 'mailto', 'tel'],
		src: ['http', 'https'],
	},
};

/** rehype-sanitize with the release schema. */
export const rehypeSanitizeRelease: [RehypePlugin, Schema] = [
	rehypeSanitize as RehypePlugin,
	sanitizeSchema,
];

/**
 * Removes images left without a source by sanitizing (a `data:` or `javascript:` src): an
 * `<img>` without `src` is invalid HTML and shows a broken picture.
 */
export function rehypeDropImagesWithoutSource() {
	return (tree: Root) => {
		visit(tree, 'element', (node, index, parent) => {
			if (node.tagName !== 'img' || node.properties.src || !parent || index === undefined) return;
			parent.children.splice(index, 1);
			return [SKIP, index];
		});
	};
}
