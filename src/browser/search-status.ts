/** The search page's status line: what a search found, or why it could not run. */
import { fill } from './fill';
import type { Strings } from './search-render';

/** What the first batch of a search's results showed. */
export interface Outcome {
	/** Results found, over every index searched. */
	total: number;
	query: string;
	/** Results the page tried to show so far. */
	shown: number;
	/** Of those, the ones whose page, offline, was never saved (not shown). */
	missing: number;
}

/**
 * The status announced once the first results are on the page: how many, and offline, which show.
 * @example resultsStatus(strings, { total: 1, query: 'shelter', shown: 1, missing: 0 }, 'en') // => '1 result for “shelter”'
 */
export function resultsStatus(strings: Strings, outcome: Outcome, lang: string): string {
	const { total, query, shown, missing } = outcome;
	const heading =
		total === 0
			? fill(strings.none, { query })
			: fill(total === 1 ? strings.resultsOne : strings.results, {
					count: total.toLocaleString(lang),
					query,
				});
	const offline =
		missing === 0 ? '' : missing === shown ? strings.offlineNone : strings.offlineSome;
	return offline ? `${heading}. ${offline}` : heading;
}

/**
 * The status when a search failed: offline, Pagefind itself cannot load unless the language was
 * saved; under `astro dev`, the dev server serves the last build's index, and there may be none.
 */
export function failureStatus(
	strings: Strings,
	{ notSaved, devServer }: { notSaved: boolean; devServer: boolean },
): string {
	if (notSaved) return strings.indexNotSaved;
	return devServer ? strings.needsBuild : strings.error;
}
