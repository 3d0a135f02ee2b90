// The one taxonomy module: every way releases are filed (topics, countries, years), with what
// listings, term index pages, search filters and feeds need to know of each.
import { countryName } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { url } from '../i18n/routes';
import { releaseTypes, type ReleaseType } from '../i18n/release-types';
import { topics, type TopicKey } from '../i18n/topics';
import type { FilterValues, SearchFilterKey } from '../i18n/search-filters';
import type { UiKey } from '../i18n/ui/en';
import type { ReleaseGroup } from './publishing';

/** What a taxonomy reads of a release: the fields every translation shares. */
type Filed = Pick<ReleaseGroup<unknown>, 'date' | 'countries' | 'topics' | 'type'>;

/** How one taxonomy files releases, with its terms typed (`TopicKey` for topics…). */
interface TaxonomyDefinition<Term extends string> {
	/** The route of the index page (all topics…) and of one term's listing (one topic…). */
	index: 'topics' | 'countries' | 'archive' | 'types';
	route: 'topic' | 'country' | 'year' | 'type';
	/** The terms a release is filed under. Also the values of its search filter. */
	termsOf: (release: Filed) => readonly Term[];
	label: (term: Term, locale: Locale) => string;
	url: (term: Term, locale: Locale, page?: number) => string;
	/** The URL of a term's RSS feed, for taxonomies whose terms have feeds. */
	feed?: (term: Term, locale: Locale) => string;
	/** Terms sorted by label (alphabetically) or by value (years, newest first). */
	order: 'label' | 'newest';
	/** Whether the search page offers a filter on it whose values are labelled (years label themselves). */
	labelledFilter: boolean;
	/** Dictionary keys of the index page and of a term's listing (`{term}` is the term). */
	text: {
		index: UiKey;
		indexLead: UiKey;
		title: UiKey;
		lead: UiKey;
		/** A term's feed: its title, description and link text. */
		feed?: { title: UiKey; description: UiKey; link: UiKey };
	};
}

/** One term of a taxonomy in this build, with the releases filed under it, newest first. */
export interface TermEntry<Group> {
	/** The language-neutral value: a topic key, a country code, a year. */
	key: string;
	groups: Group[];
	label: (locale: Locale) => string;
	url: (locale: Locale, page?: number) => string;
	feed?: ((locale: Locale) => string) | undefined;
}

/** A taxonomy, with its terms typed away: what the rest of the site works with. */
export type Taxonomy = Omit<TaxonomyDefinition<string>, 'termsOf' | 'label' | 'url' | 'feed'> & {
	key: TaxonomyKey;
	/** The values of a release's search filter. */
	filterValues: (release: Filed) => string[];
	/** Whether its terms have feeds. */
	hasFeeds: boolean;
	/** The terms that have releases among `groups` (in the order of `groups`, newest first). */
	terms: <Group extends Filed>(groups: Group[]) => TermEntry<Group>[];
};

function define<Term extends string>(
	key: TaxonomyKey,
	{ termsOf, label, url: urlOf, feed, ...rest }: TaxonomyDefinition<Term>,
): Taxonomy {
	return {
		key,
		...rest,
		filterValues: (release) => [...termsOf(release)],
		hasFeeds: feed !== undefined,
		terms: (groups) => {
			const byTerm = new Map<Term, (typeof groups)[number][]>();
			for (const group of groups) {
				for (const term of termsOf(group)) {
					const list = byTerm.get(term);
					if (list) list.push(group);
					else byTerm.set(term, [group]);
				}
			}
			return [...byTerm].map(([term, list]) => ({
				key: term,
				groups: list,
				label: (l) => label(term, l),
				url: (l, page) => urlOf(term, l, page),
				feed: feed && ((l) => feed(term, l)),
			}));
		},
	};
}

/** The taxonomy keys, which are also the names of their search filters (src/i18n/search-filters.ts). */
export type TaxonomyKey = Extract<SearchFilterKey, 'topic' | 'country' | 'year' | 'type'>;

/** Every taxonomy, by key. */
export const taxonomies: Record<TaxonomyKey, Taxonomy> = {
	topic: define<TopicKey>('topic', {
		index: 'topics',
		route: 'topic',
		termsOf: (release) => release.topics,
		label: (topic, l) => topics[topic][l].label,
		url: (topic, l, page) => url('topic', l, { topic, page }),
		feed: (topic, l) => url('topicFeed', l, { topic }),
		order: 'label',
		labelledFilter: true,
		text: {
			index: 'topics.title',
			indexLead: 'topics.lead',
			title: 'topic.title',
			lead: 'topic.lead',
			feed: {
				title: 'feed.topicTitle',
				description: 'feed.topicDescription',
				link: 'feed.topicLink',
			},
		},
	}),
	country: define<string>('country', {
		index: 'countries',
		route: 'country',
		termsOf: (release) => release.countries,
		label: (country, l) => countryName(country, l),
		url: (country, l, page) => url('country', l, { country, page }),
		feed: (country, l) => url('countryFeed', l, { country }),
		order: 'label',
		labelledFilter: true,
		text: {
			index: 'countries.title',
			indexLead: 'countries.lead',
			title: 'country.title',
			lead: 'country.lead',
			feed: {
				title: 'feed.countryTitle',
				description: 'feed.countryDescription',
				link: 'feed.countryLink',
			},
		},
	}),
	year: define<string>('year', {
		index: 'archive',
		route: 'year',
		termsOf: (release) => [String(release.date.getUTCFullYear())],
		label: (year) => year,
		url: (year, l, page) => url('year', l, { year: Number(year), page }),
		order: 'newest',
		labelledFilter: false,
		text: {
			index: 'archive.title',
			indexLead: 'archive.lead',
			title: 'year.title',
			lead: 'year.lead',
		},
	}),
	type: define<ReleaseType>('type', {
		index: 'types',
		route: 'type',
		termsOf: (release) => [release.type],
		label: (type, l) => releaseTypes[type][l].label,
		url: (type, l, page) => url('type', l, { type, page }),
		order: 'label',
		labelledFilter: true,
		text: {
			index: 'types.title',
			indexLead: 'types.lead',
			title: 'type.title',
			lead: 'type.lead',
		},
	}),
};

/** Every taxonomy, in the order the site lists them. */
export const taxonomyList: Taxonomy[] = [
	taxonomies.topic,
	taxonomies.country,
	taxonomies.year,
	taxonomies.type,
];

/** A topic, country or year with its URL and number of releases, as an index page lists it. */
export type Term = { label: string; url: string; count: number };

/** The terms of a taxonomy as a locale's index page lists them. */
export function termList<Group>(
	taxonomy: Taxonomy,
	entries: TermEntry<Group>[],
	locale: Locale,
): Term[] {
	const terms = entries.map((entry) => ({
		label: entry.label(locale),
		url: entry.url(locale),
		count: entry.groups.length,
	}));
	return taxonomy.order === 'label'
		? terms.sort((a, b) => a.label.localeCompare(b.label, locale))
		: terms.sort((a, b) => b.label.localeCompare(a.label));
}

/** The search filters of a release: each taxonomy's values (language-neutral keys). */
export function filterValuesOf(release: Filed): FilterValues {
	return Object.fromEntries(taxonomyList.map((t) => [t.key, t.filterValues(release)]));
}
