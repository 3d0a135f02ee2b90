// The agenda as iCalendar (RFC 5545): one file per event and language to add it to a calendar,
// and one calendar per language to subscribe to. Written with ical.js, which escapes text and
// folds lines; times in UTC; each event's UID is its folder at the site's host, the same in every
// build and every language.
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import ICAL from 'ical.js';
import { eventKinds } from '../i18n/event-kinds';
import { locales, type Locale } from '../i18n/locales';
import { url } from '../i18n/routes';
import { useTranslations } from '../i18n/translate';
import { buildTime, siteUrl } from '../settings';
import { fold } from './contacts';
import type { EventGroup, PublishedEvent } from './events';

/** One calendar file: its URL and what it holds. */
export type CalendarFile = {
	url: string;
	locale: Locale;
	/** The calendar's name; none for one event's file. */
	name?: string;
	events: PublishedEvent[];
};

/** The text of an event's description: its rendered body as plain text, a paragraph a line. */
const plainText = (html: string | undefined) =>
	toString(fromHtml((html ?? '').replace(/<\/(p|h\d|li)>/g, '$&\n'), { fragment: true }))
		.replace(/\n{3,}/g, '\n\n')
		.trim();

/** The stable UID of an event: its folder at the site's host. */
export const eventUid = (folder: string): string => `${folder}@${new URL(siteUrl).host}`;

/** One event as a VEVENT in its language. */
function vevent(event: PublishedEvent, now: Date): ICAL.Component {
	const { data } = event.entry;
	const component = new ICAL.Component('vevent');
	const utc = (date: Date) => ICAL.Time.fromJSDate(date, true);
	component.addPropertyWithValue('uid', eventUid(event.folder));
	// With METHOD:PUBLISH, DTSTAMP is when this file was made (RFC 5545 §3.8.7.2): the build's
	// time. Without a method it would be when the event was last revised, which no file records.
	component.addPropertyWithValue('dtstamp', utc(now));
	component.addPropertyWithValue('dtstart', utc(data.start));
	if (data.end) component.addPropertyWithValue('dtend', utc(data.end));
	component.addPropertyWithValue('summary', data.title);
	const location = [data.place, data.online].filter(Boolean).join(' · ');
	if (location) component.addPropertyWithValue('location', location);
	component.addPropertyWithValue('url', new URL(event.url, siteUrl).href);
	const kind = eventKinds[data.kind][event.locale];
	const body = plainText(event.entry.rendered?.html);
	component.addPropertyWithValue('description', body ? `${kind}\n\n${body}` : kind);
	component.addPropertyWithValue('categories', kind);
	return component;
}

/** A calendar file's text, lines ending in CRLF. */
export function icalendar(file: CalendarFile, now = buildTime): string {
	const calendar = new ICAL.Component('vcalendar');
	calendar.addPropertyWithValue(
		'prodid',
		`-//${new URL(siteUrl).host}//Newsroom//${file.locale.toUpperCase()}`,
	);
	calendar.addPropertyWithValue('version', '2.0');
	calendar.addPropertyWithValue('calscale', 'GREGORIAN');
	calendar.addPropertyWithValue('method', 'PUBLISH');
	if (file.name) calendar.addPropertyWithValue('x-wr-calname', file.name);
	for (const event of file.events) calendar.addSubcomponent(vevent(event, now));
	// ical.js folds at 75 characters; RFC 5545 §3.1 counts octets: unfold, then fold by octets.
	const lines = calendar
		.toString()
		.replace(/\r\n[ \t]/g, '')
		.split('\r\n');
	return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** Every calendar file of the site: each language's calendar, and each event's file. */
export function calendarFiles(groups: EventGroup[]): CalendarFile[] {
	return [
		...locales.map((locale) => ({
			url: url('calendar', locale),
			locale,
			name: useTranslations(locale)('agenda.calendarTitle'),
			events: groups.flatMap((g) => g.translations[locale] ?? []),
		})),
		...groups.flatMap((g) =>
			Object.values(g.translations).map((event) => ({
				url: event.calendar,
				locale: event.locale,
				events: [event],
			})),
		),
	];
}
