/**
 * The search page's behaviour: reads the form (and the URL, so searches can be shared), asks
 * Pagefind, and draws filters and results. Pagefind's own JS API does the searching; this file
 * only renders, so every string shown comes from the site's dictionaries (passed in the page).
 */

import { fill } from './fill';
import { mergeFilters, ranking, type Hit, type PagefindResult } from './search-results';

/** Results per value of each filter (`{ topic: { 'counter-trafficking': 3 } }`). */
type Counts = Record<string, Record<string, number>>;

/** The part of Pagefind's browser API this page uses (pagefind.js, written by the build). */
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<Counts>;
	search(
		query: string | null,
		options: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> },
	): Promise<{ results: Hit[]; filters: Counts } | null>;
}

interface Strings {
	results: string;
	resultsOne: string;
	none: string;
	loading: string;
	error: string;
	more: string;
	notSaved: string;
	notSavedOne: string;
	filters: Record<string, string>;
	labels: Record<string, Record<string, string>>;
	languages: Record<string, string>;
	langs: Record<string, string>;
}

/** Filters shown, in this order; `language` is offered only when searching all languages. */
const filterKeys = ['topic', 'country', 'year', 'language'] as const;
/** Results drawn per batch. */
const batch = 10;

/**
 * Loads one locale's Pagefind bundle once. Each bundle's `pagefind.js` is a separate module
 * instance with its own index and stemmer (it picks the bundle's only language).
 */
const bundles = new Map<string, Promise<Pagefind>>();
function load(bundle: string): Promise<Pagefind> {
	let pagefind = bundles.get(bundle);
	if (!pagefind) {
		pagefind = (async () => {
			const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
			await module.options({ excerptLength: 24 });
			await module.init();
			return module;
		})();
		// A bundle that failed to load (offline, say) is tried again by the next search.
		pagefind.catch(() => bundles.delete(bundle));
		bundles.set(bundle, pagefind);
	}
	return pagefind;
}

