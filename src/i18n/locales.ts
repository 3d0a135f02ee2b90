/**
 * The one locale table. Every list of languages in the site (Astro's i18n config, routes, the
 * language switcher, the sitemap, feeds, search) is derived from it. Keep the URL segment (`locale`)
 * apart from the BCP-47 tag (`lang`): they happen to be equal today, but need not be.
 */
export const localeTable = {
	en: { lang: 'en', intl: 'en-GB', label: 'English', dir: 'ltr', ogLocale: 'en_GB' },
	fr: { lang: 'fr', intl: 'fr-FR', label: 'Français', dir: 'ltr', ogLocale: 'fr_FR' },
	es: { lang: 'es', intl: 'es-ES', label: 'Español', dir: 'ltr', ogLocale: 'es_ES' },
} as const satisfies Record<string, LocaleInfo>;

/** What the site knows of a locale. */
interface LocaleInfo {
	/** BCP-47 tag for `<html lang>`, `hreflang` and Pagefind's per-language index. */
	lang: string;
	/** The tag `Intl` formats dates and numbers with (UN English writes "16 September 2024"). */
	intl: string;
	/** The language's name in itself, for the language switcher. */
	label: string;
	dir: 'ltr' | 'rtl';
	/** Open Graph's `og:locale`. */
	ogLocale: string;
}

/** A locale's URL segment, e.g. `'fr'` in `/fr/actualites/`. */
export type Locale = keyof typeof localeTable;

/** Every locale, in the order the site lists them. */
export const locales = Object.keys(localeTable) as Locale[];

/** The locale of `x-default` links and of the language chooser's fallback. */
export const defaultLocale: Locale = 'en';

/**
 * Narrows a string to a locale.
 * @example isLocale('fr') // => true
 * @example isLocale('de') // => false
 */
export function isLocale(value: string): value is Locale {
	return Object.hasOwn(localeTable, value);
}

/**
 * The BCP-47 tag for `<html lang>`, `hreflang` and Pagefind.
 * @example langOf('fr') // => 'fr'
 */
export function langOf(locale: Locale): string {
	return localeTable[locale].lang;
}

/**
 * The tag `Intl` formats with in a locale.
 * @example intlOf('en') // => 'en-GB'
 */
export function intlOf(locale: Locale): string {
	return localeTable[locale].intl;
}
