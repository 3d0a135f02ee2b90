/**
 * The search page's behaviour: reads the form (and the URL, so searches can be shared), asks
 * Pagefind, and draws filters and results. Pagefind's own JS API does the searching; this code
 * only renders, so every string shown comes from the site's dictionaries (passed in the page).
 *
 * The filters load when the reader opens their pane (or when the URL already names a value):
 * Pagefind's filter data lists every page under each value, so at archive scale it weighs more
 * than a first search needs (`npm run bench:search`, BENCHMARKS.md). A search without them
 * fetches only its words' chunks.
 */

import { registerAfter } from './register-worker';
import { load, searchAll, unsavedOffline, type Pagefind } from './search-bundles';
import { readForm, toParams, writeForm, type SearchState } from './search-form';
import { drawFilters, drawResult, showCounts, type Counts, type Strings } from './search-render';
import { mergeFilters, ranking } from './search-results';
import { failureStatus, resultsStatus, type Outcome } from './search-status';

/** Results drawn per batch. */
const batch = 10;

/** The search page's parts, found once. */
interface SearchPage {
	form: HTMLFormElement;
	input: HTMLInputElement;
	status: HTMLElement;
	list: HTMLOListElement;
	more: HTMLButtonElement;
	pane: HTMLDetailsElement;
	strings: Strings;
}

/** What the page keeps between searches. */
interface Session {
	/** The latest search's number: an older one stops drawing when a newer one starts. */
	run: number;
	/** The filter values ticked (`topic=health`), kept while the filters are drawn again. */
	checked: Set<string>;
	/** The index's own counts, shown while nothing is searched. */
	totals: Counts;
	/** Whether the filters of the current language choice are drawn (they load on demand). */
	drawn: boolean;
}

/** The search page's parts, or undefined on pages without the search form. */
function findPage(): SearchPage | undefined {
	const form = document.querySelector<HTMLFormElement>('form.search-form');
	const template = document.querySelector<HTMLTemplateElement>('#search-strings');
	if (!form || !template) return undefined;
	return {
		form,
		input: form.elements.namedItem('q') as HTMLInputElement,
		status: form.querySelector<HTMLElement>('.status')!,
		list: form.querySelector<HTMLOListElement>('.results')!,
		more: form.querySelector<HTMLButtonElement>('.more')!,
		pane: form.querySelector<HTMLDetailsElement>('details.filters')!,
		strings: JSON.parse(template.dataset.strings ?? '{}') as Strings,
	};
}

/** The bundles a search reads: the parts of the page's locale's index, or every locale's. */
const bundlesFor = (form: HTMLFormElement, all: boolean): string[] =>
	(all ? form.dataset.bundles! : form.dataset.bundle!).split(' ');

/**
 * Draws the filters when their pane is open and they are not drawn yet (after another language
 * choice, they are drawn again), and keeps in `state` only the filters on offer.
 */
async function drawFiltersIfOpen(
	page: SearchPage,
	session: Session,
	instances: Pagefind[],
	state: SearchState,
	redraw: boolean,
) {
	if (redraw && session.drawn) {
		page.pane.querySelectorAll('fieldset').forEach((f) => f.remove());
		session.drawn = false;
	}
	if (!page.pane.open || session.drawn) return;
	session.totals = mergeFilters(await Promise.all(instances.map((p) => p.filters())));
	drawFilters(page.pane, session.totals, session.checked, page.strings, state.all);
	session.drawn = true;
	// Keep only the filters on offer (`language` only in all languages).
	state.filters = readForm(page.form).filters;
}

/** Empties the results while nothing is searched, showing the index's counts by the filters. */
function clearResults(page: SearchPage, totals: Counts) {
	page.list.replaceChildren();
	page.more.hidden = true;
	page.status.textContent = '';
	showCounts(page.pane, totals);
}

/**
 * Draws the results a batch at a time (the "more" button asks for the next) and returns what
 * the first batch showed. Offline, a result whose page was never saved cannot be shown: it is
 * counted, not failed.
 */
