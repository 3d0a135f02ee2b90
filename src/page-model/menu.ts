import { navigation, type NavItem } from './menu-items';
import type { Locale } from '../i18n/locales';
import { url } from '../i18n/routes';
import { useTranslations } from '../i18n/translate';
import { getSitePages } from './pages';

/** A menu entry with its label and URL in one locale. */
export interface MenuItem {
	label: string;
	href: string;
	intro?: string;
	/** This entry is the page being shown. */
	current: boolean;
	/** The page being shown is this entry or lies under it. */
	active: boolean;
	children: MenuItem[];
}

/**
 * The navigation of `items` in a locale. `pageUrl` resolves a page key in this locale, or gives
 * `null` when the page exists in no language at all (a content folder without institutional
 * pages, as in tests and benchmarks): such entries are left out. A page that exists in other
 * languages but not this one is an error naming the file to write.
 */
export function resolveMenu(
	items: NavItem[],
	locale: Locale,
	pageUrl: (key: string) => string | null | undefined,
	currentUrl: string,
): MenuItem[] {
	const t = useTranslations(locale);
	return items.flatMap((item) => {
		const { target } = item;
		const href = 'page' in target ? pageUrl(target.page) : url(target.route, locale);
		if (href === null) return [];
		if (href === undefined) {
			const key = 'page' in target ? target.page : '';
			throw new Error(
				`The menu links to the page "${key}", which has no ${locale} version: write content/pages/${key}/${locale}.md or take it out of src/page-model/menu-items.ts.`,
			);
		}
		const children = resolveMenu(item.children ?? [], locale, pageUrl, currentUrl);
		return [
			{
				label: t(item.label),
				href,
				...(item.intro ? { intro: t(item.intro) } : {}),
				current: href === currentUrl,
				active: currentUrl.startsWith(href) || children.some((c) => c.active),
				children,
			},
		];
	});
}

/** Each page's URL by key and locale (`who-we-are/fr`), and every key: read once per build. */
let pageIndex: Promise<{ urls: Map<string, string>; keys: Set<string> }> | undefined;

/** The site navigation in a locale, marked for the page at `currentUrl`. */
export async function siteMenu(locale: Locale, currentUrl: string): Promise<MenuItem[]> {
	// Every page draws the menu twice (header and footer): look pages up in a map, not a list.
	pageIndex ??= getSitePages().then((pages) => ({
		urls: new Map(pages.map((p) => [`${p.key}/${p.locale}`, p.url])),
		keys: new Set(pages.map((p) => p.key)),
	}));
	const { urls, keys } = await pageIndex;
	const pageUrl = (key: string) =>
		urls.get(`${key}/${locale}`) ?? (keys.has(key) ? undefined : null);
	return resolveMenu(navigation, locale, pageUrl, currentUrl);
}
