import { topics, type TopicKey } from '../data/topics';
import { countryName } from '../i18n/format';
import { locales, type Locale } from '../i18n/locales';
import { pathParam, url, type RouteKey } from '../i18n/routes';
import { getSitePages, type SitePage } from './pages';
import { listingFor, paginate } from './publishing';
import {
	getReleaseGroups,
	type PublishedGroup,
	type PublishedRelease,
	type ReleaseListingItem,
} from './releases';

/** Releases per listing page. */
export const pageSize = 10;

/** What every page knows: its route, locale, URL and the same page in other languages. */
type Common = {
	route: RouteKey;
	locale: Locale;
	url: string;
	/** The URL of this page in each locale it exists in (this one included). */
	alternates: Partial<Record<Locale, string>>;
};

/** A page of a paginated listing. */
export type Pagination = {
	page: number;
	pages: number;
	/** The URL of every page of the listing, page 1 first. */
	urls: string[];
};

/** The props of each kind of page, told apart by `view`. */
export type ViewProps = Common &
	(
		| { view: 'home'; items: ReleaseListingItem[] }
		| {
				view: 'listing';
				/** The topic label, country name or year the listing is about. */
				term?: string;
				items: ReleaseListingItem[];
				pagination: Pagination;
		  }
		| { view: 'terms'; terms: { label: string; url: string; count: number }[] }
		| { view: 'release'; release: PublishedRelease; group: PublishedGroup }
		| { view: 'page'; page: SitePage; children: SitePage[]; trail: SitePage[] }
		| { view: 'notFound' }
	);

/** One static page: Astro's `[...path]` parameter and the props its view renders. */
export interface SiteRoute {
	params: { path: string };
	props: ViewProps;
}

const everywhere = (make: (locale: Locale) => string) =>
	Object.fromEntries(locales.map((l) => [l, make(l)])) as Record<Locale, string>;

/** A paginated listing of `groups` in every locale, one route per page. */
function listingRoutes(
	route: RouteKey,
	groups: PublishedGroup[],
	urlOf: (locale: Locale, page: number) => string,
	termOf?: (locale: Locale) => string,
): ViewProps[] {
	const chunks = paginate(groups, pageSize);
	return locales.flatMap((locale) =>
		chunks.map((chunk, i) => ({
			route,
			view: 'listing' as const,
			locale,
			url: urlOf(locale, i + 1),
			alternates: everywhere((l) => urlOf(l, i + 1)),
			...(termOf ? { term: termOf(locale) } : {}),
			items: listingFor(chunk, locale),
			pagination: {
				page: i + 1,
				pages: chunks.length,
				urls: chunks.map((_, j) => urlOf(locale, j + 1)),
			},
		})),
	);
}

/** Groups releases by each value `keysOf` gives, keys sorted with `compare`. */
function groupBy<K>(
	groups: PublishedGroup[],
	keysOf: (g: PublishedGroup) => K[],
): Map<K, PublishedGroup[]> {
	const map = new Map<K, PublishedGroup[]>();
	for (const group of groups) {
		for (const key of keysOf(group)) map.set(key, [...(map.get(key) ?? []), group]);
	}
	return map;
}

/** Every page of the site except the root language chooser and the feeds. */
export async function siteRoutes(): Promise<SiteRoute[]> {
	const groups = await getReleaseGroups();
	const pages = await getSitePages();
	const byTopic = groupBy(groups, (g) => g.topics as TopicKey[]);
	const byCountry = groupBy(groups, (g) => g.countries);
	const byYear = groupBy(groups, (g) => [g.date.getUTCFullYear()]);
	const topicKeys = [...byTopic.keys()];
	const countryCodes = [...byCountry.keys()];
	const years = [...byYear.keys()].sort((a, b) => b - a);

	const views: ViewProps[] = [
		...locales.map((locale) => ({
			route: 'home' as const,
			view: 'home' as const,
			locale,
			url: url('home', locale),
			alternates: everywhere((l) => url('home', l)),
			items: listingFor(groups.slice(0, pageSize), locale),
		})),
		...listingRoutes('news', groups, (l, page) => url('news', l, { page })),
		...groups.flatMap((group) =>
			Object.values(group.translations).map((release) => ({
				route: 'release' as const,
				view: 'release' as const,
				locale: release.locale,
				url: release.url,
				alternates: Object.fromEntries(
					Object.values(group.translations).map((r) => [r.locale, r.url]),
				),
				release,
				group,
			})),
		),
		...termRoutes('topics', (l) =>
			topicKeys
				.map((topic) => ({
					label: topics[topic][l].label,
					url: url('topic', l, { topic }),
					count: byTopic.get(topic)?.length ?? 0,
				}))
				.sort((a, b) => a.label.localeCompare(b.label, l)),
		),
		...topicKeys.flatMap((topic) =>
			listingRoutes(
				'topic',
				byTopic.get(topic) ?? [],
				(l, page) => url('topic', l, { topic, page }),
				(l) => topics[topic][l].label,
			),
		),
		...termRoutes('countries', (l) =>
			countryCodes
				.map((country) => ({
					label: countryName(country, l),
					url: url('country', l, { country }),
					count: byCountry.get(country)?.length ?? 0,
				}))
				.sort((a, b) => a.label.localeCompare(b.label, l)),
		),
		...countryCodes.flatMap((country) =>
			listingRoutes(
				'country',
				byCountry.get(country) ?? [],
				(l, page) => url('country', l, { country, page }),
				(l) => countryName(country, l),
			),
		),
		...termRoutes('archive', (l) =>
			years.map((year) => ({
				label: String(year),
				url: url('year', l, { year }),
				count: byYear.get(year)?.length ?? 0,
			})),
		),
		...years.flatMap((year) =>
			listingRoutes(
				'year',
				byYear.get(year) ?? [],
				(l, page) => url('year', l, { year, page }),
				() => String(year),
			),
		),
		...pages.map((page) => ({
			route: 'page' as const,
			view: 'page' as const,
			locale: page.locale,
			url: page.url,
			alternates: Object.fromEntries(
				pages.filter((p) => p.key === page.key).map((p) => [p.locale, p.url]),
			),
			page,
			children: pages
				.filter((p) => p.locale === page.locale && p.entry.data.parent === page.key)
				.sort((a, b) => a.entry.data.order - b.entry.data.order),
			trail: page.ancestors.flatMap((key) =>
				pages.filter((p) => p.key === key && p.locale === page.locale),
			),
		})),
		...locales.map((locale) => ({
			route: 'notFound' as const,
			view: 'notFound' as const,
			locale,
			url: url('notFound', locale),
			alternates: {},
		})),
	];
	return views.map((props) => ({ params: { path: pathParam(props.url) }, props }));
}

/** The index page of a taxonomy (topics, countries, years) in every locale. */
function termRoutes(
	route: 'topics' | 'countries' | 'archive',
	termsOf: (l: Locale) => { label: string; url: string; count: number }[],
): ViewProps[] {
	return locales.map((locale) => ({
		route,
		view: 'terms' as const,
		locale,
		url: url(route, locale),
		alternates: everywhere((l) => url(route, l)),
		terms: termsOf(locale),
	}));
}
