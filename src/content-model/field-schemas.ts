// The fields of a release and of a page one by one (a slug, a country code, a contact, an
// update…), and the checks of a release's updates: schema.ts puts them together.
import { z } from 'astro/zod';
import { releaseTypeKeys } from '../i18n/release-types';
import { topicKeys } from '../i18n/topics';
import { isCountryCode } from '../i18n/format';
import { locales } from '../i18n/locales';
import { buildTime } from '../settings';
import { shownText } from './characters';
import { day } from './dates';
import { maxSlug } from './ids';
import { text } from './text-fields';

// Every message below is read by an editor in a terminal: say what is wrong and how to fix it.

/** A value as the editor wrote it, for quoting in a message. */
const shown = (value: unknown) =>
	typeof value === 'string' ? shownText(value) : JSON.stringify(value);

export const slug = z
	.string()
	.max(maxSlug, {
		error: (issue) =>
			`slug is ${shown(issue.input).length} characters long, more than the ${maxSlug} a web address may use: shorten it, like: guatemala-shelter-first-year`,
		abort: true,
	})
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: (issue) =>
			`slug "${shown(issue.input)}" may only hold lower-case letters, digits and single hyphens, like: guatemala-shelter-first-year`,
	});

/**
 * The message of an object field (`image:`, one contact…) written as something else: `empty`
 * when written with nothing (a hyphen alone, `""`), `other` otherwise.
 */
export const objectError =
	(empty: string, other: string) =>
	(issue: { code?: string; input?: unknown }): string | undefined =>
		issue.code !== 'invalid_type'
			? undefined
			: issue.input == null || issue.input === ''
				? empty
				: other;

export const countryCode = z.string().refine((code) => isCountryCode(code), {
	error: (issue) =>
		`"${shown(issue.input)}" is not an ISO 3166-1 country code. Use two capital letters, like GT for Guatemala or FR for France.`,
});

export const releaseType = z.enum(releaseTypeKeys, {
	error: (issue) =>
		`type "${shown(issue.input)}" is not a kind of release of the site. Use one of: ${releaseTypeKeys.join(', ')} (or add it to src/i18n/release-types.ts).`,
});

export const topicKey = z.enum(topicKeys, {
	error: (issue) =>
		`"${shown(issue.input)}" is not a known topic. Use one of: ${topicKeys.join(', ')} (or add it to src/i18n/topics.ts).`,
});

/** What a wrong or missing `translatedFrom.hash` gets. */
const hashError = (input: unknown) =>
	input === undefined
		? 'translatedFrom.hash is missing: add the 12 characters `npm run translations -- --hash <file>` prints for the file translated from (or the web editor\'s "Translated from" button writes), like: hash: "3f9a0c1b2d4e"'
		: `translatedFrom.hash "${shown(input)}" must be the 12 characters \`npm run translations -- --hash <file>\` prints, in double quotes, like: hash: "3f9a0c1b2d4e"`;

/**
 * Which file a translation was made from, and that file's source hash at the time
 * (`npm run translations -- --hash <file>` prints it). `npm run translations` reports the
 * translation as outdated once the source's hash changes.
 */
export const translatedFrom = z
	.strictObject(
		{
			lang: z.enum(locales, {
				error: (issue) =>
					issue.input === undefined
						? `translatedFrom.lang is missing: write the language of the file translated from, one of: ${locales.join(', ')}`
						: `translatedFrom.lang "${shown(issue.input)}" is not a language of the site. Use one of: ${locales.join(', ')}`,
			}),
			hash: z
				.string({ error: (issue) => hashError(issue.input) })
				.regex(/^[0-9a-f]{12}$/, { error: (issue) => hashError(issue.input) }),
		},
		{
			error: objectError(
				'translatedFrom is empty: write the language and hash of the file translated from, or delete the line.',
				'translatedFrom must hold the language and hash of the file translated from, like: translatedFrom: { lang: fr, hash: "3f9a0c1b2d4e" }',
			),
		},
	)
	.optional();

/** A list check: no value listed twice (`countries: [GT, GT]`). */
export const noRepeats =
	(field: string) =>
	(list: readonly string[], context: z.RefinementCtx): void => {
		const repeated = list.filter((value, i) => list.indexOf(value) !== i);
		if (repeated.length > 0) {
			context.addIssue({
				code: 'custom',
				message: `${field} lists ${[...new Set(repeated)].join(', ')} more than once: list each once.`,
			});
		}
	};

/** Every update comes after `date`, and none after the build (an update is dated when made). */
export function updatesAfterDate(
	data: { date: Date; updates: { date: Date }[] },
	context: z.RefinementCtx,
): void {
	const iso = (d: Date) => d.toISOString().slice(0, 10);
	data.updates.forEach((update, i) => {
		if (update.date < data.date) {
			context.addIssue({
				code: 'custom',
				path: ['updates', i, 'date'],
				message: `update ${iso(update.date)} is before the release's date ${iso(data.date)}: an update comes after publication.`,
			});
		} else if (update.date > buildTime) {
			context.addIssue({
				code: 'custom',
				path: ['updates', i, 'date'],
				message: `update ${iso(update.date)} is in the future: date an update on the day it is made.`,
			});
		}
	});
}

/** The same update written twice (same day, same note), which the page would print twice. */
export function noRepeatedUpdates(
	data: { updates: { date: Date; note: string }[] },
	context: z.RefinementCtx,
): void {
	const key = (u: { date: Date; note: string }) => `${u.date.toISOString()} ${u.note}`;
	const keys = data.updates.map(key);
	keys.forEach((k, i) => {
		const first = keys.indexOf(k);
		if (first === i) return;
		context.addIssue({
			code: 'custom',
			path: ['updates', i],
			message: `This update repeats updates.${first} (same date, same note), and the page would print it twice: delete one of them.`,
		});
	});
}

/** A dated update or correction of a release, in the file's language. */
export const updateSchema = z.strictObject(
	{
		/** The day of the update (year-month-day). Must be the same in every language. */
		date: day('updates.date', 'date: 2024-09-20'),
		/** What changed, in one or two sentences, in the language of the file. */
		note: text('updates.note', 'note: The number of people assisted was corrected to 65.', {
			lines: 'many',
		}),
	},
	{
		error: objectError(
			'This update is empty: write its date and note after the hyphen, or delete the hyphen.',
			'An update must be written as its date and note after its hyphen, like: - { date: 2024-09-20, note: … }',
		),
	},
);
