/**
 * "Copy link" on a release page (src/components/ShareLinks.astro). Progressive enhancement:
 * without JavaScript it stays a link to the canonical URL; with it, a button that copies the URL
 * and says so in a live region.
 */
export function enhanceShareLinks(): void {
	for (const share of document.querySelectorAll<HTMLElement>('.share')) {
		const link = share.querySelector<HTMLAnchorElement>('a.copy-link');
		const status = share.querySelector<HTMLElement>('[role="status"]');
		if (!link || !status || !navigator.clipboard) continue;
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'copy-link';
		button.textContent = link.textContent;
		button.dataset.url = link.href;
		link.replaceWith(button);
		const copy = async () => {
			status.textContent = '';
			try {
				await navigator.clipboard.writeText(button.dataset.url ?? '');
				status.textContent = share.dataset.copied ?? '';
			} catch {
				status.textContent = share.dataset.copyFailed ?? '';
			}
		};
		button.addEventListener('click', () => void copy());
	}
}
