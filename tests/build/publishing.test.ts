import { cp } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, root, tmp, type BuildResult } from '../helpers/astro';
import { writeContent, type TestRelease } from '../helpers/content';
import {
	attr,
	listFiles,
	listPages,
	readPage,
	readServedText,
	selectAll,
	text,
	toString,
} from '../helpers/dist';
import { publishedReleases, readFeed, readSitemap, releasePagesIn } from '../helpers/xml';

// The build's clock is pinned (NEWSROOM_NOW): embargoes are judged against it, not the wall clock.
const now = '2025-01-01T00:00:00Z';

// Twenty-one English releases (two pages of twenty), one in French only, one whose embargo lifted an
// hour before `now`, and four that must not appear.
const ordinary = Object.fromEntries(
	Array.from({ length: 21 }, (_, i) => [
		`ordinary-${i + 1}`,
		{
			en: {
				title: `Ordinary release number ${i + 1}`,
				date: `2024-01-${String(i + 1).padStart(2, '0')}`,
			},
		},
	]),
);
const hidden: Record<string, TestRelease> = {
	draft: { title: 'Draft release xylophone', slug: 'draft-slug-xylophone', draft: true },
	embargoed: {
		title: 'Embargoed release quagga',
		slug: 'embargo-slug-quagga',
		embargo: '2099-01-01T09:00:00+01:00',
	},
	// Past by the wall clock, but eight hours after the build's clock.
	'embargoed-until-morning': {
		title: 'Embargoed release narwhal',
		slug: 'embargo-slug-narwhal',
		date: '2024-01-01',
		embargo: '2025-01-01T09:00:00+01:00',
	},
	future: { title: 'Future release zeppelin', slug: 'future-slug-zeppelin', date: '2099-06-01' },
};

let build: BuildResult;
let content: string;
beforeAll(async () => {
	content = await writeContent(join(tmp, 'publishing-content'), {
		...ordinary,
		'french-only': {
			fr: {
				title: 'Communiqué seulement en français',
				date: '2024-03-01',
				slug: 'seulement-en-francais',
				updates: [{ date: '2024-03-05', note: 'Le titre a été précisé.' }],
				image: {
					src: './cover.png',
					alt: 'Un aplat bleu',
					credit: '© OIM 2024 / Test',
					licence: 'cc-by-4.0',
				},
			},
		},
		lifted: {
			en: {
				title: 'Embargo lifted release okapi',
				slug: 'lifted-slug-okapi',
				date: '2024-01-01',
				embargo: '2024-12-31T23:00:00Z',
			},
		},
		...Object.fromEntries(
			Object.entries(hidden).map(([folder, en]) => [folder, { en, fr: { ...en } }]),
		),
	});
	// A release with a lead image, for the social cards (og:image, summary_large_image).
	await cp(
		join(root, 'tests/fixtures/images/cover.png'),
		join(content, 'releases/french-only/cover.png'),
	);
	build = await astroBuild('publishing', { content, env: { NEWSROOM_NOW: now } });
	expect(build.ok, build.output).toBe(true);
});

