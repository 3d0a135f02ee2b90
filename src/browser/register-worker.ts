/**
 * Registers the service worker (built to /sw.js by src/integrations/offline.ts) and asks it to
 * keep this locale's essentials, so the site opens offline after one visit (and searches, while
 * the locale's search index fits the background budget of src/offline/rules.ts).
 */
import type { ToWorker } from '../offline/rules';
import { serviceWorkerUrl } from '../i18n/file-routes';

export function registerServiceWorker(): void {
	// The worker exists only in a build; `astro dev` has none.
	if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
	const locale = document.documentElement.dataset.locale;
	navigator.serviceWorker
		.register(serviceWorkerUrl)
		.then(() => navigator.serviceWorker.ready)
		.then((registration) => {
			if (locale) {
				const message: ToWorker = { type: 'precache-locale', locale };
				registration.active?.postMessage(message);
			}
		})
		.catch((error: unknown) => console.warn('Offline reading is unavailable:', error));
}
