import { locales, type Locale } from '../i18n/locales';
import { pathParam, url, type RouteKey } from '../i18n/routes';
import { cacheKeyOf } from './cache-key';
import { getSitePages, type SitePage } from './pages';
import { pipelineVersion } from '../content-model/pipeline-version';
import { listingFor, pageWindow, paginate } from './publishing';
import {
	getReleaseGroups,
	type PublishedGroup,
	type PublishedRelease,
	type ReleaseListingItem,
} from './releases';
import { taxonomies, termsOf, type Term } from './taxonomies';

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
	/** The URL of the listing's first page. */
	first: string;
	/** The pages this one links to by number (see `pageWindow`), in order. */
	links: { page: number; url: string }[];
};

/** The props of each kind of page, told apart by `view`. */
export type ViewProps = Common &
	(
		| { view: 'home'; items: ReleaseListingItem[] }
		| {
				view: 'listing';
				/** The topic label, country name or year the listing is about. */
				term?: string;
				/** The URL of the term's RSS feed, when it has one (topics). */
				feed?: string;
				items: ReleaseListingItem[];
				pagination: Pagination;
		  }
		| { view: 'terms'; terms: Term[] }
		| { view: 'release'; release: PublishedRelease; group: PublishedGroup }
		| {
				view: 'page';
				page: SitePage;
				children: SitePage[];
				trail: SitePage[];
				/** The list the page asks for with `listing:` (empty when none). */
				terms: Term[];
		  }
		| { view: 'search' }
		| { view: 'offline' }
		| { view: 'notFound' }
	);

/** One static page: Astro's `[...path]` parameter and the props its view renders. */
export interface SiteRoute {
	params: { path: string };
	props: ViewProps;
	/** Lets an incremental build reuse the page when nothing it shows has changed. */
	cacheKey: string;
}

/** The same page in every locale, e.g. a listing, which exists in all of them. */
const everywhere = (make: (locale: Locale) => string) =>
	Object.fromEntries(locales.map((l) => [l, make(l)])) as Record<Locale, string>;

/** A paginated listing of `groups` in every locale, one route per page. */
function listingRoutes(
	route: RouteKey,
	groups: PublishedGroup[],
	urlOf: (locale: Locale, page: number) => string,
	termOf?: (locale: Locale) => string,
	feedOf?: (locale: Locale) => string,
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
			...(feedOf ? { feed: feedOf(locale) } : {}),
			items: listingFor(chunk, locale),
			pagination: {
				page: i + 1,
				pages: chunks.length,
				first: urlOf(locale, 1),
				links: pageWindow(i + 1, chunks.length).map((page) => ({
					page,
					url: urlOf(locale, page),
				})),
			},
		})),
	);
}

/** Every page of a release: one per published translation. */
function releaseRoutes(group: PublishedGroup): ViewProps[] {
	const translations = Object.values(group.translations);
	const alternates = Object.fromEntries(translations.map((r) => [r.locale, r.url]));
	return translations.map((release) => ({
		route: 'release',
		view: 'release',
		locale: release.locale,
		url: release.url,
		alternates,
		release,
		group,
	}));
}

/** Every institutional page, with its children, breadcrumb trail and requested listing. */
function pageRoutes(pages: SitePage[], countries: (l: Locale) => Term[]): ViewProps[] {
	const find = (key: string, locale: Locale) =>
		pages.filter((p) => p.key === key && p.locale === locale);
	return pages.map((page) => ({
		route: 'page',
		view: 'page',
		locale: page.locale,
		url: page.url,
		alternates: Object.fromEntries(
			pages.filter((p) => p.key === page.key).map((p) => [p.locale, p.url]),
		),
		page,
		children: pages
			.filter((p) => p.locale === page.locale && p.entry.data.parent === page.key)
			.sort((a, b) => a.entry.data.order - b.entry.data.order),
		trail: page.ancestors.flatMap((key) => find(key, page.locale)),
		terms: page.entry.data.listing === 'countries' ? countries(page.locale) : [],
	}));
}

/** Every page of the site except the root language chooser and the feeds (src/page-model/feeds.ts). */
export async function siteRoutes(): Promise<SiteRoute[]> {
	const groups = await getReleaseGroups();
	const pages = await getSitePages();
	const taxes = taxonomies(groups);
	const countries = taxes.find((t) => t.index === 'countries');

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
		...groups.flatMap(releaseRoutes),
		...taxes.flatMap(({ feed, ...tax }) => [
			...locales.map((locale) => ({
				route: tax.index,
				view: 'terms' as const,
				locale,
				url: url(tax.index, locale),
				alternates: everywhere((l) => url(tax.index, l)),
				terms: termsOf(tax, locale),
			})),
			...[...tax.groups].flatMap(([term, list]) =>
				listingRoutes(
					tax.route,
					list,
					(l, page) => tax.url(term, l, page),
					(l) => tax.label(term, l),
					feed && ((l) => feed(term, l)),
				),
			),
		]),
		...pageRoutes(pages, (l) => (countries ? termsOf(countries, l) : [])),
		...locales.map((locale) => ({
			route: 'search' as const,
			view: 'search' as const,
			locale,
			url: url('search', locale),
			alternates: everywhere((l) => url('search', l)),
		})),
		...locales.map((locale) => ({
			route: 'offline' as const,
			view: 'offline' as const,
			locale,
			url: url('offline', locale),
			alternates: everywhere((l) => url('offline', l)),
		})),
		...locales.map((locale) => ({
			route: 'notFound' as const,
			view: 'notFound' as const,
			locale,
			url: url('notFound', locale),
			alternates: {},
		})),
	];
	// What every page reads besides its props: the menus (institutional pages) and the Markdown
	// pipeline that rendered the entries.
	const salt = [pipelineVersion(), ...pages.map((p) => `${p.entry.id}@${p.entry.digest}`)].join();
	return views.map((props) => ({
		params: { path: pathParam(props.url) },
		props,
		cacheKey: cacheKeyOf(props, salt),
	}));
}
