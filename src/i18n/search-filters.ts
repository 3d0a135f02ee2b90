// The search filters, written once: the build, the search page and its script all read them here.
import type { UiKey } from './ui/en';

/** How the search page shows one filter. */
interface SearchFilter {
	/** Dictionary key of the filter's legend. */
	legend: UiKey;
	/** Values sorted by their label, or by value, newest first (years). */
	order: 'label' | 'newest';
	/** Offered only when searching all languages (one index holds one language). */
	acrossLanguagesOnly?: true;
}

const definitions = {
	topic: { legend: 'search.filter.topic', order: 'label' },
	country: { legend: 'search.filter.country', order: 'label' },
	year: { legend: 'search.filter.year', order: 'newest' },
	type: { legend: 'search.filter.type', order: 'label' },
	language: { legend: 'search.filter.language', order: 'label', acrossLanguagesOnly: true },
} as const satisfies Record<string, SearchFilter>;

/** The name of a search filter. */
export type SearchFilterKey = keyof typeof definitions;

/**
 * The search filters, in the order the search page shows them. Each key is at once the name the
 * build gives Pagefind (`data-pagefind-filter`, src/components/SearchRecord.astro), the name of
 * the search page's checkboxes and URL parameters, and the key its script reads in Pagefind's
 * answers (src/browser/). Values are language-neutral keys (a topic key, an ISO country code, a
 * year, a type, a locale), so a search across languages counts one "Guatemala", not three.
 */
export const searchFilters: Readonly<Record<SearchFilterKey, SearchFilter>> = definitions;

/** The search filters' names, in the order the search page shows them. */
export const searchFilterKeys = Object.keys(searchFilters) as SearchFilterKey[];

/** A page's values of each search filter, or the values a search asks for. */
export type FilterValues = Partial<Record<SearchFilterKey, string[]>>;
