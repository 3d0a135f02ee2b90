import { unified, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
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
 * The site's Markdown processor: unified with the plugins above (no SmartyPants: the typography
 * plugin sets quotes and dashes per language). astro.config.ts uses it through
 * `parallelMarkdown` (src/markdown/parallel.ts), whose worker threads build their own.
 */
export const markdownProcessor = () =>
	unified({ remarkPlugins, rehypePlugins, smartypants: false });
