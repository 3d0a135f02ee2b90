import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rehypePlugins, remarkPlugins } from '../../../src/markdown';

// The same plugins, in the same order, as astro.config.ts gives Astro.
const processor = await createMarkdownProcessor({
	remarkPlugins,
	rehypePlugins,
	smartypants: false,
	syntaxHighlight: false,
});

/** Renders Markdown as if it were content/releases/test/<locale>.md. */
async function render(markdown: string, locale = 'en'): Promise<string> {
	const fileURL = new URL(`file:///site/content/releases/test/index.${locale}.md`);
	return (await processor.render(markdown, { fileURL })).code;
}

afterEach(() => vi.restoreAllMocks());

describe('raw HTML in a release', () => {
	it('loses scripts, event handlers, styles, frames and javascript: links, with a warning naming the file', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const html = await render(
			[
				'<p onclick="steal()" style="position:fixed">Text <script>alert(1)</script></p>',
				'',
				'<img src="x.png" onerror="alert(2)" alt="x"> <a href="javascript:alert(3)">link</a> <a href="data:text/html,hi">data</a>',
				'',
				'<iframe src="https://video.example/embed"></iframe><object data="x"></object>',
			].join('\n'),
		);
		expect(html).not.toMatch(
			/<script|onclick|onerror|style=|javascript:|data:text|<iframe|<object|alert\(/,
		);
		expect(html).toContain('Text');
		const warnings = warn.mock.calls.map(([message]) => String(message));
		expect(warnings).toEqual(
			expect.arrayContaining([
				expect.stringMatching(
					/^\[content\] \S*content\/releases\/test\/index\.en\.md: removed the <script> element\. Releases may only hold safe HTML \(see EDITING\.md\)\.$/,
				),
				expect.stringContaining('removed the onclick attribute of <p>'),
				expect.stringContaining('removed the style attribute of <p>'),
				expect.stringContaining('removed the onerror attribute of <img>'),
				expect.stringContaining('removed the javascript: href of <a>'),
				expect.stringContaining('removed the data: href of <a>'),
				expect.stringContaining('removed the <iframe> element'),
				expect.stringContaining('removed the <object> element'),
			]),
		);
	});

	it('drops a <style> element with its CSS and an image whose only source was a data: URL', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const html = await render(
			'<style>p { color: red }</style>\n\n<p>Kept <img src="data:image/png;base64,AAAA" alt="x"> text</p>',
		);
		expect(html.trim()).toBe('<p>Kept  text</p>');
		expect(warn.mock.calls.map(([m]) => String(m))).toEqual([
			expect.stringContaining('index.en.md: removed the <style> element.'),
			expect.stringContaining(
				'index.en.md: removed the <img> with a data: src (an image must be a file).',
			),
		]);
	});

	it('keeps what releases need: tables, sub and sup, abbreviations, figures', async () => {
		const html = await render(
			'<figure><img src="./a.png" alt="A"><figcaption>Caption</figcaption></figure>\n\n<p>H<sub>2</sub>O, m<sup>2</sup>, <abbr title="International Organization for Migration">IOM</abbr></p>\n\n| a | b |\n| - | - |\n| 1 | 2 |',
		);
		expect(html).toContain('<figure>');
		expect(html).toContain('<figcaption>Caption</figcaption>');
		expect(html).toContain('<sub>2</sub>');
		expect(html).toContain('<abbr title="International Organization for Migration">IOM</abbr>');
		expect(html).toMatch(/<table>[\s\S]*<td>1<\/td>/);
	});

	it('decodes entities once and never lets an encoded script through', async () => {
		const html = await render('Fish &amp; chips &lt;script&gt;alert(1)&lt;/script&gt;');
		expect(html).toContain('Fish &#x26; chips &#x3C;script>alert(1)&#x3C;/script>');
		expect(html).not.toContain('<script');
	});
});

describe('links and headings', () => {
	it('marks external links as such, in the file’s language, and shares nothing with them', async () => {
		const html = await render('[IOM](https://www.iom.int/) and [news](/fr/actualites/)', 'fr');
		expect(html).toContain(
			'<a href="https://www.iom.int/" rel="noopener noreferrer">IOM<span><span class="visually-hidden"> (site externe)</span></span></a>',
		);
		expect(html).toContain('<a href="/fr/actualites/">news</a>');
	});

	it('gives headings ids and a labelled anchor link after them, outside the heading', async () => {
		const html = await render('## Un refuge : la suite\n\nTexte.', 'fr');
		expect(html).toMatch(
			/<div class="heading"><h2 id="un-refuge-la-suite">Un refuge\u00A0: la suite<\/h2><a class="heading-anchor" href="#un-refuge-la-suite">/,
		);
		expect(html).toContain(
			'<span class="visually-hidden">Lien vers la section «\u202FUn refuge\u00A0: la suite\u202F»</span>',
		);
	});

	it('localizes footnotes and keeps their links working', async () => {
		const html = await render('Une note[^1].\n\n[^1]: Le texte.', 'es');
		expect(html).toContain('<h2 class="visually-hidden" id="footnote-label">Notas</h2>');
		const hrefs = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
		for (const id of hrefs) expect(html, id).toContain(`id="${id}"`);
		expect(html).toContain('aria-label="Volver al texto de la nota 1"');
	});
});

describe('typography in the pipeline', () => {
	it('sets prose in the file’s language but leaves code blocks and code spans alone', async () => {
		const html = await render('Il dit "oui" ; `a ; b` et :\n\n```\nx ; y : "z"\n```', 'fr');
		expect(html).toContain('Il dit «\u202Foui\u202F»\u202F; <code>a ; b</code> et\u00A0:');
		expect(html).toContain('x ; y : "z"');
	});
});
