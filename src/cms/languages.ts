// The language of the web editor's interface: one configuration file per language of the site,
// and the rule that picks one for a press officer. Runs in Node (admin.ts writes the files) and
// in the browser (editor.js picks the file), so it imports nothing that needs either.
import { defaultLocale, langOf, locales, type Locale } from '../i18n/locales';

/** Where the editor remembers the language a press officer chose (localStorage). */
export const languageStorageKey = 'newsroom-editor-language';

/** The query parameter that chooses the editor's language: `/admin/?lang=fr`. */
export const languageParameter = 'lang';

/**
 * The configuration file of the editor in a language, beside its page in /admin/. English keeps
 * Decap's default name, which Decap also reads when no language was chosen.
 * @example configFile('en') // => 'config.yml'
 * @example configFile('fr') // => 'config.fr.yml'
 */
export function configFile(locale: Locale): string {
	return locale === defaultLocale ? 'config.yml' : `config.${locale}.yml`;
}

/** A language tag's first subtag, in lower case (`'fr-CA'` → `'fr'`). */
const primary = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * The site's locale a language tag asks for, by its first subtag.
 * @example localeOfTag('fr-CA') // => 'fr'
 * @example localeOfTag('de') // => undefined
 */
export function localeOfTag(tag: string | null | undefined): Locale | undefined {
	if (!tag) return undefined;
	return locales.find((locale) => primary(langOf(locale)) === primary(tag));
}

/** What the editor knows when it picks its language. */
export interface LanguageClues {
	/** The `lang` query parameter of the admin page's address. */
	asked?: string | null;
	/** The language chosen last time, from localStorage. */
	remembered?: string | null;
	/** The browser's languages, most preferred first (`navigator.languages`). */
	preferred?: readonly string[];
}

/**
 * The editor's language: the one asked for in the address, else the one chosen last time, else
 * the first of the browser's languages the site has, else English.
 * @example editorLocale({ preferred: ['de-DE', 'es-PA', 'en'] }) // => 'es'
 */
export function editorLocale({ asked, remembered, preferred = [] }: LanguageClues): Locale {
	return (
		localeOfTag(asked) ??
		localeOfTag(remembered) ??
		preferred.map(localeOfTag).find((locale) => locale !== undefined) ??
		defaultLocale
	);
}

/** Every language the editor's interface exists in: the site's. */
export const editorLocales: readonly Locale[] = locales;
