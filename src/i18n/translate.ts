import { intlOf, langOf, type Locale } from './locales';
import { en, type UiKey } from './ui/en';
import { typeset } from './typography';
import { es } from './ui/es';
import { fr } from './ui/fr';

/** Every UI string set in its language's typography (French no-break spaces, quotes…), once. */
function typesetAll(dictionary: Record<UiKey, string>, locale: Locale): Record<UiKey, string> {
	const entries = Object.entries(dictionary).map(([key, text]) => [key, typeset(text, locale)]);
	return Object.fromEntries(entries) as Record<UiKey, string>;
}

const dictionaries: Record<Locale, Record<UiKey, string>> = {
	en: typesetAll(en, 'en'),
	fr: typesetAll(fr, 'fr'),
	es: typesetAll(es, 'es'),
};

/** A translator bound to one locale: `t(key, { name: value })`. */
export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/**
 * The UI translator for a locale. Placeholders in braces are replaced by `vars`.
 * @example useTranslations('fr')('listing.pageOf', { page: 2, pages: 5 }) // => 'Page 2 sur 5'
 */
export function useTranslations(locale: Locale): Translate {
	const dictionary = dictionaries[locale];
	return (key, vars) => {
		const text: string = dictionary[key];
		if (!vars) return text;
		return text.replace(/\{(\w+)\}/g, (match, name: string) =>
			name in vars ? String(vars[name]) : match,
		);
	};
}

/** The raw dictionary of a locale (for tests and tools that list every key). */
export function dictionaryOf(locale: Locale): Readonly<Record<UiKey, string>> {
	return dictionaries[locale];
}

/**
 * The name of a language as readers of another locale write it mid-sentence (French and Spanish
 * write language names in lower case).
 * @example languageName('fr', 'en') // => 'French'
 * @example languageName('en', 'es') // => 'inglés'
 */
export function languageName(of: Locale, inLocale: Locale): string {
	const names = new Intl.DisplayNames([intlOf(inLocale)], {
		type: 'language',
		languageDisplay: 'standard',
	});
	return names.of(langOf(of)) ?? of;
}

/**
 * The name of a language a person speaks (an ISO 639-1 or BCP 47 code), as readers of a locale
 * write it; the code itself when `Intl` does not know it.
 * @example spokenLanguage('pt', 'fr') // => 'portugais'
 */
export function spokenLanguage(code: string, inLocale: Locale): string {
	const names = new Intl.DisplayNames([intlOf(inLocale)], { type: 'language', fallback: 'code' });
	try {
		return names.of(code) ?? code;
	} catch {
		return code;
	}
}
