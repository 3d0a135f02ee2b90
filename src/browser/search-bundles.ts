/**
 * The search page's Pagefind bundles (the recent and archive parts of each language's index,
 * file-routes.ts): loading each once, searching several at a time, and, offline, whether their
 * index was saved on this device.
 */
import { highlightParam, runtimePart, serviceWorkerUrl } from '../i18n/file-routes';
import type { SearchState } from './search-form';
import type { Counts } from './search-render';
import type { Hit } from './search-results';

/** The part of Pagefind's browser API this page uses, for one bundle (pagefind.js). */
export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<Counts>;
	search(
		query: string | null,
		options?: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> },
	): Promise<{ results: Hit[]; filters: Counts } | null>;
}

/** Pagefind's module: each import of a bundle's pagefind.js URL is one, with one worker. */
interface PagefindModule {
	createInstance(options: { basePath: string }): Pagefind;
}

/** The runtime part's bundle of the language of `bundle` (file-routes.ts). */
const runtimeOf = (bundle: string) => bundle.replace(/[^/]+\/$/, `${runtimePart}/`);

/**
 * One module per language (`/pagefind/en/`), from its runtime part. Both parts of a language's
 * index are instances of it: they share its worker and WebAssembly (and stemmer), which a module
 * loads once. Languages need modules of their own, each with its own stemmer.
 */
const modules = new Map<string, Promise<PagefindModule>>();
function moduleFor(bundle: string): Promise<PagefindModule> {
	const runtime = runtimeOf(bundle);
	let module = modules.get(runtime);
	if (!module) {
		module = import(/* @vite-ignore */ `${runtime}pagefind.js`) as Promise<PagefindModule>;
		module.catch(() => modules.delete(runtime));
		modules.set(runtime, module);
	}
	return module;
}

/**
 * Whether a bundle's index has pages: the archive part of a language whose releases are all of
 * one year has none, and Pagefind, asked to load it, would fail with an error.
 */
async function indexesPages(bundle: string): Promise<boolean> {
	const response = await fetch(`${bundle}pagefind-entry.json`);
	if (!response.ok) throw new Error(`${bundle}pagefind-entry.json: ${response.status}`);
	const entry = (await response.json()) as { languages?: Record<string, unknown> };
	return Object.keys(entry.languages ?? {}).length > 0;
}

/**
 * Loads one Pagefind bundle once; undefined when its index has no pages. The runtime part's
 * instance loads first and alone: its bundle holds the worker the module starts with its first
 * instance, and two instances of one worker that load the WebAssembly at the same time overwrite
 * each other's memory. Started once it is ready, an instance finds the WebAssembly loaded (and
 * the file, which both parts name, in the HTTP cache). Whether the other part has pages is asked
 * meanwhile.
 */
const bundles = new Map<string, Promise<Pagefind | undefined>>();
export function load(bundle: string): Promise<Pagefind | undefined> {
	let pagefind = bundles.get(bundle);
	if (!pagefind) {
		pagefind = (async () => {
			const module = await moduleFor(bundle);
			if (bundle !== runtimeOf(bundle)) {
				const [pages] = await Promise.all([indexesPages(bundle), load(runtimeOf(bundle))]);
				if (!pages) return undefined;
			}
			const instance = module.createInstance({ basePath: bundle });
			// Each result's URL carries the searched words, which the opened page marks (highlight.ts).
			await instance.options({ excerptLength: 24, highlightParam });
			await instance.init();
			// Resolves once the index and WebAssembly are loaded: an empty search finds nothing.
			await instance.search('');
			return instance;
		})();
		// A bundle that failed to load (offline, say) is tried again by the next search.
		pagefind.catch(() => bundles.delete(bundle));
		bundles.set(bundle, pagefind);
	}
	return pagefind;
}

/**
 * Runs one search in every bundle given; undefined when Pagefind dropped it (a newer search
 * superseded it).
 */
export async function searchAll(instances: Pagefind[], state: SearchState) {
	const found = await Promise.all(
		instances.map((pagefind) =>
			pagefind.search(state.query || null, {
				filters: state.filters,
				...(state.newest ? { sort: { date: 'desc' } } : {}),
			}),
		),
	);
	return found.every((f) => f !== null) ? found : undefined;
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

/** Whether the site is out of reach and the index of one of `names` was never saved here. */
export async function unsavedOffline(names: string[]): Promise<boolean> {
	return !(await reachable()) && (await Promise.all(names.map(indexSaved))).includes(false);
}
