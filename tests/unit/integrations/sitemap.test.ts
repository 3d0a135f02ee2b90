import { describe, expect, it } from 'vitest';
import { readHead } from '../../../src/integrations/dist-reader';
import { sitemapOptions, type HeadIndex } from '../../../src/integrations/sitemap';

const page = `<!doctype html><html><head><meta charset="utf-8">
<meta name="description" content="a > b">
<link rel="canonical" href="https://x.org/fr/actualites/a/">
<link rel="alternate" hreflang="fr" href="https://x.org/fr/actualites/a/">
<link rel="alternate" hreflang="en" href="https://x.org/en/news/a/">
<link rel="alternate" hreflang="x-default" href="https://x.org/">
<link rel="alternate" type="application/rss+xml" title="Flux" href="/fr/actualites/rss.xml">
<meta property="article:modified_time" content="2024-09-20T00:00:00.000Z">
</head><body><link rel="alternate" hreflang="de" href="https://x.org/de/"></body></html>`;

describe('reading a built page’s head', () => {
	it('finds the canonical URL, the hreflang alternates and the modification time in the head', () => {
		expect(readHead(page)).toEqual({
			canonical: 'https://x.org/fr/actualites/a/',
			noindex: false,
			alternates: {
				fr: 'https://x.org/fr/actualites/a/',
				en: 'https://x.org/en/news/a/',
				'x-default': 'https://x.org/',
			},
			modified: '2024-09-20T00:00:00.000Z',
		});
	});

	it('notices noindex pages', () => {
		expect(readHead('<meta name="robots" content="noindex">').noindex).toBe(true);
	});
});

describe('the sitemap options', () => {
	const index: HeadIndex = new Map([['https://x.org/fr/actualites/a/', readHead(page)]]);
	const { filter, serialize } = sitemapOptions(index);

	it('keeps only indexed pages', () => {
		expect(filter?.('https://x.org/fr/actualites/a/')).toBe(true);
		expect(filter?.('https://x.org/fr/404/')).toBe(false);
	});

	it('gives each page its localized alternates, x-default and lastmod', async () => {
		expect(await serialize?.({ url: 'https://x.org/fr/actualites/a/' })).toEqual({
			url: 'https://x.org/fr/actualites/a/',
			links: [
				{ lang: 'fr', url: 'https://x.org/fr/actualites/a/' },
				{ lang: 'en', url: 'https://x.org/en/news/a/' },
				{ lang: 'x-default', url: 'https://x.org/' },
			],
			lastmod: '2024-09-20T00:00:00.000Z',
		});
	});
});
