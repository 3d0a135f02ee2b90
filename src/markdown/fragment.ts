import type { Element, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import { markdownToHast } from 'satteri';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { unsafeParts } from './rehype-report-unsafe';
import rehypeSanitize from 'rehype-sanitize';
import { rehypeDropImagesWithoutSource, sanitizeSchema } from './rehype-sanitize';
import { rehypeTypography } from './rehype-typography';

/** Collects what sanitizing will remove into `file.data.unsafe`, instead of warning. */
function rehypeCollectUnsafe() {
	return (tree: Root, file: VFile) => {
		const found: string[] = [];
		visit(tree, 'element', (node: Element) => {
			found.push(...unsafeParts(node));
		});
		file.data.unsafe = found;
	};
}

const pipeline = unified()
	.use(rehypeRaw)
	.use(rehypeCollectUnsafe)
	.use(rehypeSanitize, sanitizeSchema)
	.use(rehypeDropImagesWithoutSource)
	.use(rehypeTypography)
	.use(rehypeStringify)
	.freeze();

declare module 'vfile' {
	interface DataMap {
		unsafe: string[];
	}
}

/**
 * Renders a short Markdown text of a frontmatter field (a release's notes to editors) through the
 * same safe pipeline as bodies: raw HTML parsed then sanitized, typography of the file's
 * language. `unsafe` lists what sanitizing removed, for the loader to report as an error.
 */
export async function renderFragment(
	markdown: string,
	path: string,
): Promise<{ html: string; unsafe: string[] }> {
	const file = new VFile({ path });
	const tree = markdownToHast(markdown, {
		features: { gfm: true, frontmatter: false },
		position: false,
	}) as Root;
	const html = pipeline.stringify(await pipeline.run(tree, file), file);
	return { html, unsafe: file.data.unsafe ?? [] };
}
