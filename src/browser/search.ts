/**
 * The search page's behaviour: reads the form (and the URL, so searches can be shared), asks
 * Pagefind, and draws filters and results. Pagefind's own JS API does the searching; this code
 * only renders, so every string shown comes from the site's dictionaries (passed in the page).
 *
 * The filters load when the reader opens their pane (or when the URL already names a value):
 * Pagefind's filter data lists every page under each value, so at 10,000 releases a language it
 * is about 140 KB, which a first search would otherwise wait for: opening the pane takes about
 * 0.8 s there (`npm run bench:search`, BENCHMARKS.md). A search without them fetches only its
 * words' chunks.
 */

import { highlightParam, serviceWorkerUrl } from '../i18n/file-routes';
import { registerAfter } from './register-worker';
import { fill } from './fill';
import { readForm, toParams, writeForm } from './search-form';
import { drawFilters, drawResult, showCounts, type Counts, type Strings } from './search-render';
import { mergeFilters, ranking, type Hit } from './search-results';

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
			// Each result's URL carries the searched words, which the opened page marks (highlight.ts).
			await module.options({ excerptLength: 24, highlightParam });
			await module.init();
			return module;
		})();
		// A bundle that failed to load (offline, say) is tried again by the next search.
		pagefind.catch(() => bundles.delete(bundle));
		bundles.set(bundle, pagefind);
	}
	return pagefind;
}

/**
 * Whether some of a bundle's index chunks are in the service worker's caches. Offline, Pagefind
 * answers a search whose chunks it cannot fetch with no results (it only logs the failure), so
 * an empty answer offline is explained by this rather than by "no results".
 */
async function indexSaved(bundle: string): Promise<boolean> {
	if (!('caches' in window)) return false;
	for (const name of await caches.keys()) {
		const requests = await (await caches.open(name)).keys();
		if (requests.some((r) => new URL(r.url).pathname.startsWith(`${bundle}index/`))) return true;
	}
	return false;
}

/**
 * Whether the site answers over the network: `navigator.onLine` can say true with no connection
 * (and does under Chromium's offline emulation), so ask for the one file the service worker
 * never answers from its caches.
 */
async function reachable(): Promise<boolean> {
	try {
		await fetch(serviceWorkerUrl, { method: 'HEAD', cache: 'no-store' });
		return true;
	} catch {
		return false;
	}
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
	const pane = form.querySelector<HTMLDetailsElement>('details.filters')!;
	const input = form.elements.namedItem('q') as HTMLInputElement;

	let run = 0;
	let checked = writeForm(form, new URLSearchParams(location.search));
	/** The index's own counts, shown while nothing is searched. */
	let totals: Counts = {};
	/** Whether the filters of the current language choice are drawn (they load on demand). */
	let drawn = false;
	pane.hidden = false;
	if (checked.size > 0) pane.open = true;

	async function update(options: { redrawFilters: boolean }) {
		const current = ++run;
		const state = readForm(form!);
		history.replaceState(null, '', toParams(state));
		const names = state.all ? form!.dataset.bundles!.split(' ') : [form!.dataset.bundle!];
		status.textContent = strings.loading;
		try {
			const instances = await Promise.all(names.map(load));
			if (options.redrawFilters && drawn) {
				// Another language choice: its filters are drawn again when the pane is open.
				pane.querySelectorAll('fieldset').forEach((f) => f.remove());
				drawn = false;
			}
			if (pane.open && !drawn) {
				totals = mergeFilters(await Promise.all(instances.map((p) => p.filters())));
				drawFilters(pane, totals, checked, strings, state.all);
				drawn = true;
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
			if (results.total === 0 && !(await reachable())) {
				const saved = await Promise.all(names.map(indexSaved));
				if (current !== run) return;
				if (saved.includes(false)) {
					status.textContent = strings.indexNotSaved;
					return;
				}
			}
			// Announced once the first results are on the page: how many, and offline, which show.
			const query = state.query;
			const heading =
				results.total === 0
					? fill(strings.none, { query })
					: fill(results.total === 1 ? strings.resultsOne : strings.results, {
							count: results.total.toLocaleString(document.documentElement.lang),
							query,
						});
			const offline =
				missing === 0 ? '' : missing === shown ? strings.offlineNone : strings.offlineSome;
			status.textContent = offline ? `${heading}. ${offline}` : heading;
		} catch (error) {
			if (current !== run) return;
			// Offline, Pagefind itself cannot load unless the language was saved.
			const notSaved =
				!(await reachable()) && (await Promise.all(names.map(indexSaved))).includes(false);
			if (current !== run) return;
			// Under `astro dev`, the dev server serves the last build's index: there may be none.
			status.textContent = notSaved
				? strings.indexNotSaved
				: __DEV_SERVER__
					? strings.needsBuild
					: strings.error;
			if (!notSaved && !__DEV_SERVER__) console.error(error);
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
	pane.addEventListener('toggle', () => {
		if (pane.open && !drawn) void update({ redrawFilters: false });
	});
	form.addEventListener('change', (event) => {
		const target = event.target as HTMLInputElement;
		if (target === input) return;
		if (target.name === 'all') {
			checked = new Set();
			void update({ redrawFilters: true });
		} else void update({ redrawFilters: false });
	});
	// The service worker's first downloads wait for this search (register-worker.ts).
	const first = update({ redrawFilters: true });
	registerAfter(first);
	void first.then(() => {
		if (!input.value) input.focus();
	});
}
