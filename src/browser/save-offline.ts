/** The "Save for offline" control (src/components/SaveOffline.astro). */
import type { FromWorker, OfflineSummary, SaveSet, ToWorker } from '../offline/rules';
import { fill } from './fill';

export function startSaveOffline(): void {
	const section = document.querySelector<HTMLElement>('.save-offline');
	if (!section || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
	const locale = section.dataset.locale ?? '';
	const strings = JSON.parse(section.dataset.strings ?? '{}') as Record<string, string>;
	const lang = document.documentElement.lang;
	const buttons = [...section.querySelectorAll<HTMLButtonElement>('button[data-set]')];
	const bar = section.querySelector('progress')!;
	const status = section.querySelector<HTMLElement>('.progress')!;
	const choice = section.querySelector<HTMLElement>('.material-choice')!;
	const withMaterial = choice.querySelector<HTMLInputElement>('input')!;
	const size = (bytes: number) =>
		new Intl.NumberFormat(lang, {
			style: 'unit',
			unit: bytes >= 1e6 ? 'megabyte' : 'kilobyte',
			maximumFractionDigits: 1,
		}).format(bytes >= 1e6 ? bytes / 1e6 : bytes / 1e3);
	let saving: SaveSet = 'everything';
	let latestCount = 0;

	/**
	 * States each button's size, with the material when the reader chose to save it too, and what
	 * the material adds beside the choice (to each set, when both are offered).
	 */
	const label = ({ bytes, releases, latest, material }: OfflineSummary) => {
		const both = latest.releases < releases;
		const more = (added: number) => (withMaterial.checked ? added : 0);
		for (const button of buttons) {
			if (button.dataset.set === 'latest') {
				button.textContent = fill(strings.latest ?? '', {
					count: latest.releases,
					size: size(latest.bytes + more(latest.material.bytes)),
				});
				// Only a choice when it leaves releases out.
				button.hidden = !both;
			} else {
				button.textContent = fill(strings.everything ?? '', {
					size: size(bytes + more(material.bytes)),
				});
			}
		}
		const text = choice.querySelector('span')!;
		text.textContent =
			both && latest.material.bytes !== material.bytes
				? fill(strings.withMaterialLatest ?? '', {
						size: size(material.bytes),
						count: latest.releases,
						latestSize: size(latest.material.bytes),
					})
				: fill(strings.withMaterial ?? '', { size: size(material.bytes) });
		// Nothing to offer when no page of the language has material.
		choice.hidden = material.files === 0;
	};

	void fetch(section.dataset.sizes ?? '')
		.then((r) => r.json() as Promise<OfflineSummary>)
		.then((summary) => {
			latestCount = summary.latest.releases;
			label(summary);
			withMaterial.addEventListener('change', () => label(summary));
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
			buttons.forEach((b) => (b.disabled = false));
			withMaterial.disabled = false;
			bar.hidden = true;
			const done = saving === 'latest' ? (strings.doneLatest ?? '') : (strings.done ?? '');
			status.textContent =
				message.failed === 0
					? fill(done, { count: latestCount })
					: fill(strings.failed ?? '', { count: message.failed });
		}
	});

	for (const button of buttons) {
		button.addEventListener('click', () => {
			void navigator.serviceWorker.ready.then((registration) => {
				buttons.forEach((b) => (b.disabled = true));
				withMaterial.disabled = true;
				bar.hidden = false;
				saving = button.dataset.set === 'latest' ? 'latest' : 'everything';
				const message: ToWorker = {
					type: 'save-locale',
					locale,
					set: saving,
					material: withMaterial.checked,
				};
				registration.active?.postMessage(message);
			});
		});
	}
}
