// Moments of the agenda as readers of a locale read them: in the time zone offset the event was
// written with, and in UTC. Formatted with UTC shifted by the offset, so a build gives the same
// text on any machine.
import { intlOf, type Locale } from './locales';

/** Minutes east of UTC of an offset written `+01:00` or `-06:00`. */
export function offsetMinutes(zone: string): number {
	const match = /^([+-])(\d{2}):(\d{2})$/.exec(zone);
	if (!match) return 0;
	const minutes = Number(match[2]) * 60 + Number(match[3]);
	return match[1] === '-' ? -minutes : minutes;
}

const formats = new Map<string, Intl.DateTimeFormat>();
const format = (locale: Locale, time: boolean) => {
	const key = `${locale}:${time}`;
	let found = formats.get(key);
	if (!found) {
		found = new Intl.DateTimeFormat(intlOf(locale), {
			dateStyle: 'full',
			...(time ? { timeStyle: 'short' } : {}),
			timeZone: 'UTC',
		});
		formats.set(key, found);
	}
	return found;
};

/**
 * A moment as read where it happens: date and time at the offset `zone`, then the offset.
 * @example formatMoment(new Date('2026-12-10T09:30:00Z'), '+01:00', 'en') // => 'Thursday, December 10, 2026 at 10:30 AM (UTC+01:00)'
 */
export function formatMoment(date: Date, zone: string, locale: Locale): string {
	const shifted = new Date(date.getTime() + offsetMinutes(zone) * 60_000);
	return `${format(locale, true).format(shifted)} (UTC${zone === '+00:00' ? '' : zone})`;
}

/**
 * A moment in UTC.
 * @example formatUtc(new Date('2026-12-10T09:30:00Z'), 'en') // => 'Thursday, December 10, 2026 at 9:30 AM UTC'
 */
export function formatUtc(date: Date, locale: Locale): string {
	return `${format(locale, true).format(date)} UTC`;
}

/**
 * The day of a moment at the offset `zone`, as the agenda lists it.
 * @example formatDay(new Date('2026-12-10T23:30:00Z'), '+01:00', 'fr') // => 'vendredi 11 décembre 2026'
 */
export function formatDay(date: Date, zone: string, locale: Locale): string {
	return format(locale, false).format(new Date(date.getTime() + offsetMinutes(zone) * 60_000));
}

const timeFormats = new Map<Locale, Intl.DateTimeFormat>();
const timeFormat = (locale: Locale) => {
	let found = timeFormats.get(locale);
	if (!found) {
		found = new Intl.DateTimeFormat(intlOf(locale), { timeStyle: 'short', timeZone: 'UTC' });
		timeFormats.set(locale, found);
	}
	return found;
};

/**
 * From a start to an optional end, at the offset `zone` (`+00:00` writes "UTC"), the zone said
 * once; an end on the same day gives its time alone.
 * @example formatSpan(new Date('2026-12-10T09:30:00Z'), new Date('2026-12-10T10:00:00Z'), '+01:00', 'en') // => 'Thursday, 10 December 2026 at 10:30 – 11:00 (UTC+01:00)'
 */
export function formatSpan(
	start: Date,
	end: Date | undefined,
	zone: string,
	locale: Locale,
	{ utc = false } = {},
): string {
	const shift = (date: Date) => new Date(date.getTime() + offsetMinutes(zone) * 60_000);
	const suffix = utc ? ' UTC' : ` (UTC${zone === '+00:00' ? '' : zone})`;
	const from = format(locale, true).format(shift(start));
	if (!end) return `${from}${suffix}`;
	const sameDay = formatDay(start, zone, locale) === formatDay(end, zone, locale);
	const to = sameDay
		? timeFormat(locale).format(shift(end))
		: format(locale, true).format(shift(end));
	return `${from} – ${to}${suffix}`;
}
