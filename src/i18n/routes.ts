import { releaseTypes, type ReleaseType } from './release-types';
import { topics, type TopicKey } from './topics';
import { countryName, slugify } from './format';
import type { Locale } from './locales';

/**
 * Localized URL segments. Part of public URLs: change one only with a redirect.
 * Add a locale by adding its column to every row.
 */
export const segments = {
	news: { en: 'news', fr: 'actualites', es: 'noticias' },
	topics: { en: 'topics', fr: 'thematiques', es: 'temas' },
	types: { en: 'types', fr: 'types', es: 'tipos' },
	countries: { en: 'countries', fr: 'pays', es: 'paises' },
	archive: { en: 'archive', fr: 'archives', es: 'archivo' },
	page: { en: 'page', fr: 'page', es: 'pagina' },
	search: { en: 'search', fr: 'recherche', es: 'buscar' },
	offline: { en: 'offline', fr: 'hors-ligne', es: 'sin-conexion' },
	subscribe: { en: 'subscribe', fr: 'abonnements', es: 'suscripciones' },
	contacts: { en: 'contacts', fr: 'contacts', es: 'contactos' },
	media: { en: 'media', fr: 'mediatheque', es: 'mediateca' },
	mediaContacts: { en: 'media-contacts', fr: 'contacts-presse', es: 'contactos-de-prensa' },
	agenda: { en: 'agenda', fr: 'agenda', es: 'agenda' },
} as const satisfies Record<string, Record<Locale, string>>;

/** The parameters each route takes. `page` is a listing's page number (1 when absent). */
export interface RouteParams {
	home: undefined;
	news: { page?: number };
	release: { slug: string };
	topics: undefined;
	topic: { topic: TopicKey; page?: number };
	types: undefined;
	type: { type: ReleaseType; page?: number };
	countries: undefined;
	country: { country: string; page?: number };
	archive: undefined;
	year: { year: number; page?: number };
	page: { path: string };
	search: undefined;
	offline: undefined;
	/** The page that lists every feed of a locale. */
	subscribe: undefined;
	/** A press contact's vCard, in a locale (the office is written in its language). */
	vcard: { contact: string };
	/** The media contacts directory: the people of the newsroom, by region. */
	mediaContacts: undefined;
	/** The agenda: upcoming and past events. */
	agenda: undefined;
	/** An event of the agenda. */
	event: { slug: string };
	/** An event's calendar file (iCalendar), to add it to a calendar. */
	eventCalendar: { slug: string };
	/** A locale's subscribable calendar of every event. */
	calendar: undefined;
	manifest: undefined;
	notFound: undefined;
	/** A locale's RSS feed of every release published in its language. */
	feed: undefined;
	/** A locale's RSS feed of one topic. */
	topicFeed: { topic: TopicKey };
	/** A locale's RSS feed of one country. */
	countryFeed: { country: string };
	/** The media library: every picture and video, or those of one topic or country. */
	media: { page?: number; topic?: TopicKey | undefined; country?: string | undefined };
}

/** The name of a route of the site. */
export type RouteKey = keyof RouteParams;

type Builders = { [K in RouteKey]: (locale: Locale, params: RouteParams[K]) => string };

const paged = (base: string, locale: Locale, page = 1) =>
	page > 1 ? `${base}${segments.page[locale]}/${page}/` : base;

const builders: Builders = {
	home: (l) => `/${l}/`,
	news: (l, p) => paged(`/${l}/${segments.news[l]}/`, l, p.page),
	release: (l, p) => `/${l}/${segments.news[l]}/${p.slug}/`,
	topics: (l) => `/${l}/${segments.topics[l]}/`,
	topic: (l, p) => paged(`/${l}/${segments.topics[l]}/${topics[p.topic][l].slug}/`, l, p.page),
	types: (l) => `/${l}/${segments.types[l]}/`,
	type: (l, p) => paged(`/${l}/${segments.types[l]}/${releaseTypes[p.type][l].slug}/`, l, p.page),
	countries: (l) => `/${l}/${segments.countries[l]}/`,
	country: (l, p) =>
		paged(`/${l}/${segments.countries[l]}/${countrySlug(p.country, l)}/`, l, p.page),
	archive: (l) => `/${l}/${segments.archive[l]}/`,
	year: (l, p) => paged(`/${l}/${segments.archive[l]}/${p.year}/`, l, p.page),
	page: (l, p) => `/${l}/${p.path}/`,
	search: (l) => `/${l}/${segments.search[l]}/`,
	offline: (l) => `/${l}/${segments.offline[l]}/`,
	subscribe: (l) => `/${l}/${segments.subscribe[l]}/`,
	vcard: (l, p) => `/${l}/${segments.contacts[l]}/${p.contact}.vcf`,
	mediaContacts: (l) => `/${l}/${segments.mediaContacts[l]}/`,
	agenda: (l) => `/${l}/${segments.agenda[l]}/`,
	event: (l, p) => `/${l}/${segments.agenda[l]}/${p.slug}/`,
	eventCalendar: (l, p) => `/${l}/${segments.agenda[l]}/${p.slug}/${p.slug}.ics`,
	calendar: (l) => `/${l}/${segments.agenda[l]}/calendar.ics`,
	manifest: (l) => `/${l}/manifest.webmanifest`,
	notFound: (l) => `/${l}/404/`,
	feed: (l) => `/${l}/${segments.news[l]}/rss.xml`,
	topicFeed: (l, p) => `/${l}/${segments.topics[l]}/${topics[p.topic][l].slug}/rss.xml`,
	countryFeed: (l, p) => `/${l}/${segments.countries[l]}/${countrySlug(p.country, l)}/rss.xml`,
	media: (l, p) => {
		const base = `/${l}/${segments.media[l]}/`;
		if (p.topic)
			return paged(`${base}${segments.topics[l]}/${topics[p.topic][l].slug}/`, l, p.page);
		if (p.country)
			return paged(`${base}${segments.countries[l]}/${countrySlug(p.country, l)}/`, l, p.page);
		return paged(base, l, p.page);
	},
};

