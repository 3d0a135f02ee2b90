import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, type BuildResult } from '../helpers/astro';
import {
	isDecapCopy,
	attr,
	listFiles,
	readPage,
	select,
	selectAll,
	text,
	toString,
} from '../helpers/dist';

// tests/fixtures/markdown: a release with pasted unsafe HTML and a release with a lead image and
// a picture in its body. `--force` renders the Markdown again, so the warnings always print.
const fixture = 'tests/fixtures/markdown';
const unsafeFile = `${fixture}/releases/unsafe-html/index.en.md`;
let build: BuildResult;
beforeAll(async () => {
	build = await astroBuild('markdown', { content: fixture, args: ['--force'] });
	expect(build.ok, build.output).toBe(true);
});

describe('unsafe HTML in a release, in a real build', () => {
	it('leaves no trace of any payload in any file of dist/', async () => {
		const leaks: string[] = [];
		for (const file of await listFiles(build.outDir)) {
			// Decap CMS's own scripts hold "javascript:" and "marker-…" of their own.
			if (await isDecapCopy(build.outDir, file)) continue;
			const body = await readFile(join(build.outDir, file), 'utf8');
			for (const marker of body.match(/marker-[a-z-]+/g) ?? []) leaks.push(`${file}: ${marker}`);
			// The fixture's data: payloads, and the base64 of "marker-data-img".
			if (/data:text\/html|bWFya2VyLWRhdGEtaW1n|javascript:/.test(body)) leaks.push(file);
		}
		expect(leaks).toEqual([]);
	});

	it('publishes the rest of the release: a removal is a warning, not an error', async () => {
		const page = await readPage(build.outDir, '/en/news/release-with-pasted-html/');
		const body = select('article .body', page)!;
		expect(selectAll('script, iframe, style, [style], [onerror]', body)).toEqual([]);
		// Both pasted pictures have a data: src, which the sanitizer removes with its element.
		expect(selectAll('img', body)).toEqual([]);
		expect(selectAll('a', body).map((a) => a.properties.href ?? null)).toEqual([
			null,
			'https://www.iom.int/',
			null,
		]);
		expect(text(body, 'p')).toBe('The first paragraph is kept as written.');
		expect(selectAll('th, td', body).map((cell) => text(cell, '*'))).toEqual([
			'Year',
			'People assisted',
			'2024',
			'65',
		]);
		expect(attr(body, 'th', 'scope')).toBe('col');
		expect(text(body, 'p:last-child')).toBe('The last paragraph is kept as written.');
		expect(toString(body)).toContain('A styled paragraph keeps its text.');
		expect(toString(body)).not.toContain('background');
	});

	it('prints a warning naming the file for each part it removed', () => {
		const warning = (part: string) =>
			`[content] ${unsafeFile}: removed ${part}. Releases may only hold safe HTML (see EDITING.md).`;
		for (const part of [
			'the <script> element',
			'the onerror attribute of <img>',
			'the javascript: href of <a>',
			'the <iframe> element',
			'the style attribute of <p>',
			'the <style> element',
			'the <img> with a data: src (an image must be a file)',
			'the data: href of <a>',
		]) {
			expect(build.output).toContain(warning(part));
		}
		expect(build.output).not.toMatch(/illustrated\/index\.en\.md: removed/);
	});
});

describe('the pictures of a release, in a real build', () => {
	const path = '/en/news/release-with-pictures/';

	it('serves the lead image as responsive WebP, sized, loaded first, with caption and credit', async () => {
		const page = await readPage(build.outDir, path);
		const img = select('article figure.hero img', page)!;
		expect(img).toBeDefined();
		const { src, srcSet, sizes, width, height, loading, fetchPriority, alt } = img.properties;
		expect(String(src)).toMatch(/^\/_astro\/hero\.[\w-]+\.webp$/);
		const candidates = String(srcSet)
			.split(', ')
			.map((c) => c.split(' '));
		expect(candidates.map(([, w]) => w)).toEqual(['360w', '720w', '1080w']);
		for (const [file] of candidates) {
			expect(file).toMatch(/^\/_astro\/hero\.[\w-]+\.webp$/);
			expect((await listFiles(build.outDir)).includes(file!.slice(1)), file).toBe(true);
		}
		expect(sizes).toBe('(min-width: 46rem) 44rem, 100vw');
		// The largest rendition is also the fallback (src/components/LeadImage.astro).
		expect([width, height]).toEqual([1080, 675]);
		expect(loading).toBe('eager');
		expect(fetchPriority).toBe('high');
		expect(alt).toBe('A blue and white test pattern with an orange disc');
		expect(text(page, 'figure.hero figcaption')).toBe(
			'The lead picture of the release.© IOM 2024 / Test PhotographerLicence: CC BY 4.0Download the original, 1,600 × 1,000 px, JPEG, 17 kB',
		);
		expect(text(page, 'figure.hero figcaption .credit')).toBe('© IOM 2024 / Test Photographer');
	});

	it('optimizes a picture of the body to WebP, sized and loaded lazily', async () => {
		const page = await readPage(build.outDir, path);
		const [img, ...others] = selectAll('article .body img', page);
		expect(others).toEqual([]);
		expect(String(img?.properties.src)).toMatch(/^\/_astro\/workshop\.[\w-]+\.webp$/);
		expect([img?.properties.width, img?.properties.height]).toEqual([1200, 800]);
		expect(img?.properties.loading).toBe('lazy');
		expect(img?.properties.alt).toBe('A green and white test pattern with an orange disc');
		expect(attr(page, 'article .body img', 'decoding')).toBe('async');
	});

	it('copies no original JPEG into dist/ but the ones to download, under /files/ (only resized pictures, such as the social card)', async () => {
		const folder = join(fixture, 'releases/illustrated');
		const originals = await Promise.all(
			['hero.jpg', 'workshop.jpg'].map((name) => readFile(join(folder, name))),
		);
		const copies: string[] = [];
		for (const file of await listFiles(build.outDir)) {
			const bytes = await readFile(join(build.outDir, file));
			if (originals.some((original) => original.equals(bytes))) copies.push(file);
		}
		expect(copies.toSorted()).toEqual([
			'files/illustrated/hero.jpg',
			'files/illustrated/workshop.jpg',
		]);
	});
});

describe('a link of a body to another release by its file, in a real build', () => {
	it('becomes the address of that release, in the page and in the feed, with its fragment (and the feed shows the picture)', async () => {
		const page = await readPage(build.outDir, '/en/news/release-with-pictures/');
		expect(selectAll('article .body p:last-child a', page).map((a) => a.properties.href)).toEqual([
			'/en/news/release-with-pasted-html/#the-last-paragraph',
			'/en/news/release-with-pasted-html/',
		]);
		const feed = await readFile(join(build.outDir, 'en/news/rss.xml'), 'utf8');
		expect(feed).toContain(
			'href=&quot;https://newsroom.example.org/en/news/release-with-pasted-html/#the-last-paragraph&quot;',
		);
		expect(feed).not.toContain('index.en.md');
		// And its picture, which Astro leaves as a placeholder only pages render, as the original.
		expect(feed).not.toContain('__ASTRO_IMAGE_');
		expect(feed).toContain(
			'&lt;img src=&quot;https://newsroom.example.org/files/illustrated/workshop.jpg&quot; alt=&quot;A green and white test pattern with an orange disc&quot;&gt;',
		);
	});
});
