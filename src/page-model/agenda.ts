// The agenda's pages: each locale's agenda (upcoming events soonest first, past events newest
// first, decided at build time as embargoes are) and each event's page, with its speakers and
// the releases it belongs with; and, for release pages, the events each release belongs with.
import { locales, type Locale } from '../i18n/locales';
import { url } from '../i18n/routes';
import { buildTime } from '../settings';
import type { Person } from './contacts';
import type { EventGroup, PublishedEvent } from './events';
import { listingFor } from './publishing';
import type { PublishedGroup } from './releases';
import type { Shared } from './static-pages';
import type { ViewProps } from './view-props';

/** An event as the agenda lists it: in the agenda's language. */
export type AgendaItem = { event: PublishedEvent; past: boolean };

/** Whether an event is over at build time: it has ended (or, with no end, started). */
export const isPast = (event: PublishedEvent, now = buildTime): boolean =>
	(event.entry.data.end ?? event.entry.data.start) < now;

/** A locale's agenda: its upcoming events soonest first, then its past events newest first. */
export function agendaOf(groups: EventGroup[], locale: Locale, now = buildTime) {
	const here = groups.flatMap((g) => g.translations[locale] ?? []);
	return {
		upcoming: here.filter((e) => !isPast(e, now)),
		past: here.filter((e) => isPast(e, now)).reverse(),
	};
}

/** The ids of the people published events name as speakers. */
export const speakersOf = (groups: EventGroup[]): string[] =>
	groups.flatMap((g) => Object.values(g.translations).flatMap((e) => e.entry.data.speakers));

/** The events each release folder belongs with, in a locale. */
export function eventsByRelease(groups: EventGroup[]) {
	return (folder: string, locale: Locale): { title: string; url: string }[] =>
		groups
			.filter((g) => g.translations[locale]?.entry.data.releases.includes(folder))
			.flatMap((g) => g.translations[locale] ?? [])
			.map((e) => ({ title: e.entry.data.title, url: e.url }));
}

/** The agenda of every locale, and the page of every event in each of its languages. */
export function agendaPages(
	shared: Shared,
	groups: EventGroup[],
	releases: PublishedGroup[],
	personOf: (id: string, locale: Locale) => Person | undefined,
): ViewProps[] {
	const agendaUrls = Object.fromEntries(locales.map((l) => [l, url('agenda', l)]));
	const byFolder = new Map(releases.map((r) => [r.folder, r]));
	return [
		...locales.map((locale) => ({
			...shared(locale),
			view: 'agenda' as const,
			url: url('agenda', locale),
			alternates: agendaUrls,
			...agendaOf(groups, locale),
			calendar: url('calendar', locale),
		})),
		...groups.flatMap((group) => {
			const translations = Object.values(group.translations);
			const alternates = Object.fromEntries(translations.map((e) => [e.locale, e.url]));
			return translations.map((event) => ({
				...shared(event.locale),
				view: 'event' as const,
				url: event.url,
				alternates,
				event,
				past: isPast(event),
				speakers: event.entry.data.speakers.flatMap((id) => personOf(id, event.locale) ?? []),
				releases: listingFor(
					event.entry.data.releases.flatMap((folder) => byFolder.get(folder) ?? []),
					event.locale,
				),
			}));
		}),
	];
}