/**
 * Whether search indexes each route's pages: their views mark their text with
 * `data-pagefind-body`, and src/search/bundles.ts hands Pagefind the pages of these routes and
 * no others (nor do others enter a search bundle's reuse digest). Every route says, so a new
 * route's pages reach the search index only on purpose.
 */
export const indexedBySearch = {
	home: false,
	news: false,
	release: true,
	topics: false,
	topic: false,
	types: false,
	type: false,
	countries: false,
	country: false,
	archive: false,
	year: false,
	page: true,
	search: false,
	offline: false,
	subscribe: false,
	vcard: false,
	manifest: false,
	notFound: false,
	feed: false,
	topicFeed: false,
	countryFeed: false,
	media: false,
	mediaContacts: false,
	agenda: false,
	event: true,
	eventCalendar: false,
	calendar: false,
} as const satisfies Record<RouteKey, boolean>;

/**
 * The URL path of a route in a locale: the one place the site's URLs are made.
 * @example url('release', 'fr', { slug: 'guatemala' }) // => '/fr/actualites/guatemala/'
 * @example url('news', 'es', { page: 2 }) // => '/es/noticias/pagina/2/'
 * @example url('topic', 'en', { topic: 'child-protection' }) // => '/en/topics/child-protection/'
 * @example url('feed', 'fr') // => '/fr/actualites/rss.xml'
 */
export function url<K extends RouteKey>(
	key: K,
	locale: Locale,
	...params: RouteParams[K] extends undefined
		? []
		: object extends RouteParams[K]
			? [RouteParams[K]?]
			: [RouteParams[K]]
): string {
	const build = builders[key] as (locale: Locale, params: RouteParams[K] | object) => string;
	return build(locale, params[0] ?? {});
}

/**
 * The first URL segments, after the locale, that routes other than institutional pages use.
 * @example reservedSegments('fr') // => ['actualites', 'thematiques', 'pays', 'archives', 'page', 'recherche', 'hors-ligne', '404']
 */
export function reservedSegments(locale: Locale): string[] {
	return [...Object.values(segments).map((row) => row[locale]), '404'];
}

/**
 * Whether a URL path is a listing's second page or later.
 * @example isLaterPage('/es/noticias/pagina/2/', 'es') // => true
 * @example isLaterPage('/es/archivo/2024/', 'es') // => false
 */
export function isLaterPage(urlPath: string, locale: Locale): boolean {
	return new RegExp(`/${segments.page[locale]}/\\d+/$`).test(urlPath);
}

/**
 * The localized slug of a country: its name in that language, slugified.
 * @example countrySlug('DE', 'fr') // => 'allemagne'
 */
export function countrySlug(code: string, locale: Locale): string {
	return slugify(countryName(code, locale));
}

/**
 * The path Astro's `[...path]` route parameter takes for a URL: no leading or trailing slash.
 * @example pathParam('/fr/actualites/') // => 'fr/actualites'
 */
export function pathParam(urlPath: string): string {
	return urlPath.replace(/^\/+|\/+$/g, '');
}

/**
 * The parameter of a `[...file].xml.ts`-style endpoint for a URL: no leading slash, no extension.
 * @example fileParam('/fr/actualites/rss.xml', '.xml') // => 'fr/actualites/rss'
 */
export function fileParam(urlPath: string, extension: string): string {
	if (!urlPath.endsWith(extension)) throw new Error(`${urlPath} does not end with ${extension}`);
	return urlPath.slice(0, -extension.length).replace(/^\/+/, '');
}
