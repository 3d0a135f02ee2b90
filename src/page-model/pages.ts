import { getCollection, type CollectionEntry } from 'astro:content';
import { withBodies } from '../content-model/stored-html';
import { locales, type Locale } from '../i18n/locales';
import { url } from '../i18n/routes';
import { splitId } from '../content-model/ids';

/** One published language version of an institutional page. */
export interface SitePage {
	entry: CollectionEntry<'pages'>;
	/** The page's folder name: its key across languages. */
	key: string;
	locale: Locale;
	url: string;
	/** Keys of the pages above it, outermost first. */
	ancestors: string[];
}

let cached: Promise<SitePage[]> | undefined;

/** Every published page in every language, with its URL made from its ancestors' slugs. */
export function getSitePages(): Promise<SitePage[]> {
	cached ??= getCollection('pages').then((stored) => {
		const entries = withBodies('pages', stored);
		const published = entries.filter((e) => __DEV_SERVER__ || !e.data.draft);
		const byKey = new Map(published.map((e) => [e.id, e]));
		const pages: SitePage[] = [];
		for (const entry of published) {
			const { folder: key, locale } = splitId(entry.id);
			if (!locales.includes(locale as Locale)) continue;
			const ancestors: string[] = [];
			// The content checks guarantee every parent exists in this language and never loops.
			for (let p = entry.data.parent; p; p = byKey.get(`${p}/${locale}`)?.data.parent) {
				ancestors.unshift(p);
			}
			const path = [...ancestors, key].map((k) => byKey.get(`${k}/${locale}`)?.data.slug).join('/');
			pages.push({
				entry,
				key,
				locale: locale as Locale,
				url: url('page', locale as Locale, { path }),
				ancestors,
			});
		}
		return pages;
	});
	return cached;
}
