import { getCollection, type CollectionEntry } from 'astro:content';
import { withBodies } from '../content-model/stored-html';
import { groupReleases, type ListingItem, type Release, type ReleaseGroup } from './publishing';
import { buildTime } from '../settings';

/** A stored release file. */
export type ReleaseEntry = CollectionEntry<'releases'>;
/** One published language version of a release. */
export type PublishedRelease = Release<ReleaseEntry>;
/** A release in every language it is published in. */
export type PublishedGroup = ReleaseGroup<ReleaseEntry>;
/** A release as a listing shows it. */
export type ReleaseListingItem = ListingItem<ReleaseEntry>;

let cached: Promise<PublishedGroup[]> | undefined;

/**
 * Every published release, grouped by folder, newest first. The only caller of
 * `getCollection('releases')`: pages, feeds, the sitemap and search all start here.
 */
export function getReleaseGroups(): Promise<PublishedGroup[]> {
	cached ??= getCollection('releases').then((entries) =>
		groupReleases(withBodies('releases', entries), {
			now: buildTime,
			includeDrafts: __DEV_SERVER__,
		}),
	);
	return cached;
}
