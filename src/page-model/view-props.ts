// The props of every kind of page: all a view renders comes in through them, so the cache key
// of a page (cache-key.ts) can be made from them alone.
import type { Locale } from '../i18n/locales';
import type { LibraryItem, LibraryTerm } from './media-library';
import type { LicenceLink, MaterialItem, ServedFile } from './material';
import type { Person } from './contacts';
import type { DirectoryRegion } from './directory';
import type { PublishedEvent } from './events';
import type { SubscribeFeeds } from './feeds';
import type { MenuEntry } from './menu';
import type { SitePage } from './pages';
import type { PublishedGroup, PublishedRelease, ReleaseListingItem } from './releases';
import type { TaxonomyKey, Term } from './taxonomies';

/** What every page knows: its locale, URL, the same page in other languages, and the menu. */
type Common = {
	locale: Locale;
	url: string;
	/** The URL of this page in each locale it exists in (this one included). */
	alternates: Partial<Record<Locale, string>>;
	/** The site menu of the locale (the header marks the current page in it). */
	menu: MenuEntry[];
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
				/** The taxonomy of a term's listing; none for the list of all news. */
				taxonomy?: TaxonomyKey | undefined;
				/** The topic label, country name or year the listing is about. */
				term?: string;
				/** The URL of the term's RSS feed, when it has one. */
				feed?: string;
				items: ReleaseListingItem[];
				pagination: Pagination;
		  }
		| { view: 'terms'; taxonomy: TaxonomyKey; terms: Term[] }
		| {
				view: 'release';
				release: PublishedRelease;
				group: PublishedGroup;
				/** Shown only under `astro dev`, where embargoed releases are built, marked. */
				embargoed: boolean;
				/** The events of the agenda the release belongs with, in its language. */
				events: { title: string; url: string }[];
				/** Up to four releases in the same language on the same topics and countries. */
				related: ReleaseListingItem[];
				/** The release's press contacts in its language, in the order it names them. */
				contacts: Person[];
				/** The original this translation was made from, when updated since. */
				outdated?: { locale: Locale; url: string } | undefined;
				/** What the release offers to take away (its `media:`), in the page's language. */
				material: MaterialItem[];
				/** The lead picture's original file and licence, when it has one. */
				lead?: { original: ServedFile | undefined; licence: LicenceLink } | undefined;
		  }
		| {
				view: 'page';
				page: SitePage;
				children: SitePage[];
				trail: SitePage[];
				/** The list the page asks for with `listing:` (empty when none). */
				terms: Term[];
		  }
		| {
				view: 'search';
				/** The labels of the search filters' values (topic keys, country codes), by taxonomy. */
				filterLabels: Partial<Record<TaxonomyKey, Record<string, string>>>;
		  }
		| { view: 'subscribe'; feeds: SubscribeFeeds }
		| {
				view: 'media';
				/** The taxonomy of a term's library (topic or country); none for the whole library. */
				taxonomy?: TaxonomyKey | undefined;
				term?: string;
				items: LibraryItem[];
				/** The topics and countries that have pictures or videos, to browse by. */
				browse: { topics: LibraryTerm[]; countries: LibraryTerm[] };
				pagination: Pagination;
		  }
		| { view: 'mediaContacts'; regions: DirectoryRegion[] }
		| {
				view: 'agenda';
				/** The locale's events to come, soonest first, as of the build. */
				upcoming: PublishedEvent[];
				/** The locale's events over, newest first. */
				past: PublishedEvent[];
				/** The locale's subscribable calendar. */
				calendar: string;
		  }
		| {
				view: 'event';
				event: PublishedEvent;
				/** Whether the event is over, as of the build. */
				past: boolean;
				/** The speakers in the event's language, in the order it names them. */
				speakers: Person[];
				/** The published releases the event belongs with. */
				releases: ReleaseListingItem[];
		  }
		| { view: 'offline' }
		| { view: 'notFound' }
	);

/** The props of one kind of page. */
export type PropsOf<View extends ViewProps['view']> = Extract<ViewProps, { view: View }>;

/** One static page: Astro's `[...path]` parameter and the props its view renders. */
export interface StaticPage {
	params: { path: string };
	props: ViewProps;
	/** Lets an incremental build reuse the page when nothing it shows has changed. */
	cacheKey: string;
}