async function drawResults(
	page: SearchPage,
	results: ReturnType<typeof ranking>,
	all: boolean,
	isCurrent: () => boolean,
): Promise<Omit<Outcome, 'query'>> {
	page.list.replaceChildren();
	let shown = 0;
	let missing = 0;
	const showMore = async () => {
		const settled = await results.next(batch);
		if (!isCurrent()) return;
		const next = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
		missing += settled.length - next.length;
		const items = next.map((r) => drawResult(r, page.strings, all));
		page.list.append(...items);
		if (shown > 0) items[0]?.querySelector('a')?.focus();
		shown += settled.length;
		page.more.hidden = shown >= results.total;
	};
	page.more.onclick = () => void showMore();
	await showMore();
	return { total: results.total, shown, missing };
}

/** Runs the search the form holds, keeping the URL in step, and draws what it finds. */
async function update(page: SearchPage, session: Session, redrawFilters: boolean) {
	const run = ++session.run;
	const isCurrent = () => run === session.run;
	const state = readForm(page.form);
	history.replaceState(null, '', toParams(state));
	const names = bundlesFor(page.form, state.all);
	page.status.textContent = page.strings.loading;
	try {
		const loaded = await Promise.all(names.map(load));
		const instances = loaded.filter((p) => p !== undefined);
		// The bundles that index something: an empty one has no index to save offline.
		const indexing = names.filter((_, i) => loaded[i]);
		await drawFiltersIfOpen(page, session, instances, state, redrawFilters);
		if (!state.query && Object.keys(state.filters).length === 0) {
			if (isCurrent()) clearResults(page, session.totals);
			return;
		}
		const found = await searchAll(instances, state);
		if (!isCurrent() || !found) return;
		showCounts(page.pane, mergeFilters(found.map((f) => f.filters)));
		const results = ranking(
			found.map((f) => f.results),
			state.newest,
		);
		const outcome = await drawResults(page, results, state.all, isCurrent);
		if (!isCurrent()) return;
		const notSaved = results.total === 0 && (await unsavedOffline(indexing));
		if (!isCurrent()) return;
		page.status.textContent = notSaved
			? page.strings.indexNotSaved
			: resultsStatus(
					page.strings,
					{ ...outcome, query: state.query },
					document.documentElement.lang,
				);
	} catch (error) {
		if (!isCurrent()) return;
		const notSaved = await unsavedOffline(names);
		if (!isCurrent()) return;
		page.status.textContent = failureStatus(page.strings, {
			notSaved,
			devServer: __DEV_SERVER__,
		});
		if (!notSaved && !__DEV_SERVER__) console.error(error);
	}
}

/** Searches as the reader types (after a pause), submits, ticks a filter or opens the pane. */
function listen(page: SearchPage, session: Session, search: (redrawFilters: boolean) => void) {
	let timer: ReturnType<typeof setTimeout> | undefined;
	page.input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => search(false), 250);
	});
	page.form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		search(false);
	});
	page.pane.addEventListener('toggle', () => {
		if (page.pane.open && !session.drawn) search(false);
	});
	page.form.addEventListener('change', (event) => {
		const target = event.target as HTMLInputElement;
		if (target === page.input) return;
		// Another language choice: the values ticked were of the other filters.
		if (target.name === 'all') session.checked = new Set();
		search(target.name === 'all');
	});
}

/** Wires the search page; does nothing on pages without the search form. */
export function startSearch(): void {
	const page = findPage();
	if (!page) return;
	const session: Session = {
		run: 0,
		checked: writeForm(page.form, new URLSearchParams(location.search)),
		totals: {},
		drawn: false,
	};
	page.pane.hidden = false;
	if (session.checked.size > 0) page.pane.open = true;
	listen(page, session, (redrawFilters) => void update(page, session, redrawFilters));
	// The service worker's first downloads wait for this search (register-worker.ts).
	const first = update(page, session, true);
	registerAfter(first);
	void first.then(() => {
		if (!page.input.value) page.input.focus();
	});
}
