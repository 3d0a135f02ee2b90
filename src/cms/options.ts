// The choices of the web editor's select fields, in the language of its interface: kinds of
// release (src/i18n/release-types.ts), topics (src/i18n/topics.ts), countries (named by `Intl`)
// and the site's languages. Their values are the keys the schema accepts, the same in every
// language; only the labels change.
import { countryName, isCountryCode } from '../i18n/format';
import { intlOf, locales, type Locale } from '../i18n/locales';
import { licenceKeys, licences } from '../i18n/licences';
import { eventKindKeys, eventKinds } from '../i18n/event-kinds';
import { regionKeys, regions } from '../i18n/regions';
import { releaseTypeKeys, releaseTypes } from '../i18n/release-types';
import { topicKeys, topics } from '../i18n/topics';
import { languageName, useTranslations } from '../i18n/translate';

/** One choice of a Decap select field. */
export interface Option {
	label: string;
	value: string;
}

/** The kinds of release, by their names in `locale`. */
export function releaseTypeOptions(locale: Locale): Option[] {
	return releaseTypeKeys.map((key) => ({ label: releaseTypes[key][locale].label, value: key }));
}

/** The licences of src/i18n/licences.ts, by their names in `locale`. */
export function licenceOptions(locale: Locale): Option[] {
	return licenceKeys.map((key) => ({ label: licences[key][locale].name, value: key }));
}

/** The topics, by their names in `locale`. */
export function topicOptions(locale: Locale): Option[] {
	return topicKeys.map((key) => ({ label: topics[key][locale].label, value: key }));
}

/** The kinds of event of src/i18n/event-kinds.ts, by their names in `locale`. */
export function eventKindOptions(locale: Locale): Option[] {
	return eventKindKeys.map((key) => ({ label: eventKinds[key][locale], value: key }));
}

/** The regions of src/i18n/regions.ts, by their names in `locale`. */
export function regionOptions(locale: Locale): Option[] {
	return regionKeys.map((key) => ({ label: regions[key][locale], value: key }));
}

/** Every ISO 3166-1 code `Intl` can name, as "Guatemala (GT)" in `locale`, in its order. */
export function countryOptions(locale: Locale): Option[] {
	const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
	const collator = new Intl.Collator(intlOf(locale));
	return letters
		.flatMap((a) => letters.map((b) => `${a}${b}`))
		.filter(isCountryCode)
		.map((code) => ({ label: `${countryName(code, locale)} (${code})`, value: code }))
		.sort((a, b) => collator.compare(a.label, b.label));
}

/**
 * The site's languages, named in `locale` as a list item starts (French and Spanish write
 * language names in lower case mid-sentence: "anglais" in a sentence, "Anglais" in a list).
 */
export function languageOptions(locale: Locale): Option[] {
	return locales.map((value) => {
		const name = languageName(value, locale);
		return { label: name.charAt(0).toLocaleUpperCase(intlOf(locale)) + name.slice(1), value };
	});
}

/** What an institutional page can list under its text. */
export function listingOptions(locale: Locale): Option[] {
	return [{ label: useTranslations(locale)('cms.listing.countries'), value: 'countries' }];
}
