import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import { rehypeSanitizeRelease } from './rehype-sanitize';

/** remark plugins, in order, after GFM and before remark-rehype. */
export const remarkPlugins: RemarkPlugins = [];

/**
 * rehype plugins, in order. `rehype-raw` must parse embedded HTML before `rehype-sanitize`
 * cleans it, or every embedded tag is dropped.
 */
export const rehypePlugins: RehypePlugins = [rehypeRaw, rehypeSanitizeRelease];
