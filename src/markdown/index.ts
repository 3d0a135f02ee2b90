import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSlug from 'rehype-slug';
import {
	rehypeExternalLinksLocalized,
	rehypeFootnoteLabels,
	rehypeHeadingAnchors,
} from './rehype-links';
import { rehypeReportUnsafe } from './rehype-report-unsafe';
import { rehypeDropImagesWithoutSource, rehypeSanitizeRelease } from './rehype-sanitize';
import { rehypeTypography } from './rehype-typography';

/** remark plugins, in order, after GFM and before remark-rehype. */
export const remarkPlugins: RemarkPlugins = [];

/**
 * rehype plugins, in order. `rehype-raw` must parse embedded HTML before it is reported and
 * sanitized, or every embedded tag is dropped; typography, heading ids and links come after, on
 * safe content. Astro adds its own heading ids last and keeps the ones set here.
 */
export const rehypePlugins: RehypePlugins = [
	rehypeRaw,
	rehypeReportUnsafe,
	rehypeSanitizeRelease,
	rehypeDropImagesWithoutSource,
	rehypeTypography,
	rehypeSlug,
	rehypeHeadingAnchors,
	rehypeExternalLinksLocalized,
	rehypeFootnoteLabels,
];
