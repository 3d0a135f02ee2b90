/** The baseline's listings by term, as the site has them: topics, countries, years and types. */
import type { CollectionEntry } from 'astro:content';
import { langOf } from './lang';

type Release = CollectionEntry<'releases'>;

/** Each taxonomy: its URL segment and the terms of a release. */
export const taxonomies = {
	topics: (e: Release) => e.data.topics,
	countries: (e: Release) => e.data.countries,
	years: (e: Release) => [String(e.data.date.getUTCFullYear())],
	types: (e: Release) => [e.data.type],
};

/** The releases of one language, newest first, grouped under each term of each taxonomy. */
export function termsOf(entries: Release[], lang: string) {
	const own = entries
		.filter((e) => langOf(e.filePath) === lang)
		.sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
	return Object.entries(taxonomies).map(([taxonomy, termsOfRelease]) => {
		const byTerm = new Map<string, Release[]>();
		for (const entry of own) {
			for (const term of termsOfRelease(entry))
				byTerm.set(term, [...(byTerm.get(term) ?? []), entry]);
		}
		return { taxonomy, byTerm };
	});
}
