import { unified, type MarkdownRenderResult } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markdownProcessor, rehypePlugins, remarkPlugins } from '../../../src/markdown';

const shared = { syntaxHighlight: false as const };

describe('Markdown parsed without the GFM constructs a document cannot hold', () => {
	// Email autolinks need an "@", tables a "|": documents with and without each. remark also
	// links plain addresses after parsing; `_press_@iom.int` needs micromark's own construct.
	const documents = [
		'Write to _press_@iom.int or see www.iom.int and https://www.iom.int/news.',
		'No address here, but a [link](https://www.iom.int/) and www.iom.int.',
		'| Country | Victims |\n| ------- | ------: |\n| Guatemala | 65 |',
		'A | pipe that is no table, and a@b.c in a sentence.\n\n- a list\n- ~~struck~~ [^1]\n\n[^1]: Note.',
		'Plain text, "quoted", with *emphasis* and `code`.',
	];

	it('gives the HTML and metadata full GFM gives, and still links addresses and draws tables', async () => {
		const full = await unified({ remarkPlugins, rehypePlugins, smartypants: false }).createRenderer(
			shared,
		);
		const ours = await markdownProcessor().createRenderer(shared);
		const rendered: MarkdownRenderResult[] = [];
		for (const [i, content] of documents.entries()) {
			const opts = { fileURL: new URL(`file:///site/content/releases/r${i}/en.md`) };
			const result = await ours.render(content, opts);
			expect(result).toEqual(await full.render(content, opts));
			rendered.push(result);
		}
		expect(rendered[0]?.code).toContain('<a href="mailto:_press_@iom.int">_press_@iom.int</a>');
		expect(rendered[2]?.code).toMatch(/<table>[\s\S]*<td>Guatemala<\/td>/);
	});
});
