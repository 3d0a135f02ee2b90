/**
 * The "Print or save as PDF" button of a release page (src/components/PrintButton.astro): hidden
 * without JavaScript, which it needs; shown and wired to the browser's print dialog here, which
 * prints the page with the site's print stylesheet.
 */
export function enablePrintButtons(): void {
	for (const button of document.querySelectorAll<HTMLButtonElement>('button.print-page')) {
		button.hidden = false;
		button.addEventListener('click', () => window.print());
	}
}
