// The two kinds of dates a content file holds, read from the text the editor wrote: a day
// (`date: 2024-09-16`) and a moment with its time zone (`embargo: 2024-09-16T09:00:00+02:00`).
import { z } from 'astro/zod';
import { shownText } from './characters';

/** The year IOM was founded: no release of the organisation can be older. */
export const firstYear = 1951;

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
// Seconds may have a fraction (`09:00:00.250Z`), as some tools write them.
const momentPattern =
	/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Whether year, month and day name a day of the calendar (not 30 February). */
function isCalendarDay(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

/** A value as the editor wrote it, for quoting in a message. */
const shown = (value: unknown) =>
	value instanceof Date
		? value.toISOString()
		: typeof value === 'string'
			? shownText(value)
			: JSON.stringify(value);

type Check = { ok: true; date: Date } | { ok: false; message: string };

/** Reads a day written year-month-day; the Date is that day at 00:00 UTC. */
export function readDay(field: string, example: string, value: unknown): Check {
	const text = shown(value);
	const match = typeof value === 'string' ? dayPattern.exec(value.trim()) : null;
	if (!match) {
		const hasTime = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}[T ]/.test(value.trim());
		return {
			ok: false,
			message: hasTime
				? `${field} "${text}" has a time: ${field} is a day, written year-month-day, like: ${example}. To publish at a set time, add an embargo.`
				: `${field} "${text}" is not a date. Write it as year-month-day, like: ${example}`,
		};
	}
	const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
	if (!isCalendarDay(year, month, day)) {
		return {
			ok: false,
			message: `${field} "${text}" is not a day of the calendar: check the month and the day, like: ${example}`,
		};
	}
	if (year < firstYear) {
		return {
			ok: false,
			message: `${field} "${text}" is before ${firstYear}, when IOM was founded: check the year.`,
		};
	}
	return { ok: true, date: new Date(Date.UTC(year, month - 1, day)) };
}

/** Reads a moment written with its time zone (`Z` or an offset such as `+02:00`). */
export function readMoment(field: string, example: string, value: unknown): Check {
	const text = shown(value);
	const written = typeof value === 'string' ? value.trim() : '';
	const match = momentPattern.exec(written);
	if (!match) {
		const message = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/.test(written)
			? `${field} "${text}" has no time zone, so it would depend on the computer that builds the site: write the time and its zone, like: ${example} (or Z for UTC)`
			: `${field} "${text}" is not a date and time. Write it with its time zone, like: ${example}`;
		return { ok: false, message };
	}
	const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match
		.slice(1, 7)
		.map((part) => Number(part ?? 0));
	if (!isCalendarDay(year, month, day) || hour > 23 || minute > 59 || second > 59) {
		return {
			ok: false,
			message: `${field} "${text}" is not a real date and time: check it, like: ${example}`,
		};
	}
	return { ok: true, date: new Date(written) };
}

/** A Zod field for a value one of the readers above checks. */
const dateField = (read: typeof readDay, field: string, example: string) =>
	z.unknown().transform((value, context): Date => {
		if (value === undefined || value === null) {
			context.addIssue({
				code: 'custom',
				message: `${field} is missing. Add a line like: ${example}`,
			});
			return z.NEVER;
		}
		const result = read(field, example, value);
		if (result.ok) return result.date;
		context.addIssue({ code: 'custom', message: result.message });
		return z.NEVER;
	});

/** A required day field, e.g. `date`. */
export const day = (field: string, example: string) => dateField(readDay, field, example);

/** A required moment field, e.g. `embargo`. */
export const moment = (field: string, example: string) => dateField(readMoment, field, example);
