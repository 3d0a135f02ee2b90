import {
	unified,
	type MarkdownProcessor,
	type MarkdownRenderer,
	type RehypePlugins,
	type RemarkPlugin,
	type RemarkPlugins,
} from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import rehypeSlug from 'rehype-slug';
import {
	rehypeExternalLinksLocalized,
	rehypeFootnoteLabels,
	rehypeHeadingAnchors,
} from './rehype-links';
import { rehypeReportUnsafe } from './rehype-report-unsafe';
import { rehypeDropImagesWithoutSource, rehypeSanitizeRelease } from './rehype-sanitize';
import { rehypeTypography } from './rehype-typography';

/**
 * rehype-raw, on documents that hold raw HTML only: it rebuilds the whole tree through an HTML
 * parser, which most releases (plain Markdown) do not need and which cost a tenth of the
 * Markdown pipeline's time.
 */
function rehypeRawWhereNeeded() {
	const raw = rehypeRaw();
	return (tree: Root, file: VFile) => {
		let found = false;
		visit(tree, 'raw', () => {
			found = true;
			return EXIT;
		});
		return found ? raw(tree, file) : undefined;
	};
}

/** remark plugins, in order, after GFM and before remark-rehype. */
export const remarkPlugins: RemarkPlugins = [];

/**
 * rehype plugins, in order. `rehype-raw` must parse embedded HTML before it is reported and
 * sanitized, or every embedded tag is dropped; typography, heading ids and links come after, on
 * safe content. Astro adds its own heading ids last and keeps the ones set here.
 */
export const rehypePlugins: RehypePlugins = [
	rehypeRawWhereNeeded,
	rehypeReportUnsafe,
	rehypeSanitizeRelease,
	rehypeDropImagesWithoutSource,
	rehypeTypography,
	rehypeSlug,
	rehypeHeadingAnchors,
	rehypeExternalLinksLocalized,
	rehypeFootnoteLabels,
];

/**
 * GFM constructs micromark tries again and again (email autolinks at every letter and digit,
 * tables at every line), each with a character it cannot match without. Together they were a
 * fifth of the Markdown pipeline's time, spent mostly on documents that hold neither.
 */
const costlyConstructs = { emailAutolink: '@', table: '|' } as const;

/** remark plugin: switches micromark constructs off by name. */
const remarkDisable: RemarkPlugin<[string[]]> = function (names) {
	// remark-parse reads this list at every parse (its type lives in remark-parse, not a dependency).
	const data = this.data() as { micromarkExtensions?: object[] };
	data.micromarkExtensions = [...(data.micromarkExtensions ?? []), { disable: { null: names } }];
};

/**
 * The site's Markdown processor: unified with the plugins above (no SmartyPants: the typography
 * plugin sets quotes and dashes per language). A document is parsed without the costly GFM
 * constructs whose character it does not contain, which gives the same HTML faster; one renderer
 * per such combination, made when first needed. astro.config.ts uses it through
 * `parallelMarkdown` (src/markdown/parallel.ts), whose worker threads build their own.
 */
export function markdownProcessor(): MarkdownProcessor {
	const options = { remarkPlugins, rehypePlugins, smartypants: false };
	const full = unified(options);
	return {
		name: 'newsroom-unified',
		options: full.options,
		createRenderer(shared) {
			const renderers = new Map<string, Promise<MarkdownRenderer>>();
			const rendererFor = (content: string) => {
				const off = Object.entries(costlyConstructs)
					.filter(([, character]) => !content.includes(character))
					.map(([name]) => name);
				const key = off.join();
				let renderer = renderers.get(key);
				if (!renderer) {
					const plugins: RemarkPlugins = [...remarkPlugins, [remarkDisable, off]];
					renderer = unified({ ...options, remarkPlugins: plugins }).createRenderer(shared);
					renderers.set(key, renderer);
				}
				return renderer;
			};
			return Promise.resolve({
				render: async (content, opts) => (await rendererFor(content)).render(content, opts),
			});
		},
	};
}
