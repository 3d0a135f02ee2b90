/** The search form and the URL: what the reader asked for, so a search can be shared. */
import { searchFilterKeys, type FilterValues } from '../i18n/search-filters';

/** A search as the form holds it. */
export type SearchState = ReturnType<typeof readForm>;

/** What the reader asked for, read from the form. */
export function readForm(form: HTMLFormElement) {
	const data = new FormData(form);
	const filters: FilterValues = {};
	for (const key of searchFilterKeys) {
		const values = data.getAll(key).map(String);
		if (values.length > 0) filters[key] = values;
	}
	return {
		query: (form.elements.namedItem('q') as HTMLInputElement).value.trim(),
		all: data.get('all') === '1',
		newest: data.get('sort') === 'newest',
		filters,
	};
}

/** Sets the form from the URL, so a shared link runs the same search. */
export function writeForm(form: HTMLFormElement, params: URLSearchParams): Set<string> {
	(form.elements.namedItem('q') as HTMLInputElement).value = params.get('q') ?? '';
	(form.elements.namedItem('all') as HTMLInputElement).checked = params.get('all') === '1';
	(form.elements.namedItem('sort') as HTMLSelectElement).value =
		params.get('sort') === 'newest' ? 'newest' : '';
	return new Set(searchFilterKeys.flatMap((key) => params.getAll(key).map((v) => `${key}=${v}`)));
}

export function toParams(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	if (state.all) params.set('all', '1');
	if (state.newest) params.set('sort', 'newest');
	for (const [key, values] of Object.entries(state.filters))
		for (const value of values) params.append(key, value);
	const search = params.toString();
	return search ? `?${search}` : location.pathname;
}
