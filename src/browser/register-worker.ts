/**
 * Registers the service worker (built to /sw.js by src/integrations/offline.ts) and asks it to
 * keep this locale's essentials, so the site opens offline after one visit (and searches, while
 * the locale's search index fits the background budget of src/offline/rules.ts).
 *
 * The page that registers the worker loaded before the worker could see it: the worker is told
 * to keep it (with its pictures, styles and scripts), so the page the reader arrived on opens
 * offline too, whatever the order in which the worker installs.
 *
 * A first registration downloads the shell and the essentials in the background, up to that
 * budget. So that it does not compete with what the reader came for, it starts once the page
 * has loaded and the work the page announced with `registerAfter` has settled: the search page's
 * first search, whose index chunks come after the load event.
 */
import { pageFiles, type ToWorker } from '../offline/rules';
import { serviceWorkerUrl } from '../i18n/file-routes';

const firstWork: Promise<unknown>[] = [];

/** Holds the worker's registration until `work` settles (call it before the load event). */
export function registerAfter(work: Promise<unknown>): void {
	firstWork.push(work);
}

/**
 * The worker that will keep this page: after a deploy, `register` finds the new build's worker
 * installing while the old one is still active. The message goes to the new one once it has taken
 * over; sent to the old one, it would fill caches the new one is about to delete.
 */
async function newestWorker(
	registration: ServiceWorkerRegistration,
): Promise<ServiceWorker | null> {
	const coming = registration.installing ?? registration.waiting;
	if (coming) {
		await new Promise<void>((settled) => {
			const check = () => {
				if (coming.state !== 'activated' && coming.state !== 'redundant') return;
				coming.removeEventListener('statechange', check);
				settled();
			};
			coming.addEventListener('statechange', check);
			check();
		});
	}
	// The new worker, or the old one still, when the new one failed to install.
	return (await navigator.serviceWorker.ready).active;
}

export function registerServiceWorker(): void {
	// The worker exists only in a build; `astro dev` has none.
	if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
	const locale = document.documentElement.dataset.locale;
	const register = () =>
		navigator.serviceWorker
			.register(serviceWorkerUrl)
			.then(newestWorker)
			.then((worker) => {
				if (!locale || !worker) return;
				// The worker did not see this page load: it keeps the page and what it showed now.
				const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
				const message: ToWorker = {
					type: 'precache-locale',
					locale,
					page: location.pathname,
					files: pageFiles(loaded, location.origin),
				};
				worker.postMessage(message);
			})
			.catch((error: unknown) => console.warn('Offline reading is unavailable:', error));
	const start = () => void Promise.allSettled(firstWork).then(register);
	if (document.readyState === 'complete') start();
	else addEventListener('load', start, { once: true });
}
