/** The search page's filters and results, drawn from what Pagefind returns. */
import { searchFilterKeys, searchFilters, type SearchFilterKey } from '../i18n/search-filters';
import type { PagefindResult } from './search-results';

/** Results per value of each filter (`{ topic: { 'counter-trafficking': 3 } }`). */
export type Counts = Record<string, Record<string, number>>;

/** The page's strings, from the site's dictionaries (SearchView.astro), with `{count}`… to fill. */
export interface Strings {
	results: string;
	resultsOne: string;
	none: string;
	loading: string;
	error: string;
	more: string;
	/** Offline, when some results' pages are not saved on this device (they are not shown). */
	offlineSome: string;
	/** Offline, when none of them is. */
	offlineNone: string;
	/** Under `astro dev`, before any build has written a search index. */
	needsBuild: string;
	/** Offline, when the index of the language searched is not in any cache. */
	indexNotSaved: string;
	/** Each filter's legend. */
	filters: Record<SearchFilterKey, string>;
	/** Labels of filter values (topic keys, country codes…); the language filter's are `languages`. */
	labels: Partial<Record<SearchFilterKey, Record<string, string>>>;
	languages: Record<string, string>;
	langs: Record<string, string>;
}

/** Draws one checkbox group per filter, keeping the values the reader had ticked. */
export function drawFilters(
	pane: HTMLElement,
	available: Counts,
	checked: Set<string>,
	strings: Strings,
	all: boolean,
) {
	pane.querySelectorAll('fieldset').forEach((f) => f.remove());
	const labels: Partial<Record<SearchFilterKey, Record<string, string>>> = {
		...strings.labels,
		language: strings.languages,
	};
	for (const key of searchFilterKeys) {
		const { order, acrossLanguagesOnly } = searchFilters[key];
		if (acrossLanguagesOnly && !all) continue;
		// Values are keys (topic key, country code, year, locale), shown by their label.
		const values = Object.entries(available[key] ?? {})
			.map(([value, count]) => ({ value, count, label: labels[key]?.[value] ?? value }))
			.sort((a, b) =>
				order === 'newest'
					? b.value.localeCompare(a.value)
					: a.label.localeCompare(b.label, document.documentElement.lang),
			);
		if (values.length === 0) continue;
		const fieldset = document.createElement('fieldset');
		const legend = document.createElement('legend');
		legend.textContent = strings.filters[key];
		fieldset.append(legend);
		for (const { value, count, label } of values) {
			const row = document.createElement('label');
			const box = document.createElement('input');
			box.type = 'checkbox';
			box.name = key;
			box.value = value;
			box.checked = checked.has(`${key}=${value}`);
			const name = document.createElement('span');
			name.textContent = label;
			const number = document.createElement('span');
			number.className = 'count';
			number.textContent = `(${count})`;
			row.append(box, name, number);
			fieldset.append(row);
		}
		pane.append(fieldset);
	}
}

/**
 * Shows, beside each filter value, how many results there would be with it checked too: the
 * current search's counts, or the index's totals when nothing is searched. Values are kept, at 0,
 * so a checked box never disappears from under the reader.
 */
export function showCounts(pane: HTMLElement, counts: Counts) {
	for (const box of pane.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
		const number = box.parentElement?.querySelector('.count');
		if (number) number.textContent = `(${counts[box.name]?.[box.value] ?? 0})`;
	}
}

export function drawResult(result: PagefindResult, strings: Strings, all: boolean): HTMLLIElement {
	const item = document.createElement('li');
	const heading = document.createElement('h2');
	const link = document.createElement('a');
	link.href = result.url;
	link.textContent = result.meta.title ?? result.url;
	const locale = result.meta.locale;
	const lang = locale ? strings.langs[locale] : undefined;
	if (all && lang && lang !== document.documentElement.lang) {
		link.lang = lang;
		link.hreflang = lang;
	}
	heading.append(link);
	const meta = document.createElement('p');
	meta.className = 'meta';
	if (all && locale && strings.languages[locale]) {
		const language = document.createElement('span');
		language.className = 'language';
		language.textContent = strings.languages[locale];
		meta.append(language, ' ');
	}
	meta.append([result.meta.date, result.meta.dateline].filter(Boolean).join(' · '));
	const excerpt = document.createElement('p');
	excerpt.className = 'excerpt';
	if (lang && lang !== document.documentElement.lang) excerpt.lang = lang;
	// Pagefind escapes the page text and adds only <mark> around the matched words.
	excerpt.innerHTML = result.excerpt;
	item.append(heading, meta, excerpt);
	return item;
}
