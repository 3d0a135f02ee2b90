import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/i18n/locales';
import { dictionaryOf, languageName, useTranslations } from '../../../src/i18n/translate';

describe('the UI dictionaries', () => {
	const english = Object.keys(dictionaryOf('en')).sort();

	it.each(locales)('%s has exactly the English keys, none of them blank', (locale) => {
		const dictionary = dictionaryOf(locale);
		expect(Object.keys(dictionary).sort()).toEqual(english);
		for (const [key, value] of Object.entries(dictionary)) {
			expect(value.trim(), key).not.toBe('');
		}
	});

	it.each(locales)('%s uses the same placeholders as English in every string', (locale) => {
		const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		const en = dictionaryOf('en');
		for (const [key, value] of Object.entries(dictionaryOf(locale))) {
			expect(placeholders(value), key).toEqual(placeholders(en[key as keyof typeof en]));
		}
	});

	it('fills placeholders and leaves unknown ones visible', () => {
		const t = useTranslations('fr');
		expect(t('listing.pageOf', { page: 2, pages: 5 })).toBe('Page 2 sur 5');
		expect(t('listing.pageOf', { page: 2 })).toBe('Page 2 sur {pages}');
	});

	it('names languages as readers of each locale write them', () => {
		expect(languageName('fr', 'en')).toBe('French');
		expect(languageName('en', 'fr')).toBe('anglais');
		expect(languageName('fr', 'es')).toBe('francés');
	});
});
