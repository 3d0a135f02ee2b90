// The media library of each language (/en/media/): every picture and video of the published
// releases, newest first, paginated like the listings, and the same for each topic and country
// (the taxonomy module's terms). Only published releases reach it (releases.ts): a draft or an
// embargoed release contributes nothing.
import type { ImageMetadata } from 'astro';
import { locales, type Locale } from '../i18n/locales';
import { url } from '../i18n/routes';
import type { TopicKey } from '../i18n/topics';
import { licenceLink, materialOf, type LicenceLink } from './material';
import { pageWindow, paginate, versionFor } from './publishing';
import type { PublishedGroup, PublishedRelease } from './releases';
import type { Shared } from './static-pages';
import { taxonomies, type TaxonomyKey } from './taxonomies';
import type { ViewProps } from './view-props';

/** Pictures and videos on one page of the library. */
export const libraryPageSize = 24;

/** A picture or video of the library, with the release it comes from. */
export interface LibraryItem {
	kind: 'picture' | 'video';
	/** The picture, or the video's poster (none for a video without one). */
	image?: ImageMetadata | undefined;
	/** What the picture shows, or the video's title. */
	text: string;
	credit: string;
	licence: LicenceLink;
	release: { url: string; title: string; locale: Locale };
}

/** A term of the library's browsing lists. */
export interface LibraryTerm {
	label: string;
	url: string;
}

/** The pictures and videos of one language version of a release. */
function itemsOf(release: PublishedRelease): LibraryItem[] {
	const { data } = release.entry;
	const from = { url: release.url, title: data.title, locale: release.locale };
	const lead: LibraryItem[] = data.image
		? [
				{
					kind: 'picture',
					image: data.image.src,
					text: data.image.alt,
					credit: data.image.credit,
					licence: licenceLink(data.image.licence, release.locale),
					release: from,
				},
			]
		: [];
	return [
		...lead,
		...materialOf(release)
			.filter((item) => item.kind === 'picture' || item.kind === 'video')
			.map((item) => ({
				kind: item.kind as LibraryItem['kind'],
				image: item.kind === 'picture' ? item.image : item.poster,
				text: (item.kind === 'picture' ? item.alt : item.title) ?? '',
				credit: item.credit,
				licence: item.licence,
				release: from,
			})),
	];
}

/** The library's pages of `groups` in every locale, at the URLs `urlOf` makes. */
function libraryListing(
	shared: Shared,
	groups: PublishedGroup[],
	urlOf: (locale: Locale, page: number) => string,
	browse: (locale: Locale) => { topics: LibraryTerm[]; countries: LibraryTerm[] },
	term?: { taxonomy: TaxonomyKey; label: (locale: Locale) => string },
): ViewProps[] {
	return locales.flatMap((locale) => {
		const items = groups.flatMap((group) => itemsOf(versionFor(group, locale)));
		const chunks = items.length > 0 ? paginate(items, libraryPageSize) : [[]];
		return chunks.map((chunk, i) => ({
			...shared(locale),
			view: 'media' as const,
			url: urlOf(locale, i + 1),
			alternates: Object.fromEntries(locales.map((l) => [l, urlOf(l, i + 1)])),
			...(term ? { taxonomy: term.taxonomy, term: term.label(locale) } : {}),
			items: chunk,
			browse: browse(locale),
			pagination: {
				page: i + 1,
				pages: chunks.length,
				first: urlOf(locale, 1),
				links: pageWindow(i + 1, chunks.length).map((page) => ({ page, url: urlOf(locale, page) })),
			},
		}));
	});
}

/** Every page of the media library, in every locale. */
export function libraryPages(shared: Shared, groups: PublishedGroup[]): ViewProps[] {
	const withMedia = groups.filter((group) =>
		Object.values(group.translations).some((release) => itemsOf(release).length > 0),
	);
	const topics = taxonomies.topic.terms(withMedia);
	const countries = taxonomies.country.terms(withMedia);
	const collator = (locale: Locale) => new Intl.Collator(locale);
	const browse = (locale: Locale) => {
		const list = (terms: typeof topics, link: (key: string) => string) =>
			terms
				.map((t) => ({ label: t.label(locale), url: link(t.key) }))
				.sort((a, b) => collator(locale).compare(a.label, b.label));
		return {
			topics: list(topics, (key) => url('media', locale, { topic: key as TopicKey })),
			countries: list(countries, (key) => url('media', locale, { country: key })),
		};
	};
	return [
		...libraryListing(shared, withMedia, (l, page) => url('media', l, { page }), browse),
		...topics.flatMap((term) =>
			libraryListing(
				shared,
				term.groups,
				(l, page) => url('media', l, { page, topic: term.key as TopicKey }),
				browse,
				{ taxonomy: 'topic', label: term.label },
			),
		),
		...countries.flatMap((term) =>
			libraryListing(
				shared,
				term.groups,
				(l, page) => url('media', l, { page, country: term.key }),
				browse,
				{ taxonomy: 'country', label: term.label },
			),
		),
	];
}
