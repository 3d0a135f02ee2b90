// The site menu of each locale, resolved from its typed structure (menu-items.ts) and the
// institutional pages; and the marking of the page being shown, which the header does.
import type { Locale } from '../i18n/locales';
import { url } from '../i18n/routes';
import { useTranslations } from '../i18n/translate';
import { menuItems, type NavItem } from '../content-model/menu-items';
import { languageFile } from '../i18n/language-files';

/** A menu entry with its label and URL in one locale. */
export interface MenuEntry {
	label: string;
	href: string;
	intro?: string;
	children: MenuEntry[];
}

/** A menu entry marked for the page being shown. */
export interface MenuItem extends MenuEntry {
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
): MenuEntry[] {
	const t = useTranslations(locale);
	return items.flatMap((item) => {
		const { target } = item;
		const href = 'page' in target ? pageUrl(target.page) : url(target.route, locale);
		if (href === null) return [];
		if (href === undefined) {
			const key = 'page' in target ? target.page : '';
			throw new Error(
				`The menu links to the page "${key}", which has no ${locale} version: write content/pages/${key}/${languageFile(locale)} or take it out of src/content-model/menu-items.ts.`,
			);
		}
		return [
			{
				label: t(item.label),
				href,
				...(item.intro ? { intro: t(item.intro) } : {}),
				children: resolveMenu(item.children ?? [], locale, pageUrl),
			},
		];
	});
}

/** The site menu of a locale, given every published page (`key`, `locale`, `url`). */
export function localeMenu(
	pages: { key: string; locale: Locale; url: string }[],
	locale: Locale,
): MenuEntry[] {
	const urls = new Map(pages.map((p) => [`${p.key}/${p.locale}`, p.url]));
	const keys = new Set(pages.map((p) => p.key));
	const pageUrl = (key: string) =>
		urls.get(`${key}/${locale}`) ?? (keys.has(key) ? undefined : null);
	return resolveMenu(menuItems, locale, pageUrl);
}

/**
 * A menu marked for the page at `currentUrl`: the entry that is the page, and the entries on the
 * way to it.
 * @example markCurrent([{ label: 'News', href: '/en/news/', children: [] }], '/en/news/x/')[0]?.active // => true
 */
export function markCurrent(menu: MenuEntry[], currentUrl: string): MenuItem[] {
	return menu.map((entry) => {
		const children = markCurrent(entry.children, currentUrl);
		return {
			...entry,
			current: entry.href === currentUrl,
			active: currentUrl.startsWith(entry.href) || children.some((c) => c.active),
			children,
		};
	});
}
