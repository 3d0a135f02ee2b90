import { unified, type MarkdownRenderResult } from '@astrojs/markdown-remark';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { markdownProcessor, rehypePlugins, remarkPlugins } from '../../../src/markdown';

const shared = { syntaxHighlight: false as const };

/** Renders `content` as `file` with a renderer, with the warnings it printed. */
async function render(
	renderer: { render(c: string, o: object): Promise<MarkdownRenderResult> },
	content: string,
	file: string,
) {
	const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
	const result = await renderer.render(content, { fileURL: new URL(`file:///site/${file}`) });
	const warnings = warn.mock.calls.map((call) => call.join(' '));
	warn.mockRestore();
	return { result, warnings };
}

describe('the Markdown processor (Sätteri parsing, the site’s rehype plugins)', () => {
	afterEach(() => {
		vi.restoreAllMocks();
	});

	// What releases hold, and the places where Sätteri's tree differs from remark-rehype's.
	const documents = [
		'Write to _press_@iom.int or see www.iom.int and https://www.iom.int/news.',
		'## Context\n\nThe “project” of *IOM*, with "quotes" across *emphasis "and* links.\n\n## Context\n\n### Día 1: ¿qué?',
		'| Department | Victims |\n| :--------- | ------: |\n| Petén | 65 |\n| Izabal |',
		'- a list\n- ~~struck~~ [^1]\n\n1. one\n2. two\n\n[^1]: A note with *emphasis*.',
		'> A quote\n>\n> — Someone\n\nLine one  \nline two\r\nwith CRLF\r\n\r\n```\ncode "as written"\n```',
		'Safe <abbr title="International Organization for Migration">IOM</abbr> and <mark>marked</mark>.\n\n<table><tr><td style="text-align: left">HTML cell</td></tr></table>',
		'<script>alert(1)</script>\n\n[js](javascript:alert(1)) <img src="x.png" onerror="alert(1)">',
	];

	it('gives the HTML, metadata and warnings of Astro’s unified pipeline with the same plugins', async () => {
		const reference = await unified({
			remarkPlugins,
			rehypePlugins,
			smartypants: false,
		}).createRenderer(shared);
		const ours = await markdownProcessor().createRenderer(shared);
		for (const [i, content] of documents.entries()) {
			for (const locale of ['en', 'fr']) {
				const file = `content/releases/r${i}/index.${locale}.md`;
				expect(await render(ours, content, file)).toEqual(await render(reference, content, file));
			}
		}
	});

	it('gives table alignment as a class (align is obsolete HTML), and sanitizes what editors write', async () => {
		const ours = await markdownProcessor().createRenderer(shared);
		const table = await render(ours, documents[2] ?? '', 'content/releases/t/index.en.md');
		expect(table.result.code).toContain('<td class="align-right">65</td>');
		expect(table.warnings).toEqual([]);
		const unsafe = await render(ours, documents[6] ?? '', 'content/releases/u/index.en.md');
		expect(unsafe.result.code).not.toMatch(/script|javascript|onerror/);
		expect(unsafe.warnings).toEqual([
			expect.stringContaining('content/releases/u/index.en.md: removed the <script> element.'),
			expect.stringContaining('removed the javascript: href of <a>.'),
			expect.stringContaining('removed the onerror attribute of <img>.'),
		]);
	});

	it('hands a document with an image to the unified pipeline, which gives it to Astro’s image service', async () => {
		const ours = await markdownProcessor().createRenderer(shared);
		const { result } = await render(
			ours,
			'Before.\n\n![A workshop in Guatemala City](./workshop.jpg)',
			'content/releases/i/index.en.md',
		);
		expect(result.metadata.localImagePaths).toEqual(['./workshop.jpg']);
		expect(result.code).toContain('__ASTRO_IMAGE_');
	});

	it('refuses a configuration that highlights code, saying what to set', async () => {
		await expect(markdownProcessor().createRenderer({ syntaxHighlight: 'shiki' })).rejects.toThrow(
			'The newsroom Markdown processor does not highlight code: set `markdown.syntaxHighlight: false` in astro.config.ts.',
		);
	});
});
