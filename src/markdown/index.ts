import {
	rehypeHeadingIds,
	unified as astroUnified,
	type MarkdownProcessor,
	type MarkdownRenderer,
	type RehypePlugin,
	type RemarkPlugins,
} from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import { markdownToHast } from 'satteri';
import { unified } from 'unified';
import { EXIT, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import {
	rehypeExternalLinksLocalized,
	rehypeFootnoteLabels,
	rehypeHeadingAnchors,
} from './rehype-links';
import rehypeSlug from 'rehype-slug';
import { rehypeLayoutIds } from './rehype-layout-ids';
import { rehypePictureCredits } from './rehype-picture-credits';
import { rehypeTableAlignment } from './rehype-table-alignment';
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

/** remark plugins, in order, after GFM and before remark-rehype (the unified pipeline only). */
export const remarkPlugins: RemarkPlugins = [];

/**
 * rehype plugins, in order. `rehype-raw` must parse embedded HTML before it is reported and
 * sanitized, or every embedded tag is dropped; typography, heading ids and links come after, on
 * safe content. Astro adds its own heading ids last and keeps the ones set here.
 */
export const rehypePlugins: (RehypePlugin | [RehypePlugin, unknown])[] = [
	rehypeRawWhereNeeded,
	rehypeReportUnsafe,
	rehypeSanitizeRelease,
	rehypeDropImagesWithoutSource,
	rehypePictureCredits,
	rehypeTableAlignment,
	rehypeTypography,
	rehypeSlug,
	rehypeLayoutIds,
	rehypeHeadingAnchors,
	rehypeExternalLinksLocalized,
	rehypeFootnoteLabels,
];

/**
 * Gives Sätteri's tree the two details in which the unified pipeline's HTML differs:
 * - a table column's alignment: Sätteri writes `style="text-align: …"`, remark-rehype `align="…"`.
 *   Sanitizing removes every style attribute (and reports it to the editor), so the cells of
 *   Markdown tables get `align`. This runs before raw HTML is parsed: a cell an editor wrote in
 *   HTML keeps its style attribute, and is reported, as in the unified pipeline;
 * - the footnotes' `data-footnotes` and `data-footnote-ref`, set to `true`, which would print
 *   without a value; the unified pipeline prints them `=""` (the same attribute to a browser).
 */
function asRemarkRehypeGives(tree: Root): void {
	visit(tree, 'element', (node: Element) => {
		const { properties } = node;
		for (const name of ['dataFootnotes', 'dataFootnoteRef']) {
			if (properties[name] === true) properties[name] = '';
		}
		if (node.tagName !== 'th' && node.tagName !== 'td') return;
		const align = /^text-align:\s*(left|center|right)$/.exec(String(properties.style ?? ''));
		if (!align) return;
		delete properties.style;
		properties.align = align[1];
	});
}

/**
 * Markdown that only Astro's unified pipeline renders as the site needs: images, which its remark
 * plugin hands to Astro's image service (sizes, formats).
 */
const needsUnified = (content: string) => content.includes('![');

/**
 * The site's Markdown processor. Sätteri (Astro's default Markdown parser, written in Rust)
 * parses a release into an HTML tree; the rehype plugins above run on that tree, then Astro's
 * heading ids (each entry's `headings`). In Astro's unified pipeline, parsing (remark-parse with
 * GFM, then remark-rehype) took more than half of a release's time. That pipeline ends with
 * rehype-raw, for raw HTML that plugins add: ours parse the editors' HTML first and add none.
 *
 * Both give the same HTML, metadata and warnings for every file of the benchmark's corpus, the
 * site's content and the test fixtures. They differ where the CommonMark spec sides with Sätteri:
 * a code block that starts with a blank line keeps it, and a list followed by a blank line inside
 * a quote stays tight. A document with an image goes through Astro's unified pipeline, with the
 * same plugins.
 *
 * The frontmatter a plugin reads (a picture's credit) is an input only: the result's `metadata`
 * gives none back. Astro keeps each entry's result in its content store, and the copy of every
 * frontmatter was an eighth of the store (BENCHMARKS.md), which each rebuild writes and loads;
 * nothing reads it (only `render()`'s `remarkPluginFrontmatter`, which no view uses).
 *
 * Code is never highlighted (the CSP forbids Shiki's inline styles): `createRenderer` refuses a
 * configuration that asks for it. astro.config.ts uses the processor through `parallelMarkdown`
 * (src/markdown/parallel.ts), whose worker threads build their own.
 */
export function markdownProcessor(): MarkdownProcessor {
	const withImages = astroUnified({ remarkPlugins, rehypePlugins, smartypants: false });
	const pipeline = unified()
		.use(rehypePlugins)
		.use(rehypeHeadingIds)
		.use(rehypeStringify, { allowDangerousHtml: true })
		.freeze();
	return {
		name: 'newsroom',
		options: withImages.options,
		createRenderer(shared): Promise<MarkdownRenderer> {
			if (shared.syntaxHighlight) {
				return Promise.reject(
					new Error(
						'The newsroom Markdown processor does not highlight code: set `markdown.syntaxHighlight: false` in astro.config.ts.',
					),
				);
			}
			let unifiedRenderer: Promise<MarkdownRenderer> | undefined;
			return Promise.resolve({
				async render(content, opts) {
					if (needsUnified(content)) {
						unifiedRenderer ??= withImages.createRenderer(shared);
						const result = await (await unifiedRenderer).render(content, opts);
						return { ...result, metadata: { ...result.metadata, frontmatter: {} } };
					}
					const frontmatter = opts?.frontmatter ?? {};
					const file = new VFile({ path: opts?.fileURL, data: { astro: { frontmatter } } });
					try {
						const tree = markdownToHast(content, {
							features: { gfm: shared.gfm !== false, frontmatter: false },
							position: false,
						}) as Root;
						asRemarkRehypeGives(tree);
						const code = pipeline.stringify(await pipeline.run(tree, file), file);
						const astro = file.data.astro;
						return {
							code,
							metadata: {
								headings: astro?.headings ?? [],
								localImagePaths: [],
								remoteImagePaths: [],
								frontmatter: {},
							},
						};
					} catch (error) {
						// As Astro's own pipeline words it.
						if (error instanceof Error)
							error.message = `Failed to parse Markdown file "${file.path}":\n${error.message}`;
						throw error;
					}
				},
			});
		},
	};
}