describe('publishing rules in a real build', () => {
	it('lists releases newest first, twenty to a page, with a numbered second page', async () => {
		const first = await readPage(build.outDir, '/en/news/');
		const titles = selectAll('.card h2', first).map((h) => text(h, 'a'));
		expect(titles).toHaveLength(20);
		expect(titles.slice(0, 3)).toEqual([
			'Communiqué seulement en français',
			'Ordinary release number 21',
			'Ordinary release number 20',
		]);
		expect(attr(first, '.pagination a[rel="next"]', 'href')).toBe('/en/news/page/2/');
		const second = await readPage(build.outDir, '/en/news/page/2/');
		expect(selectAll('.card h2', second).map((h) => text(h, 'a'))).toEqual([
			'Ordinary release number 2',
			'Embargo lifted release okapi',
			'Ordinary release number 1',
		]);
		expect(attr(second, '.pagination a[rel="prev"]', 'href')).toBe('/en/news/');
		expect(text(second, '.pagination [aria-current="page"]')).toBe('2');
		const spanish = await listPages(build.outDir);
		expect(spanish).toContain('/es/noticias/pagina/2/');
		expect(spanish).not.toContain('/en/news/page/3/');
	});

	it('keeps drafts, embargoed and future releases out of every file of dist/', async () => {
		const files = await listFiles(build.outDir);
		const leaks: string[] = [];
		expect(files.some((f) => f.endsWith('.pf_fragment'))).toBe(true);
		// Every file, whatever its type; Pagefind's gzipped index files are read unzipped.
		for (const file of files) {
			const body = await readServedText(build.outDir, file);
			for (const release of Object.values(hidden)) {
				for (const needle of [release.title, release.slug as string]) {
					if (body.includes(needle)) leaks.push(`${file}: ${needle}`);
				}
			}
		}
		expect(leaks).toEqual([]);
		expect(files.some((f) => /xylophone|quagga|zeppelin|narwhal/.test(f))).toBe(false);
	});

	it('publishes a release whose embargo passed before the build’s clock', async () => {
		const pages = await listPages(build.outDir);
		expect(pages).toContain('/en/news/lifted-slug-okapi/');
		const page = await readPage(build.outDir, '/en/news/lifted-slug-okapi/');
		expect(text(page, 'article h1')).toBe('Embargo lifted release okapi');
		expect(selectAll('article .notice', page)).toEqual([]);
	});

	it('shows a release that exists only in French, labelled and in French, in other listings', async () => {
		const pages = await listPages(build.outDir);
		expect(pages).toContain('/fr/actualites/seulement-en-francais/');
		expect(pages.filter((p) => p.includes('seulement-en-francais'))).toEqual([
			'/fr/actualites/seulement-en-francais/',
		]);
		for (const [path, label] of [
			['/en/news/', 'Available in French'],
			['/es/noticias/', 'Disponible en francés'],
		] as const) {
			const listing = await readPage(build.outDir, path);
			const card = selectAll('.card', listing).find((c) => text(c, 'h2').startsWith('Communiqué'));
			expect(card, path).toBeDefined();
			expect(card?.properties.lang, path).toBe('fr');
			expect(attr(card!, 'h2 a', 'hrefLang')).toBe('fr');
			expect(attr(card!, 'h2 a', 'href')).toBe('/fr/actualites/seulement-en-francais/');
			expect(text(card!, '.badge')).toBe(label);
			expect(attr(card!, '.meta', 'lang')).toBe(path.split('/')[1]);
		}
	});

	it('gives the French-only release hreflang and Open Graph links to itself alone', async () => {
		const page = await readPage(build.outDir, '/fr/actualites/seulement-en-francais/');
		const links = selectAll('head link[rel="alternate"][hreflang]', page).map((l) => [
			l.properties.hrefLang,
			new URL(String(l.properties.href)).pathname,
		]);
		expect(links).toEqual([
			['fr', '/fr/actualites/seulement-en-francais/'],
			['x-default', '/'],
		]);
		expect(selectAll('meta[property="og:locale:alternate"]', page)).toEqual([]);
		// Its lead image makes a large social card, at an absolute URL of a built file.
		const image = attr(page, 'meta[property="og:image"]', 'content') ?? '';
		expect(image).toMatch(/^https:\/\/newsroom\.example\.org\/_astro\/.+\.jpg$/);
		expect(existsSync(join(build.outDir, new URL(image).pathname))).toBe(true);
		expect(attr(page, 'meta[property="og:image:width"]', 'content')).toBe('1200');
		expect(attr(page, 'meta[property="og:image:height"]', 'content')).toBe('675');
		expect(attr(page, 'meta[property="og:image:alt"]', 'content')).toBe('Un aplat bleu');
		// The picture on the page: renditions up to 1,080 px, the largest also the fallback, not
		// the 1,600 px original (a 12,000 px one took 1.45 GB of build memory).
		expect(attr(page, '.hero img', 'width')).toBe('1080');
		expect(attr(page, '.hero img', 'height')).toBe('608');
		expect(attr(page, '.hero img', 'srcSet')).toMatch(/ 360w, .+ 720w, .+ 1080w$/);
		expect(attr(page, 'meta[name="twitter:card"]', 'content')).toBe('summary_large_image');
		// X reads the og: title, description and picture; only the card type and alt are its own.
		expect(attr(page, 'meta[name="twitter:image"]', 'content')).toBeUndefined();
		expect(attr(page, 'meta[name="twitter:image:alt"]', 'content')).toBe('Un aplat bleu');
		const [jsonLd] = selectAll('script[type="application/ld+json"]', page);
		// Its update's date is the JSON-LD dateModified and the sitemap's lastmod.
		expect(JSON.parse(toString(jsonLd!))).toMatchObject({
			'@type': 'NewsArticle',
			datePublished: '2024-03-01',
			dateModified: '2024-03-05',
			image: [image],
		});
		const entry = (await readSitemap(build.outDir)).find((u) =>
			u.loc.endsWith('/fr/actualites/seulement-en-francais/'),
		);
		expect(entry?.lastmod).toBe('2024-03-05T00:00:00.000Z');
		// The switcher says the other languages lack it and leads to their news indexes.
		expect(
			selectAll('.switcher a.untranslated', page).map((a) => [
				a.properties.hrefLang,
				a.properties.href,
			]),
		).toEqual([
			['en', '/en/news/'],
			['es', '/es/noticias/'],
		]);
		// In plain words, to a screen reader and in a tooltip; the header shows the name alone.
		expect(
			selectAll('.switcher a.untranslated', page).map((a) =>
				toString(a)
					.replace(/[ \n\t]+/g, ' ')
					.trim(),
			),
		).toEqual([
			'English Cette page n’existe pas en anglais\u00a0: le lien ouvre les actualités en anglais.',
			'Español Cette page n’existe pas en espagnol\u00a0: le lien ouvre les actualités en espagnol.',
		]);
	});

	it('lists exactly the published releases in the sitemap, the French-only one in French only', async () => {
		const sitemap = releasePagesIn(
			(await readSitemap(build.outDir)).map((u) => new URL(u.loc).pathname),
		);
		expect(sitemap).toEqual(await publishedReleases(content, new Date(now)));
		expect(sitemap).toEqual(releasePagesIn(await listPages(build.outDir)));
		// Twenty-one ordinary releases and the one whose embargo has lifted.
		expect(sitemap.en).toHaveLength(22);
		expect(sitemap.en).toContain('/en/news/lifted-slug-okapi/');
		expect(sitemap.fr).toEqual(['/fr/actualites/seulement-en-francais/']);
		expect(sitemap.es).toEqual([]);
	});

	it('lists in each language’s feed exactly the releases published in that language', async () => {
		const expected = await publishedReleases(content, new Date(now));
		for (const [locale, path] of [
			['en', '/en/news/rss.xml'],
			['fr', '/fr/actualites/rss.xml'],
			['es', '/es/noticias/rss.xml'],
		] as const) {
			const { rss } = await readFeed(build.outDir, path);
			const links = (rss.channel.item ?? []).map((i) => new URL(i.link).pathname);
			expect(links.sort(), path).toEqual(expected[locale]);
		}
		const english = await readFeed(build.outDir, '/en/news/rss.xml');
		expect(english.rss.channel.item?.[0]?.title).toBe('Ordinary release number 21');
	});
});
