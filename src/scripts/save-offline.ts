/** The "Save for offline" control (src/components/SaveOffline.astro). */
import type { FromWorker, OfflineManifest, ToWorker } from '../offline/rules';
import { fill } from './fill';

export function startSaveOffline(): void {
	const section = document.querySelector<HTMLElement>('.save-offline');
	if (!section || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
	const locale = section.dataset.locale ?? '';
	const strings = JSON.parse(section.dataset.strings ?? '{}') as Record<string, string>;
	const lang = document.documentElement.lang;
	const button = section.querySelector('button')!;
	const bar = section.querySelector('progress')!;
	const status = section.querySelector<HTMLElement>('.progress')!;

	void fetch(`/offline/${locale}.json`)
		.then((r) => r.json() as Promise<OfflineManifest>)
		.then(({ bytes }) => {
			const size = new Intl.NumberFormat(lang, {
				style: 'unit',
				unit: bytes >= 1e6 ? 'megabyte' : 'kilobyte',
				maximumFractionDigits: 1,
			}).format(bytes >= 1e6 ? bytes / 1e6 : bytes / 1e3);
			section.querySelector('.lead-text')!.textContent = fill(strings.lead ?? '', { size });
			section.hidden = false;
		})
		.catch(() => undefined);

	navigator.serviceWorker.addEventListener('message', (event) => {
		const message = event.data as FromWorker;
		if (message.locale !== locale) return;
		if (message.type === 'save-progress') {
			bar.max = message.total;
			bar.value = message.done;
			status.textContent = fill(strings.progress ?? '', message);
		} else if (message.type === 'save-done') {
			button.disabled = false;
			bar.hidden = true;
			status.textContent =
				message.failed === 0
					? (strings.done ?? '')
					: fill(strings.failed ?? '', { count: message.failed });
		}
	});

	button.addEventListener('click', () => {
		void navigator.serviceWorker.ready.then((registration) => {
			button.disabled = true;
			bar.hidden = false;
			const message: ToWorker = { type: 'save-locale', locale };
			registration.active?.postMessage(message);
		});
	});
}
