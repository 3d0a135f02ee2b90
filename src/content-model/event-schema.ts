// An event of the agenda (content/events/<folder>/index.<lang>.md): a briefing, a press
// conference, a launch or a media visit, with its times, place or online address, speakers
// (people of content/contacts/) and related releases (their folders).
import { z } from 'astro/zod';
import { eventKindKeys } from '../i18n/event-kinds';
import { shownText } from './characters';
import { moment } from './dates';
import { noRepeats, slug, translatedFrom } from './field-schemas';
import type { FieldShape } from './known-fields';
import { personId } from './person-schema';
import { optionalText, text } from './text-fields';

// Every message below is read by an editor in a terminal: say what is wrong and how to fix it.

const shown = (value: unknown) =>
	typeof value === 'string' ? shownText(value) : JSON.stringify(value);

/** A release folder, as an event names the releases it belongs with. */
const releaseFolder = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
	error: (issue) =>
		`"${shown(issue.input)}" is not the folder of a release: write the name of its folder in content/releases/, like: releases: [guatemala-counter-trafficking]`,
});

/** The fields of an event's file. */
const eventFields = {
	/** The event's title, in the language of the file. */
	title: text('title', 'title: Press briefing on the Guatemala shelter', { direction: true }),
	/** The kind of event (src/i18n/event-kinds.ts). */
	kind: z.enum(eventKindKeys, {
		error: (issue) =>
			issue.input === undefined
				? `kind is missing. Add a line like: kind: press-briefing (one of: ${eventKindKeys.join(', ')})`
				: `kind "${shown(issue.input)}" is not a kind of event of the site. Use one of: ${eventKindKeys.join(', ')} (or add it to src/i18n/event-kinds.ts).`,
	}),
	/** When it starts, with its UTC offset (the same rule as `embargo`). Shared. */
	start: moment('start', 'start: 2026-12-10T10:30:00+01:00'),
	/** When it ends, with its UTC offset; after the start. Shared. */
	end: moment('end', 'end: 2026-12-10T11:30:00+01:00').optional(),
	/** Where it takes place, e.g. "Palais des Nations, Press room III, Geneva". */
	place: optionalText('place'),
	/**
	 * The https address to follow it online, as browsers write it (a space in it becomes %20, so
	 * every page and calendar holds a valid URL). Shared.
	 */
	online: z
		.url({
			protocol: /^https$/,
			error: (issue) =>
				`online "${shown(issue.input)}" is not an https address: write the full address it is followed at, starting with https://, like: online: https://webtv.un.org/`,
		})
		.transform((address) => new URL(address).href)
		.optional(),
	/** Who speaks: ids of people of content/contacts/. Shared. */
	speakers: z
		.array(personId, {
			error: 'speakers must be a list of people’s ids, like: speakers: [marina-palma]',
		})
		.superRefine(noRepeats('speakers'))
		.default([]),
	/** The releases the event belongs with: their folders in content/releases/. Shared. */
	releases: z
		.array(releaseFolder, {
			error:
				'releases must be a list of release folders, like: releases: [guatemala-counter-trafficking]',
		})
		.superRefine(noRepeats('releases'))
		.default([]),
	/** The last part of the URL; by default made from the title. */
	slug: slug.optional(),
	/** For a translation: the language it was made from, and that file's hash then. */
	translatedFrom,
	/** A draft is never published. */
	draft: z.boolean({ error: 'draft must be true or false.' }).default(false),
};

/** The frontmatter of one language file of an event. */
export const eventSchema = z
	.strictObject({
		...eventFields,
		/** Added by the loader: the UTC offset `start` was written with (`+01:00`, `Z`). */
		zone: z.string().optional(),
		/** Added by the loader: the file's source hash. */
		sourceHash: z.string().optional(),
	})
	.superRefine((event, context) => {
		if (event.end && event.end <= event.start) {
			context.addIssue({
				code: 'custom',
				path: ['end'],
				message: `end ${event.end.toISOString()} is not after start ${event.start.toISOString()} (both in UTC): check the day, the time and the offset of each.`,
			});
		}
		if (event.place === undefined && event.online === undefined) {
			context.addIssue({
				code: 'custom',
				path: ['place'],
				message:
					'The event has neither a place nor an online address: add a line like: place: Palais des Nations, Geneva (or online: https://…).',
			});
		}
	});

/** The validated frontmatter of an event's file. */
export type EventData = z.output<typeof eventSchema>;

/** The fields an event's file may hold, for naming a misspelt one. */
export const eventShape: FieldShape = {
	fields: Object.keys(eventFields),
	objects: { translatedFrom: { fields: ['lang', 'hash'] } },
};

/**
 * The UTC offset a moment was written with, as `+01:00` (`Z` as `+00:00`); undefined when the
 * text is not a moment (the schema then says what is wrong).
 * @example zoneOf('2026-12-10T10:30:00+01:00') // => '+01:00'
 */
export function zoneOf(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const match = /(Z|[+-]\d{2}:\d{2})$/.exec(value.trim());
	if (!match) return undefined;
	return match[1] === 'Z' ? '+00:00' : match[1];
}
