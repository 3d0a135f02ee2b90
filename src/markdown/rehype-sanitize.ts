import rehypeSanitize, { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import type { RehypePlugin } from '@astrojs/markdown-remark';

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
	tagNames: [
		...(defaultSchema.tagNames ?? []),
		'abbr',
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
