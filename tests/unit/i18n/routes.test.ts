import { describe, expect, it } from 'vitest';
import { topicKeys } from '../../../src/i18n/topics';
import { locales } from '../../../src/i18n/locales';
import { countrySlug, fileParam, pathParam, segments, url } from '../../../src/i18n/routes';

describe('the route table', () => {
	it('makes localized release URLs', () => {
		expect(url('release', 'en', { slug: 'a-b' })).toBe('/en/news/a-b/');
		expect(url('release', 'fr', { slug: 'a-b' })).toBe('/fr/actualites/a-b/');
		expect(url('release', 'es', { slug: 'a-b' })).toBe('/es/noticias/a-b/');
	});

	it('leaves page 1 of a listing at its base URL and numbers the others with a localized segment', () => {
		expect(url('news', 'fr', {})).toBe('/fr/actualites/');
		expect(url('news', 'fr', { page: 1 })).toBe('/fr/actualites/');
		expect(url('news', 'fr', { page: 2 })).toBe('/fr/actualites/page/2/');
		expect(url('news', 'es', { page: 3 })).toBe('/es/noticias/pagina/3/');
		expect(url('year', 'en', { year: 2024, page: 2 })).toBe('/en/archive/2024/page/2/');
	});

	it('names topics and countries in the language of the URL', () => {
		expect(url('topic', 'fr', { topic: 'child-protection' })).toBe(
			'/fr/thematiques/protection-de-l-enfance/',
		);
		expect(url('country', 'fr', { country: 'DE' })).toBe('/fr/pays/allemagne/');
		expect(url('country', 'es', { country: 'US' })).toBe('/es/paises/estados-unidos/');
		expect(countrySlug('CI', 'fr')).toBe('cote-d-ivoire');
	});

	it('gives every topic a distinct URL in every locale', () => {
		for (const locale of locales) {
			const urls = topicKeys.map((topic) => url('topic', locale, { topic }));
			expect(new Set(urls).size).toBe(topicKeys.length);
		}
	});

	it('has a segment for every locale in every row, all URL-safe', () => {
		for (const row of Object.values(segments)) {
			expect(Object.keys(row).sort()).toEqual([...locales].sort());
			for (const segment of Object.values(row)) expect(segment).toMatch(/^[a-z0-9-]+$/);
		}
	});

	it('turns a URL into the parameter of the catch-all route', () => {
		expect(pathParam('/fr/actualites/')).toBe('fr/actualites');
		expect(pathParam('/en/')).toBe('en');
	});

	it('puts each locale’s feed under its news segment, and each topic’s under the topic', () => {
		expect(url('feed', 'en')).toBe('/en/news/rss.xml');
		expect(url('feed', 'fr')).toBe('/fr/actualites/rss.xml');
		expect(url('topicFeed', 'es', { topic: 'child-protection' })).toBe(
			'/es/temas/proteccion-de-la-infancia/rss.xml',
		);
	});

	it('turns a file URL into the parameter of an endpoint route, refusing another extension', () => {
		expect(fileParam('/fr/actualites/rss.xml', '.xml')).toBe('fr/actualites/rss');
		expect(() => fileParam('/fr/actualites/', '.xml')).toThrow(
			'/fr/actualites/ does not end with .xml',
		);
	});
});
