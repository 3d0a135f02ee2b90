import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { markdownProcessor } from '../../../src/markdown';
import { parallelMarkdown } from '../../../src/markdown/parallel';

const root = join(import.meta.dirname, '../../..');
const shared = { syntaxHighlight: false as const };

/** Files as a sync sends them: body, frontmatter, and the path that gives the language. */
const files = ['en', 'fr', 'es'].map((locale) => ({
	content: [
		'## A "quoted" heading',
		'',
		`Text in ${locale} -- with "quotes", an apostrophe's and 1 000 migrants : 65 % !`,
		'',
		'<p onclick="alert(1)">Raw <abbr title="International Organization for Migration">IOM</abbr> HTML</p>',
		'',
		'[A link](https://www.iom.int/) and a footnote.[^1]',
		'',
		'[^1]: The note.',
	].join('\n'),
	frontmatter: { title: 'A release' },
	fileURL: new URL(`file:///site/content/releases/a-release/index.${locale}.md`),
}));

describe('Markdown rendered in worker threads', () => {
	it('gives exactly what the main thread gives, in every language', async () => {
		const inMain = await markdownProcessor().createRenderer(shared);
		const inWorkers = await parallelMarkdown({ root, workers: 2, threshold: 0 }).createRenderer(
			shared,
		);
		const main = await Promise.all(files.map((f) => inMain.render(f.content, f)));
		// A worker that fails is replaced by the main thread, with a warning: there must be none.
		const warn = vi.spyOn(console, 'warn');
		const workers = await Promise.all(files.map((f) => inWorkers.render(f.content, f)));
		expect(warn.mock.calls.filter(([m]) => String(m).startsWith('[markdown]'))).toEqual([]);
		warn.mockRestore();
		expect(workers).toEqual(main);
		// The pipeline really ran: French typography, sanitized HTML, localized footnote label.
		expect(main[1]?.code).toContain('1\u202F000');
		expect(main[1]?.code).not.toContain('onclick');
		expect(main.map((r) => r.metadata.headings[0]?.text)).toEqual([
			'A “quoted” heading',
			'A «\u202Fquoted\u202F» heading',
			'A «quoted» heading',
		]);
	});
});
