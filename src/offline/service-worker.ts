/// <reference lib="webworker" />
/**
 * The service worker, bundled to /sw.js by src/integrations/offline.ts with the build's version,
 * locales, shell files and offline pages. Pages are served network-first (a reader online always
 * gets the current site), content-hashed files cache-first; a page never seen answers offline
 * with its locale's offline page. Files of releases (/files/) are network-first too, so those
 * "Read offline" saved with their pages open offline.
 */
import { fragmentShard, offlineManifest, offlineSummary } from '../i18n/file-routes';
import {
	cacheNames,
	isStale,
	localeOf,
	shardOf,
	strategyFor,
	type FromWorker,
	type OfflineManifest,
	type OfflineSummary,
	type ToWorker,
} from './rules';

declare const self: ServiceWorkerGlobalScope;
declare const __VERSION__: string;
declare const __LOCALES__: string[];
declare const __SHELL__: string[];
declare const __OFFLINE_PAGES__: Record<string, string>;

const caches_ = cacheNames(__VERSION__);

self.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(caches_.precache);
			await cache.addAll([...__SHELL__, ...Object.values(__OFFLINE_PAGES__)]);
			// Both caches exist from the start: `put` never creates one (see there).
			await caches.open(caches_.runtime);
			// A new build takes over at once: pages are network-first, so nothing breaks.
			await self.skipWaiting();
		})(),
	);
});

/**
 * True once a newer build's worker has taken over (this one is then redundant). An old worker can
 * still be finishing work it started before, as a reader's first visit after a deploy: it must
 * not write into its caches again, which the new worker has just deleted.
 */
const replaced = () => self.serviceWorker?.state === 'redundant';

/**
 * Puts `response` into one of this build's caches, unless this worker has been replaced. The
 * worker learns that it was replaced a moment after the newer one deleted its caches, so a
 * missing cache means the same thing: `caches.open` would create it again, for good.
 */
async function put(cacheName: string, key: RequestInfo, response: Response): Promise<void> {
	if (replaced() || !(await caches.has(cacheName))) return;
	await (await caches.open(cacheName)).put(key, response);
}

/**
 * Deletes the caches of other builds. Only the newest worker does: while a newer build's worker
 * is installing or waiting, or once it has taken over, the caches that look stale to this one
 * are the newer build's.
 */
async function pruneStaleCaches(): Promise<void> {
	if (replaced() || self.registration.installing || self.registration.waiting) return;
	const names = await caches.keys();
	await Promise.all(names.filter((n) => isStale(n, __VERSION__)).map((n) => caches.delete(n)));
}

self.addEventListener('activate', (event) => {
	event.waitUntil(pruneStaleCaches().then(() => self.clients.claim()));
});

/**
 * The small JSON files of /offline/ a worker reads (summaries, fragment maps, manifests), each
 * fetched once per worker and kept for a reader offline.
 */
const offlineFiles = new Map<string, Promise<unknown>>();
function offlineFile<T>(url: string): Promise<T> {
	let found = offlineFiles.get(url);
	if (!found) {
		found = (async () => {
			const response = await fetch(url).catch(() => caches.match(url));
			if (!response?.ok) throw new Error(`No offline file ${url}`);
			await put(caches_.precache, url, response.clone());
			return (await response.json()) as T;
		})();
		found.catch(() => offlineFiles.delete(url));
		offlineFiles.set(url, found);
	}
	return found as Promise<T>;
}
const summary = (locale: string) => offlineFile<OfflineSummary>(offlineSummary(locale));
const manifest = (locale: string) => offlineFile<OfflineManifest>(offlineManifest(locale));

/** Stores `url` in `cacheName` unless it is there already; true when it is stored. */
async function store(cacheName: string, url: string): Promise<boolean> {
	if (replaced() || !(await caches.has(cacheName))) return false;
	const cache = await caches.open(cacheName);
	if (await cache.match(url, { ignoreVary: true })) return true;
	try {
		const response = await fetch(url);
		if (!response.ok) return false;
		await put(cacheName, url, response);
		return true;
	} catch {
		return false;
	}
}

