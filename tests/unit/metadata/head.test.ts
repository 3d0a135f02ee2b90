import { describe, expect, it } from 'vitest';
import { headMetadata, jsonLdText, type MetadataInput } from '../../../src/metadata/head';

const base: MetadataInput = {
	locale: 'fr',
	title: 'Un titre',
	description: 'Un résumé.',
	path: '/fr/actualites/un-titre/',
	alternates: { fr: '/fr/actualites/un-titre/', es: '/es/noticias/un-titulo/' },
	site: new URL('https://news.example.org'),
	names: { site: 'Salle de presse', org: 'Organisation', orgShort: 'OIM' },
};

const content = (meta: ReturnType<typeof headMetadata>['meta'], key: string) =>
	meta.filter((m) => ('property' in m ? m.property : m.name) === key).map((m) => m.content);

describe('head metadata', () => {
	it('describes a page as an Open Graph website with a summary card', () => {
		const { meta, jsonLd } = headMetadata(base);
		expect(content(meta, 'og:type')).toEqual(['website']);
		expect(content(meta, 'og:url')).toEqual(['https://news.example.org/fr/actualites/un-titre/']);
		expect(content(meta, 'og:locale')).toEqual(['fr_FR']);
		// Only the translations that exist: there is no English version.
		expect(content(meta, 'og:locale:alternate')).toEqual(['es_ES']);
		expect(content(meta, 'twitter:card')).toEqual(['summary']);
		expect(content(meta, 'og:image')).toEqual([]);
		expect(jsonLd).toEqual([]);
	});

	it('makes a release an article with a NewsArticle and a large card when it has an image', () => {
		const { meta, jsonLd } = headMetadata({
			...base,
			article: {
				published: new Date('2024-09-16T00:00:00Z'),
				modified: new Date('2024-09-20T00:00:00Z'),
				place: 'Genève',
				section: ['Urgences'],
				genre: 'Communiqué de presse',
				image: {
					src: 'https://news.example.org/a.jpg',
					alt: 'Un refuge',
					width: 1200,
					height: 800,
				},
			},
		});
		expect(content(meta, 'og:type')).toEqual(['article']);
		expect(content(meta, 'og:image')).toEqual(['https://news.example.org/a.jpg']);
		expect(content(meta, 'og:image:alt')).toEqual(['Un refuge']);
		expect(content(meta, 'twitter:card')).toEqual(['summary_large_image']);
		// X falls back to the og: tags for title, description and picture: never written twice.
		expect(content(meta, 'twitter:title')).toEqual([]);
		expect(content(meta, 'twitter:image')).toEqual([]);
		expect(content(meta, 'twitter:image:alt')).toEqual(['Un refuge']);
		expect(content(meta, 'article:modified_time')).toEqual(['2024-09-20T00:00:00.000Z']);
		expect(jsonLd).toMatchObject([
			{
				'@type': 'NewsArticle',
				headline: 'Un titre',
				datePublished: '2024-09-16',
				dateModified: '2024-09-20',
				inLanguage: 'fr',
				contentLocation: { '@type': 'Place', name: 'Genève' },
				genre: 'Communiqué de presse',
				image: ['https://news.example.org/a.jpg'],
				publisher: { '@type': 'Organization', name: 'Organisation' },
			},
		]);
	});

	it('describes the organization on home pages', () => {
		const { jsonLd } = headMetadata({ ...base, path: '/fr/', organization: true });
		expect(jsonLd).toMatchObject([
			{ '@type': 'Organization', name: 'Organisation', alternateName: 'OIM' },
		]);
	});
});

describe('JSON-LD text', () => {
	it('cannot close its script element, and parses back to the same data', () => {
		const data = { headline: '</script><script>alert(1)</script> & <!-- x' };
		const text = jsonLdText(data);
		expect(text).not.toMatch(/[<>&]/);
		expect(text).toContain('\\u003c/script\\u003e');
		expect(JSON.parse(text)).toEqual(data);
	});
});
