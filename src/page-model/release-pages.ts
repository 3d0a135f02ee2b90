// The page of every published translation of every release, with what journalists look for
// around the text: related releases, its press contacts with their cards, and whether the translation is
// older than its original.
import { outdated } from '../content-model/translations';
import { locales, type Locale } from '../i18n/locales';
import { buildTime } from '../settings';
import type { Person } from './contacts';
import { leadOriginal, licenceLink, materialOf } from './material';
import { listingFor } from './publishing';
import { relatedReleases } from './related';
import type { PublishedGroup, PublishedRelease } from './releases';
import type { Shared } from './static-pages';
import type { ViewProps } from './view-props';

/** The original a translation was made from, when it has been updated since (its page says so). */
function outdatedOriginal(release: PublishedRelease, group: PublishedGroup) {
	const current = (lang: string) =>
		Object.values(group.translations).find((r) => r.locale === lang)?.entry.data.sourceHash;
	const stale = outdated(release.entry.data.translatedFrom, current);
	const original =
		stale && Object.values(group.translations).find((r) => r.locale === stale.source);
	return original ? { locale: original.locale, url: original.url } : undefined;
}

/** Every release page of the site. */
export function releasePages(
	shared: Shared,
	groups: PublishedGroup[],
	personOf: (id: string, locale: Locale) => Person | undefined,
	eventsOf: (folder: string, locale: Locale) => { title: string; url: string }[] = () => [],
): ViewProps[] {
	const started = performance.now();
	const related = Object.fromEntries(locales.map((l) => [l, relatedReleases(groups, l)]));
	console.info(
		`[newsroom] related releases of ${groups.length} releases in ${Math.round(performance.now() - started)} ms`,
	);
	return groups.flatMap((group) => {
		const translations = Object.values(group.translations);
		const alternates = Object.fromEntries(translations.map((r) => [r.locale, r.url]));
		return translations.map((release) => ({
			...shared(release.locale),
			view: 'release' as const,
			url: release.url,
			alternates,
			release,
			group,
			embargoed: release.entry.data.embargo !== undefined && release.entry.data.embargo > buildTime,
			events: eventsOf(group.folder, release.locale),
			related: listingFor(related[release.locale]?.get(group) ?? [], release.locale),
			contacts: release.entry.data.contacts.flatMap((id) => personOf(id, release.locale) ?? []),
			outdated: outdatedOriginal(release, group),
			material: materialOf(release, group),
			lead: release.entry.data.image && {
				original: leadOriginal(release),
				licence: licenceLink(release.entry.data.image.licence, release.locale),
			},
		}));
	});
}
