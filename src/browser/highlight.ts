/**
 * Marks the searched words on a page opened from a search result. Pagefind adds the words to
 * each result's URL (`?pagefind-highlight=…`, see search.ts); only then is its highlighting
 * script loaded, from the page's own bundle. Pagefind's inline style is left out (the CSP
 * forbids it): global.css styles the marks in both colour schemes and in print.
 */
import { highlightParam, searchHighlighter } from '../i18n/file-routes';

interface PagefindHighlightOptions {
	highlightParam: string;
	addStyles: boolean;
	markContext?: string | null;
	markOptions: { className: string; exclude: string[] };
}

type HighlightModule = { default: new (options: PagefindHighlightOptions) => unknown };

export async function highlightSearchHits(): Promise<void> {
	if (!new URLSearchParams(location.search).has(highlightParam)) return;
	const locale = document.documentElement.dataset.locale;
	if (!locale) return;
	try {
		const module = (await import(/* @vite-ignore */ searchHighlighter(locale))) as HighlightModule;
		new module.default({
			highlightParam,
			addStyles: false,
			// The indexed text only: not the notes, contacts or navigation around it.
			markOptions: {
				className: 'pagefind-highlight',
				exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
			},
		});
	} catch (error) {
		// Offline before the bundle was saved, say: the page reads as well without marks.
		console.warn('Search words could not be marked:', error);
	}
}
