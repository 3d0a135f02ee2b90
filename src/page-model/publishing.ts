import { defaultLocale, locales, type Locale } from '../i18n/locales';
import { url } from '../i18n/routes';
import type { ReleaseType } from '../i18n/release-types';
import type { TopicKey } from '../i18n/topics';
import { isPublished, type PublishingOptions } from '../content-model/publication';
import { slugOf, splitId } from '../content-model/ids';

/** The fields of a release file that grouping and listing read. */
export interface Publishable {
	date: Date;
	embargo?: Date | undefined;
	draft: boolean;
	title: string;
	slug?: string | undefined;
	countries: string[];
	topics: TopicKey[];
	type: ReleaseType;
}

/** One published language version of a release. */
export interface Release<Entry> {
	entry: Entry;
	folder: string;
	locale: Locale;
	slug: string;
	url: string;
}

/** A release in all the languages it is published in; the folder is the translation key. */
export interface ReleaseGroup<Entry> {
	folder: string;
	date: Date;
	countries: string[];
	topics: TopicKey[];
	type: ReleaseType;
	translations: Partial<Record<Locale, Release<Entry>>>;
}

/**
 * Published releases grouped by folder, newest first (ties broken by folder name, so the order
 * never depends on the file system).
 */
export function groupReleases<Entry extends { id: string; data: Publishable }>(
	entries: Entry[],
	options: PublishingOptions,
): ReleaseGroup<Entry>[] {
	const groups = new Map<string, ReleaseGroup<Entry>>();
	for (const entry of entries) {
		if (!isPublished(entry.data, options)) continue;
		const { folder, locale } = splitId(entry.id);
		if (!locales.includes(locale as Locale)) continue;
		const slug = slugOf(entry.data);
		const release: Release<Entry> = {
			entry,
			folder,
			locale: locale as Locale,
			slug,
			url: url('release', locale as Locale, { slug }),
		};
		const group = groups.get(folder) ?? {
			folder,
			date: entry.data.date,
			countries: entry.data.countries,
			topics: entry.data.topics,
			type: entry.data.type,
			translations: {},
		};
		group.translations[release.locale] = release;
		groups.set(folder, group);
	}
	return [...groups.values()].sort(
		(a, b) => b.date.getTime() - a.date.getTime() || a.folder.localeCompare(b.folder),
	);
}

/** A release as a locale's listing shows it: in that language, or labelled in another. */
export interface ListingItem<Entry> {
	group: ReleaseGroup<Entry>;
	release: Release<Entry>;
	/** True when the release does not exist in the listing's language. */
	fallback: boolean;
}

/**
 * The language version a locale shows: its own, else the default locale's, else the first in
 * locale order.
 */
export function versionFor<Entry>(group: ReleaseGroup<Entry>, locale: Locale): Release<Entry> {
	const order = [locale, defaultLocale, ...locales];
	const found = order.map((l) => group.translations[l]).find((r) => r !== undefined);
	if (!found) throw new Error(`Release folder ${group.folder} has no published language.`);
	return found;
}

/** A locale's listing of some groups: every release appears once, in its language if it exists. */
export function listingFor<Entry>(
	groups: ReleaseGroup<Entry>[],
	locale: Locale,
): ListingItem<Entry>[] {
	return groups.map((group) => {
		const release = versionFor(group, locale);
		return { group, release, fallback: release.locale !== locale };
	});
}

/** The day of the last of some updates (they are dated, in any order). */
export const lastUpdate = (updates: { date: Date }[]): Date =>
	new Date(Math.max(...updates.map((u) => u.date.getTime())));

/**
 * Splits a list into pages of `size` items (at least one page, possibly empty).
 * @example paginate([1, 2, 3], 2) // => [[1, 2], [3]]
 */
export function paginate<T>(items: T[], size: number): T[][] {
	const pages: T[][] = [];
	for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
	return pages.length ? pages : [[]];
}

/**
 * The page numbers a page of a listing links to: the first, the last, and those within `around`
 * of the current one. Linking every page would make each listing page grow with the archive, and
 * the whole listing quadratically.
 * @example pageWindow(6, 20) // => [1, 4, 5, 6, 7, 8, 20]
 * @example pageWindow(1, 3) // => [1, 2, 3]
 */
export function pageWindow(page: number, pages: number, around = 2): number[] {
	const numbers = new Set([1, pages]);
	for (let n = Math.max(1, page - around); n <= Math.min(pages, page + around); n++) numbers.add(n);
	return [...numbers].sort((a, b) => a - b);
}