/** What the reader asked for, read from the form. */
function readForm(form: HTMLFormElement) {
	const data = new FormData(form);
	const filters: Record<string, string[]> = {};
	for (const key of filterKeys) {
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
function writeForm(form: HTMLFormElement, params: URLSearchParams): Set<string> {
	(form.elements.namedItem('q') as HTMLInputElement).value = params.get('q') ?? '';
	(form.elements.namedItem('all') as HTMLInputElement).checked = params.get('all') === '1';
	(form.elements.namedItem('sort') as HTMLSelectElement).value =
		params.get('sort') === 'newest' ? 'newest' : '';
	return new Set(filterKeys.flatMap((key) => params.getAll(key).map((v) => `${key}=${v}`)));
}

function toParams(state: ReturnType<typeof readForm>): string {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	if (state.all) params.set('all', '1');
	if (state.newest) params.set('sort', 'newest');
	for (const [key, values] of Object.entries(state.filters))
		for (const value of values) params.append(key, value);
	const search = params.toString();
	return search ? `?${search}` : location.pathname;
}

/** Draws one checkbox group per filter, keeping the values the reader had ticked. */
function drawFilters(
	pane: HTMLElement,
	available: Counts,
	checked: Set<string>,
	strings: Strings,
	all: boolean,
) {
	pane.querySelectorAll('fieldset').forEach((f) => f.remove());
	const labels: Record<string, Record<string, string> | undefined> = {
		...strings.labels,
		language: strings.languages,
	};
	for (const key of filterKeys) {
		// One index holds one language: a language filter only helps across all of them.
		if (key === 'language' && !all) continue;
		// Values are keys (topic key, country code, year, locale), shown by their label.
		const values = Object.entries(available[key] ?? {})
			.map(([value, count]) => ({ value, count, label: labels[key]?.[value] ?? value }))
			.sort((a, b) =>
				key === 'year'
					? b.value.localeCompare(a.value)
					: a.label.localeCompare(b.label, document.documentElement.lang),
			);
		if (values.length === 0) continue;
		const fieldset = document.createElement('fieldset');
		const legend = document.createElement('legend');
		legend.textContent = strings.filters[key] ?? key;
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
	pane.hidden = pane.querySelector('fieldset') === null;
}

/**
 * Shows, beside each filter value, how many results there would be with it checked too: the
 * current search's counts, or the index's totals when nothing is searched. Values are kept, at 0,
 * so a checked box never disappears from under the reader.
 */
function showCounts(pane: HTMLElement, counts: Counts) {
	for (const box of pane.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
		const number = box.parentElement?.querySelector('.count');
		if (number) number.textContent = `(${counts[box.name]?.[box.value] ?? 0})`;
	}
}

function drawResult(result: PagefindResult, strings: Strings, all: boolean): HTMLLIElement {
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

/** Wires the search page; does nothing on pages without the search form. */
export function startSearch(): void {
	const form = document.querySelector<HTMLFormElement>('form.search-form');
	const template = document.querySelector<HTMLTemplateElement>('#search-strings');
	if (!form || !template) return;
	const strings = JSON.parse(template.dataset.strings ?? '{}') as Strings;
	const status = form.querySelector<HTMLElement>('.status')!;
	const list = form.querySelector<HTMLOListElement>('.results')!;
	const more = form.querySelector<HTMLButtonElement>('.more')!;
	const pane = form.querySelector<HTMLElement>('.filters')!;
	const input = form.elements.namedItem('q') as HTMLInputElement;

	let run = 0;
	let checked = writeForm(form, new URLSearchParams(location.search));
	/** The index's own counts, shown while nothing is searched. */
	let totals: Counts = {};

	async function update(options: { redrawFilters: boolean }) {
		const current = ++run;
		const state = readForm(form!);
		history.replaceState(null, '', toParams(state));
		const names = state.all ? form!.dataset.bundles!.split(' ') : [form!.dataset.bundle!];
		status.textContent = strings.loading;
		try {
			const instances = await Promise.all(names.map(load));
			if (options.redrawFilters) {
				totals = mergeFilters(await Promise.all(instances.map((p) => p.filters())));
				drawFilters(pane, totals, checked, strings, state.all);
				// Keep only the filters on offer (`language` only in all languages).
				Object.assign(state, { filters: readForm(form!).filters });
			}
			const hasFilters = Object.keys(state.filters).length > 0;
			if (!state.query && !hasFilters) {
				if (current !== run) return;
				list.replaceChildren();
				more.hidden = true;
				status.textContent = '';
				showCounts(pane, totals);
				return;
			}
			const found = await Promise.all(
				instances.map((pagefind) =>
					pagefind.search(state.query || null, {
						filters: state.filters,
						...(state.newest ? { sort: { date: 'desc' } } : {}),
					}),
				),
			);
			if (current !== run || found.some((f) => f === null)) return;
			showCounts(pane, mergeFilters(found.map((f) => f!.filters)));
			const results = ranking(
				found.map((f) => f!.results),
				state.newest,
			);
			list.replaceChildren();
			let shown = 0;
			// Offline, a result whose page was never saved cannot be shown: count, don't fail.
			let missing = 0;
			const showMore = async () => {
				const settled = await results.next(batch);
				if (current !== run) return;
				const next = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
				missing += settled.length - next.length;
				const items = next.map((r) => drawResult(r, strings, state.all));
				list.append(...items);
				if (shown > 0) items[0]?.querySelector('a')?.focus();
				shown += settled.length;
				more.hidden = shown >= results.total;
			};
			more.onclick = () => void showMore();
			await showMore();
			if (current !== run) return;
			// Announced once the first results are on the page.
			const query = state.query;
			status.textContent =
				results.total === 0
					? fill(strings.none, { query })
					: fill(results.total === 1 ? strings.resultsOne : strings.results, {
							count: results.total.toLocaleString(document.documentElement.lang),
							query,
						}) +
						(missing > 0
							? ` ${fill(missing === 1 ? strings.notSavedOne : strings.notSaved, { count: missing })}`
							: '');
		} catch (error) {
			if (current !== run) return;
			status.textContent = strings.error;
			console.error(error);
		}
	}

	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => void update({ redrawFilters: false }), 250);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		void update({ redrawFilters: false });
	});
	form.addEventListener('change', (event) => {
		const target = event.target as HTMLInputElement;
		if (target === input) return;
		if (target.name === 'all') {
			checked = new Set();
			void update({ redrawFilters: true });
		} else void update({ redrawFilters: false });
	});
	void update({ redrawFilters: true }).then(() => {
		if (!input.value) input.focus();
	});
}
