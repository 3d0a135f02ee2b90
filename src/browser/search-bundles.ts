/**
 * The search page's Pagefind bundles: loading a locale's once, searching several at a time, and,
 * offline, whether their index was saved on this device.
 */
import { highlightParam, serviceWorkerUrl } from '../i18n/file-routes';
import type { SearchState } from './search-form';
import type { Counts } from './search-render';
import type { Hit } from './search-results';

/** The part of Pagefind's browser API this page uses (pagefind.js, written by the build). */
export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<Counts>;
	search(
		query: string | null,
		options: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> },
	): Promise<{ results: Hit[]; filters: Counts } | null>;
}

/**
 * Loads one locale's Pagefind bundle once. Each bundle's `pagefind.js` is a separate module
 * instance with its own index and stemmer (it picks the bundle's only language).
 */
const bundles = new Map<string, Promise<Pagefind>>();
export function load(bundle: string): Promise<Pagefind> {
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
