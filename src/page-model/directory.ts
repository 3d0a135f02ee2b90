// The media contacts directory of a locale: the published people (contacts.ts), by region.
import type { Locale } from '../i18n/locales';
import { regionKeys, regions, type RegionKey } from '../i18n/regions';
import { spokenLanguage } from '../i18n/translate';
import type { Person } from './contacts';

/** One region of the directory, with its people and the names of the languages they speak. */
export type DirectoryRegion = {
	key: RegionKey;
	label: string;
	people: { person: Person; languages: string[] }[];
};

/** The regions that have people in `locale`, in the order of src/i18n/regions.ts. */
export function directoryOf(people: Person[], locale: Locale): DirectoryRegion[] {
	const here = people.filter((p) => p.locale === locale);
	return regionKeys
		.map((key) => ({
			key,
			label: regions[key][locale],
			people: here
				.filter((p) => p.region === key)
				.map((person) => ({
					person,
					languages: person.languages.map((code) => spokenLanguage(code, locale)),
				})),
		}))
		.filter((region) => region.people.length > 0);
}
