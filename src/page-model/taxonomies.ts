import { topics, type TopicKey } from '../i18n/topics';
import { countryName } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { url } from '../i18n/routes';
import type { PublishedGroup } from './releases';

/** A topic, country or year with its URL and number of releases, as an index page lists it. */
export type Term = { label: string; url: string; count: number };

/** One way of grouping releases (by topic, country or year), with its index and listing routes. */
export interface Taxonomy {
	/** The route of the index page (all topics…) and of one term's listing (one topic…). */
	index: 'topics' | 'countries' | 'archive';
	route: 'topic' | 'country' | 'year';
	/** The releases filed under each term, newest first; only terms that have releases. */
	groups: Map<string, PublishedGroup[]>;
	label: (term: string, locale: Locale) => string;
	url: (term: string, locale: Locale, page?: number) => string;
	/** The URL of a term's RSS feed, for taxonomies that have feeds (topics). */
	feed?: (term: string, locale: Locale) => string;
	/** Terms sorted by label (alphabetically) or by value (years, newest first). */
	order: 'label' | 'newest';
}

function byTerm(groups: PublishedGroup[], termsOf: (g: PublishedGroup) => string[]) {
	const map = new Map<string, PublishedGroup[]>();
	for (const group of groups) {
		for (const term of termsOf(group)) {
			const list = map.get(term);
			if (list) list.push(group);
			else map.set(term, [group]);
		}
	}
	return map;
}

/** The site's three taxonomies over the published releases. */
export function taxonomies(groups: PublishedGroup[]): Taxonomy[] {
	return [
		{
			index: 'topics',
			route: 'topic',
			groups: byTerm(groups, (g) => g.topics),
			label: (topic, l) => topics[topic as TopicKey][l].label,
			url: (topic, l, page) => url('topic', l, { topic: topic as TopicKey, page }),
			feed: (topic, l) => url('topicFeed', l, { topic: topic as TopicKey }),
			order: 'label',
		},
		{
			index: 'countries',
			route: 'country',
			groups: byTerm(groups, (g) => g.countries),
			label: (country, l) => countryName(country, l),
			url: (country, l, page) => url('country', l, { country, page }),
			order: 'label',
		},
		{
			index: 'archive',
			route: 'year',
			groups: byTerm(groups, (g) => [String(g.date.getUTCFullYear())]),
			label: (year) => year,
			url: (year, l, page) => url('year', l, { year: Number(year), page }),
			order: 'newest',
		},
	];
}

/** The terms of a taxonomy as a locale's index page lists them. */
export function termsOf(taxonomy: Taxonomy, locale: Locale): Term[] {
	const terms = [...taxonomy.groups].map(([term, groups]) => ({
		label: taxonomy.label(term, locale),
		url: taxonomy.url(term, locale),
		count: groups.length,
	}));
	return taxonomy.order === 'label'
		? terms.sort((a, b) => a.label.localeCompare(b.label, locale))
		: terms.sort((a, b) => b.label.localeCompare(a.label));
}
