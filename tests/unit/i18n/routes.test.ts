import { describe, expect, it } from 'vitest';
import { topicKeys } from '../../../src/i18n/topics';
import { locales } from '../../../src/i18n/locales';
import { routeOf } from '../../../src/i18n/route-of';
import {
	countrySlug,
	fileParam,
	indexedBySearch,
	pathParam,
	segments,
	url,
	type RouteKey,
	type RouteParams,
} from '../../../src/i18n/routes';

/**
 * Parameters for every route, some of them paged: typed by the table, so a new route fails to
 * compile here until it has its own, and the reverse of \`url\` is tested for it.
 */
const samples: { [K in RouteKey]: RouteParams[K][] } = {
	home: [undefined],
	news: [{}, { page: 3 }],
	release: [{ slug: 'a-b' }, { slug: 'page' }],
	topics: [undefined],
	topic: [{ topic: 'child-protection' }, { topic: 'counter-trafficking', page: 2 }],
	types: [undefined],
	type: [{ type: 'press-release' }, { type: 'press-release', page: 12 }],
	countries: [undefined],
	country: [{ country: 'DE' }, { country: 'CI', page: 2 }],
	archive: [undefined],
	year: [{ year: 2024 }, { year: 2019, page: 4 }],
	page: [{ path: 'who-we-are' }, { path: 'who-we-are/our-history' }],
	search: [undefined],
	offline: [undefined],
	subscribe: [undefined],
	vcard: [{ contact: 'jane-doe' }],
	manifest: [undefined],
	notFound: [undefined],
	feed: [undefined],
	topicFeed: [{ topic: 'counter-trafficking' }],
	countryFeed: [{ country: 'GT' }],
	media: [{}, { page: 2 }, { topic: 'child-protection' }, { country: 'GT', page: 3 }],
	mediaContacts: [undefined],
	agenda: [undefined],
	event: [{ slug: 'briefing-geneva' }, { slug: 'calendar' }],
	eventCalendar: [{ slug: 'briefing-geneva' }],
	calendar: [undefined],
};

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

	it('tells which route made a URL: the reverse of url, for every route and locale', () => {
		for (const locale of locales) {
			for (const key of Object.keys(samples) as RouteKey[]) {
				for (const params of samples[key]) {
					const path = url(key, locale, params);
					expect(routeOf(path, locale), path).toBe(key);
				}
			}
		}
	});

	it('gives no route for a path under a segment that no route makes, nor in another locale', () => {
		expect(routeOf('/en/news/a-b/extra/', 'en')).toBeUndefined();
		expect(routeOf('/en/search/more/', 'en')).toBeUndefined();
		expect(routeOf('/en/page/2/', 'en')).toBeUndefined();
		expect(routeOf('/en/topics/health/rss.json', 'en')).toBeUndefined();
		expect(routeOf('/fr/actualites/a-b/', 'en')).toBeUndefined();
		// Under no segment of the table: an institutional page.
		expect(routeOf('/fr/qui-sommes-nous/', 'fr')).toBe('page');
	});

	it('indexes for search only releases, institutional pages and events', () => {
		const indexed = Object.entries(indexedBySearch).filter(([, yes]) => yes);
		expect(indexed.map(([key]) => key)).toEqual(['release', 'page', 'event']);
	});
});