/**
 * After a page is cached, caches its search fragment too, so it is found offline. The fragment
 * is looked up in the one file of the locale's fragment map that holds the page.
 */
async function storeFragment(pathname: string): Promise<void> {
	const locale = localeOf(pathname, __LOCALES__);
	if (!locale) return;
	try {
		const { fragmentShards } = await summary(locale);
		const map = await offlineFile<Record<string, string>>(
			fragmentShard(locale, shardOf(pathname, fragmentShards)),
		);
		const fragment = map[pathname];
		if (fragment) await store(caches_.runtime, fragment);
	} catch {
		// No map (offline, or a build without one): the page stays readable, not searchable.
	}
}

async function networkFirst(event: FetchEvent): Promise<Response> {
	const { request } = event;
	const url = new URL(request.url);
	try {
		const response = await fetch(request);
		// Not a part of a file (206, as a video's range requests get): the cache keeps whole files.
		if (response.status === 200 && response.type === 'basic') {
			const copy = response.clone();
			event.waitUntil(
				(async () => {
					// Keyed without the query: /fr/recherche/?q=traite is the search page.
					await put(caches_.runtime, url.origin + url.pathname, copy);
					if (request.mode === 'navigate') await storeFragment(url.pathname);
				})(),
			);
		}
		return response;
	} catch (error) {
		const cached = await caches.match(request, { ignoreSearch: true, ignoreVary: true });
		if (cached) return cached;
		if (request.mode === 'navigate') {
			const locale = localeOf(url.pathname, __LOCALES__) ?? __LOCALES__[0];
			const offline =
				locale && (await caches.match(__OFFLINE_PAGES__[locale] ?? '', { ignoreVary: true }));
			if (offline) return offline;
		}
		throw error;
	}
}

async function cacheFirst(event: FetchEvent): Promise<Response> {
	const cached = await caches.match(event.request, { ignoreSearch: true, ignoreVary: true });
	if (cached) return cached;
	const response = await fetch(event.request);
	if (response.ok) {
		const copy = response.clone();
		event.waitUntil(put(caches_.runtime, event.request, copy));
	}
	return response;
}

self.addEventListener('fetch', (event) => {
	const strategy = strategyFor(event.request, self.location.origin);
	if (strategy === 'network-first') event.respondWith(networkFirst(event));
	else if (strategy === 'cache-first') event.respondWith(cacheFirst(event));
});

function send(client: Client | null, message: FromWorker): void {
	client?.postMessage(message);
}

self.addEventListener('message', (event) => {
	const message = event.data as ToWorker;
	const client = event.source instanceof Client ? event.source : null;
	if (!__LOCALES__.includes(message?.locale)) return;
	if (message.type === 'precache-locale') {
		event.waitUntil(
			(async () => {
				// First what the reader has just read, then what they may open next.
				if (message.page && (await store(caches_.runtime, message.page))) {
					for (const file of message.files ?? []) await store(caches_.runtime, file);
					await storeFragment(message.page);
				}
				const { essentials } = await summary(message.locale);
				for (const url of essentials) await store(caches_.precache, url);
				// An older build's worker may have written after this one activated.
				await pruneStaleCaches();
			})(),
		);
	} else if (message.type === 'save-locale') {
		event.waitUntil(
			(async () => {
				const found = await manifest(message.locale);
				const set =
					message.set === 'latest'
						? found.latest
						: { files: found.everything, material: found.material };
				// The material only when the reader asked for it, having been told its size.
				const files = [...set.files, ...(message.material ? set.material.files : [])];
				let done = 0;
				let failed = 0;
				// A few at a time: fast on a good line, gentle on a poor one.
				const queue = [...files];
				const worker = async () => {
					for (let url = queue.shift(); url; url = queue.shift()) {
						if (!(await store(caches_.runtime, url))) failed++;
						done++;
						if (done % 10 === 0 || done === files.length) {
							send(client, {
								type: 'save-progress',
								locale: message.locale,
								done,
								total: files.length,
							});
						}
					}
				};
				await Promise.all([worker(), worker(), worker(), worker()]);
				send(client, { type: 'save-done', locale: message.locale, failed });
			})(),
		);
	}
});
