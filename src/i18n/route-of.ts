// The reverse of the route table: which route made a path of a built site.
import type { Locale } from './locales';
import { segments, type RouteKey } from './routes';

/** A listing's own URL (no parts after it) or one of its later pages (`page/2`). */
const listing = (rest: string[], locale: Locale) =>
	rest.length === 0 ||
	(rest.length === 2 && rest[0] === segments.page[locale] && /^\d+$/.test(rest[1] ?? ''));

/**
 * The route that makes a URL path in a locale: the reverse of `url`, for files of a built site.
 * A path under a segment of the table that no route here makes gives `undefined`.
 * @example routeOf('/fr/actualites/un-communique/', 'fr') // => 'release'
 * @example routeOf('/es/temas/proteccion-de-la-infancia/pagina/2/', 'es') // => 'topic'
 * @example routeOf('/en/who-we-are/our-history/', 'en') // => 'page'
 */
export function routeOf(urlPath: string, locale: Locale): RouteKey | undefined {
	const [prefix, first, ...rest] = urlPath.split('/').filter(Boolean);
	const isPage = urlPath.endsWith('/');
	if (prefix !== locale) return undefined;
	if (first === undefined) return 'home';
	if (first === '404' && rest.length === 0 && isPage) return 'notFound';
	if (first === 'manifest.webmanifest' && rest.length === 0) return 'manifest';
	const owner = (Object.keys(segments) as (keyof typeof segments)[]).find(
		(key) => segments[key][locale] === first,
	);
	if (owner === undefined) return isPage ? 'page' : undefined;
	const [term, ...more] = rest;
	const feed = !isPage && more.length === 1 && more[0] === 'rss.xml';
	// Routes whose URL is the segment, then an optional term, then a page number or a feed.
	const terms = {
		topics: ['topics', 'topic', 'topicFeed'],
		types: ['types', 'type', undefined],
		countries: ['countries', 'country', 'countryFeed'],
		archive: ['archive', 'year', undefined],
	} as const satisfies Partial<Record<keyof typeof segments, readonly (RouteKey | undefined)[]>>;
	switch (owner) {
		case 'news':
			if (isPage && listing(rest, locale)) return 'news';
			if (!isPage) return rest.length === 1 && term === 'rss.xml' ? 'feed' : undefined;
			return rest.length === 1 ? 'release' : undefined;
		case 'contacts':
			return !isPage && rest.length === 1 && term?.endsWith('.vcf') ? 'vcard' : undefined;
		case 'search':
		case 'offline':
		case 'subscribe':
		case 'mediaContacts':
			return isPage && rest.length === 0 ? owner : undefined;
		case 'agenda':
			// The agenda, its calendar, an event and the event's calendar file.
			if (isPage) return rest.length === 0 ? 'agenda' : rest.length === 1 ? 'event' : undefined;
			if (rest.length === 1 && term === 'calendar.ics') return 'calendar';
			return rest.length === 2 && more[0] === `${term}.ics` ? 'eventCalendar' : undefined;
		case 'page':
			return undefined;
		case 'media': {
			// The library, or the library of one topic or country: /en/media/topics/<slug>/page/2/.
			if (!isPage) return undefined;
			if (listing(rest, locale)) return 'media';
			const by = term === segments.topics[locale] || term === segments.countries[locale];
			return by && more.length > 0 && listing(more.slice(1), locale) ? 'media' : undefined;
		}
		default: {
			const [index, termRoute, termFeed] = terms[owner];
			if (!isPage) return feed ? termFeed : undefined;
			if (rest.length === 0) return index;
			return listing(more, locale) ? termRoute : undefined;
		}
	}
}
