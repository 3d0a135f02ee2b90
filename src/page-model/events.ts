import { getCollection, type CollectionEntry } from 'astro:content';
import { withBodies } from '../content-model/stored-html';
import { slugOf, splitId } from '../content-model/ids';
import { isLocale, type Locale } from '../i18n/locales';
import { url } from '../i18n/routes';

/** A stored event file: one language of an event of content/events/. */
export type EventEntry = CollectionEntry<'events'>;

/** One published language version of an event. */
export interface PublishedEvent {
	entry: EventEntry;
	folder: string;
	locale: Locale;
	slug: string;
	url: string;
	/** Its calendar file (iCalendar). */
	calendar: string;
}

/** An event in every language it is published in; the folder is the translation key. */
export interface EventGroup {
	folder: string;
	start: Date;
	translations: Partial<Record<Locale, PublishedEvent>>;
}

let cached: Promise<EventGroup[]> | undefined;

/**
 * Every published event, grouped by folder, soonest first. The only caller of
 * `getCollection('events')`: the agenda, event pages, calendars and release pages start here.
 */
export function getEventGroups(): Promise<EventGroup[]> {
	cached ??= getCollection('events').then((stored) => {
		const entries = withBodies('events', stored);
		const groups = new Map<string, EventGroup>();
		for (const entry of entries) {
			if (entry.data.draft && !__DEV_SERVER__) continue;
			const { folder, locale } = splitId(entry.id);
			if (!isLocale(locale)) continue;
			const slug = slugOf(entry.data);
			const group = groups.get(folder) ?? { folder, start: entry.data.start, translations: {} };
			group.translations[locale] = {
				entry,
				folder,
				locale,
				slug,
				url: url('event', locale, { slug }),
				calendar: url('eventCalendar', locale, { slug }),
			};
			groups.set(folder, group);
		}
		return [...groups.values()].sort(
			(a, b) => a.start.getTime() - b.start.getTime() || a.folder.localeCompare(b.folder),
		);
	});
	return cached;
}
