// The published content as pages and feeds show it: releases, institutional pages and events,
// each body's links to another content file (`../other-release/index.en.md`) made into the
// address of that file's page (links.ts). Pages and feeds start here, so both show the same links.
import { getEventGroups, type EventGroup } from './events';
import type { Locale } from '../i18n/locales';
import { linkTargets, withPageAddresses, type LinkTargets, type RenderedEntry } from './links';
import { getSitePages, type SitePage } from './pages';
import { getReleaseGroups, type PublishedGroup } from './releases';

/** What pages, feeds and search are made from. */
export interface SiteContent {
	groups: PublishedGroup[];
	pages: SitePage[];
	events: EventGroup[];
}

/** Each translation of a group with its body's links resolved. */
const resolved = <
	I extends { entry: RenderedEntry; locale: Locale },
	T extends { translations: Partial<Record<Locale, I>> },
>(
	group: T,
	targets: LinkTargets,
): T => ({
	...group,
	translations: Object.fromEntries(
		Object.values(group.translations).map((item: I) => [
			item.locale,
			{ ...item, entry: withPageAddresses(item.entry, item.locale, targets) },
		]),
	),
});

let cached: Promise<SiteContent> | undefined;

/** Every published release, page and event, their links to each other resolved. */
export function getSiteContent(): Promise<SiteContent> {
	cached ??= Promise.all([getReleaseGroups(), getSitePages(), getEventGroups()]).then(
		([groups, pages, events]) => {
			const targets = linkTargets(
				[
					...groups.flatMap((g) => Object.values(g.translations)),
					...pages,
					...events.flatMap((g) => Object.values(g.translations)),
				].map((p) => ({ file: p.entry.filePath, locale: p.locale, url: p.url })),
			);
			return {
				groups: groups.map((g) => resolved(g, targets)),
				pages: pages.map((p) => ({ ...p, entry: withPageAddresses(p.entry, p.locale, targets) })),
				events: events.map((g) => resolved(g, targets)),
			};
		},
	);
	return cached;
}
