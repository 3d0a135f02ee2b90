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

export function registerServiceWorker(): void {
	// The worker exists only in a build; `astro dev` has none.
	if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
	const locale = document.documentElement.dataset.locale;
	const register = () =>
		navigator.serviceWorker
			.register(serviceWorkerUrl)
			.then(() => navigator.serviceWorker.ready)
			.then((registration) => {
				if (!locale) return;
				// The worker did not see this page load: it keeps the page and what it showed now.
				const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
				const message: ToWorker = {
					type: 'precache-locale',
					locale,
					page: location.pathname,
					files: pageFiles(loaded, location.origin),
				};
				registration.active?.postMessage(message);
			})
			.catch((error: unknown) => console.warn('Offline reading is unavailable:', error));
	const start = () => void Promise.allSettled(firstWork).then(register);
	if (document.readyState === 'complete') start();
	else addEventListener('load', start, { once: true });
}
