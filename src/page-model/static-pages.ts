// Every localized page of the site, with the props of its view (src/pages/[...path].astro).
import { locales, type Locale } from '../i18n/locales';
import { pathParam, url } from '../i18n/routes';
import { useTranslations } from '../i18n/translate';
import { pipelineVersion } from '../content-model/pipeline-version';
import { agendaPages, eventsByRelease, speakersOf } from './agenda';
import { cacheKeyOf } from './cache-key';
import { namedBy, publishedPeople } from './contacts';
import { directoryOf } from './directory';
import { feedsOf, subscribeFeeds } from './feeds';
import { checkInternalLinks } from './links';
import { libraryPages } from './media-library';
import { localeMenu, type MenuEntry } from './menu';
import type { SitePage } from './pages';
import { getPeople } from './people';
import { listingFor, pageWindow, paginate } from './publishing';
import { releasePages } from './release-pages';
import type { PublishedGroup } from './releases';
import { getSiteContent } from './site-content';
import { taxonomies, taxonomyList, termList, type Taxonomy, type TaxonomyKey } from './taxonomies';
import type { StaticPage, ViewProps } from './view-props';

/**
 * Releases per listing page: twenty, so that an archive of thousands needs half as many listing
 * pages (and files) as with ten, each still light to load.
 */
export const pageSize = 20;

/** Releases on a locale's home page. */
export const homeSize = 10;

/** What every page of a locale shares: the menu. */
export type Shared = (locale: Locale) => { locale: Locale; menu: MenuEntry[] };

/** The same page in every locale, e.g. a listing, which exists in all of them. */
const everywhere = (make: (locale: Locale) => string) =>
	Object.fromEntries(locales.map((l) => [l, make(l)])) as Record<Locale, string>;

/** A page that exists in every locale at the URL `urlOf` makes. */
const inEveryLocale = <P extends object>(
	shared: Shared,
	urlOf: (locale: Locale) => string,
	props: (locale: Locale) => P,
) =>
	locales.map((locale) => ({
		...shared(locale),
		url: urlOf(locale),
		alternates: everywhere(urlOf),
		...props(locale),
	}));

/** A paginated listing of `groups` in every locale, one page per `pageSize` releases. */
function listingPages(
	shared: Shared,
	groups: PublishedGroup[],
	urlOf: (locale: Locale, page: number) => string,
	term?: { taxonomy: TaxonomyKey; label: (l: Locale) => string; feed?: (l: Locale) => string },
): ViewProps[] {
	const chunks = paginate(groups, pageSize);
	return locales.flatMap((locale) =>
		chunks.map((chunk, i) => ({
			...shared(locale),
			view: 'listing' as const,
			url: urlOf(locale, i + 1),
			alternates: everywhere((l) => urlOf(l, i + 1)),
			...(term ? { taxonomy: term.taxonomy, term: term.label(locale) } : {}),
			...(term?.feed ? { feed: term.feed(locale) } : {}),
			items: listingFor(chunk, locale),
			pagination: {
				page: i + 1,
				pages: chunks.length,
				first: urlOf(locale, 1),
				links: pageWindow(i + 1, chunks.length).map((page) => ({ page, url: urlOf(locale, page) })),
			},
		})),
	);
}

/** A taxonomy's index page in every locale, and the listing of each of its terms. */
function taxonomyPages(shared: Shared, taxonomy: Taxonomy, groups: PublishedGroup[]) {
	const terms = taxonomy.terms(groups);
	return [
		...inEveryLocale(
			shared,
			(l) => url(taxonomy.index, l),
			(l) => ({
				view: 'terms' as const,
				taxonomy: taxonomy.key,
				terms: termList(taxonomy, terms, l),
			}),
		),
		...terms.flatMap((term) =>
			listingPages(shared, term.groups, term.url, {
				taxonomy: taxonomy.key,
				label: term.label,
				...(term.feed ? { feed: term.feed } : {}),
			}),
		),
	];
}

/** Every institutional page, with its children, breadcrumb trail and requested listing. */
function institutionalPages(
	shared: Shared,
	pages: SitePage[],
	countries: (l: Locale) => ReturnType<typeof termList>,
): ViewProps[] {
	const find = (key: string, locale: Locale) =>
		pages.filter((p) => p.key === key && p.locale === locale);
	return pages.map((page) => ({
		...shared(page.locale),
		view: 'page',
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

/** The search filters' labels, with the type of event pages (`event`) among the types. */
const withEventType = (
	labels: Partial<Record<TaxonomyKey, Record<string, string>>>,
	locale: Locale,
) => ({ ...labels, type: { ...labels.type, event: useTranslations(locale)('agenda.event') } });

/** Every page of the site except the root language chooser and the feeds (feeds.ts). */
export async function staticPages(): Promise<StaticPage[]> {
	const { groups, pages, events } = await getSiteContent();
	const named = new Set([...namedBy(groups), ...speakersOf(events)]);
	const { people, personOf } = publishedPeople(await getPeople(), named);
	const menus = Object.fromEntries(locales.map((l) => [l, localeMenu(pages, l)]));
	const shared: Shared = (locale) => ({ locale, menu: menus[locale] ?? [] });
	const countries = taxonomies.country.terms(groups);
	const labelled = taxonomyList
		.filter((t) => t.labelledFilter)
		.map((t) => [t, t.terms(groups)] as const);

	const views: ViewProps[] = [
		...inEveryLocale(
			shared,
			(l) => url('home', l),
			(l) => ({ view: 'home' as const, items: listingFor(groups.slice(0, homeSize), l) }),
		),
		...listingPages(shared, groups, (l, page) => url('news', l, { page })),
		...releasePages(shared, groups, personOf, eventsByRelease(events)),
		...libraryPages(shared, groups),
		...agendaPages(shared, events, groups, personOf),
		...taxonomyList.flatMap((taxonomy) => taxonomyPages(shared, taxonomy, groups)),
		...institutionalPages(shared, pages, (l) => termList(taxonomies.country, countries, l)),
		...inEveryLocale(
			shared,
			(l) => url('search', l),
			(l) => ({
				view: 'search' as const,
				filterLabels: withEventType(
					Object.fromEntries(
						labelled.map(([t, terms]) => [
							t.key,
							Object.fromEntries(terms.map((term) => [term.key, term.label(l)])),
						]),
					),
					l,
				),
			}),
		),
		...inEveryLocale(
			shared,
			(l) => url('subscribe', l),
			(l) => ({ view: 'subscribe' as const, feeds: subscribeFeeds(groups, l) }),
		),
		...inEveryLocale(
			shared,
			(l) => url('mediaContacts', l),
			(l) => ({ view: 'mediaContacts' as const, regions: directoryOf(people, l) }),
		),
		...inEveryLocale(
			shared,
			(l) => url('offline', l),
			() => ({ view: 'offline' as const }),
		),
		...locales.map((locale) => ({
			...shared(locale),
			view: 'notFound' as const,
			url: url('notFound', locale),
			alternates: {},
		})),
	];
	checkInternalLinks(
		views,
		feedsOf(groups).map((feed) => feed.url),
	);
	// Besides its props, a page reads only the Markdown pipeline, through its entries' HTML.
	const salt = pipelineVersion();
	return views.map((props) => ({
		params: { path: pathParam(props.url) },
		props,
		cacheKey: cacheKeyOf(props, salt),
	}));
}
