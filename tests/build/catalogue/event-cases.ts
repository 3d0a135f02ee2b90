// The catalogue's cases of the agenda (content/events/<folder>/): cases.ts runs them with the
// rest, in the same build.
import type { Case } from './cases';

/** An event's file: the default fields with `fields` over them (`null` leaves one out). */
function event(fields: Record<string, string | null> = {}): string {
	const all = {
		title: 'Catalogue event',
		kind: 'press-briefing',
		start: '2026-06-10T10:30:00+02:00',
		place: 'Palais des Nations, Geneva',
		...fields,
	};
	const lines = Object.entries(all)
		.filter(([, value]) => value !== null)
		.map(([key, value]) => `${key}: ${value}`);
	return `---\n${lines.join('\n')}\n---\n\nWhat the event is about.\n`;
}

/** A case of one event's English file, titled after its folder. */
const one = (
	name: string,
	folder: string,
	fields: Record<string, string | null>,
	expect: string[],
): Case => ({
	name,
	files: { [`events/${folder}/index.en.md`]: event({ title: `Event ${folder}`, ...fields }) },
	expect,
});

const at = (folder: string) => `@/events/${folder}/index.en.md`;

export const eventCases: Case[] = [
	one('an event of a kind the site does not have', 'event-kind', { kind: 'webinar' }, [
		`${at('event-kind')} → kind: kind "webinar" is not a kind of event of the site. Use one of: press-briefing, press-conference, launch, media-visit (or add it to src/i18n/event-kinds.ts).`,
	]),
	one(
		'an event that ends before it starts (the offsets taken into account)',
		'event-end',
		{ start: '2026-06-10T10:30:00+02:00', end: '2026-06-10T09:00:00+01:00' },
		[
			`${at('event-end')} → end: end 2026-06-10T08:00:00.000Z is not after start 2026-06-10T08:30:00.000Z (both in UTC): check the day, the time and the offset of each.`,
		],
	),
	one('a start without its UTC offset', 'event-no-offset', { start: '2026-06-10T10:30:00' }, [
		`${at('event-no-offset')} → start: start "2026-06-10T10:30:00" has no time zone, so it would depend on the computer that builds the site: write the time and its zone, like: start: 2026-12-10T10:30:00+01:00 (or Z for UTC)`,
	]),
	one('a speaker who is nobody of contacts/', 'event-speaker', { speakers: '[nobody-here]' }, [
		`${at('event-speaker')} → speakers.0: speakers names "nobody-here", who is not in @/contacts/: check the id against the folder names there, or write the person's file @/contacts/nobody-here/index.en.md (EDITING.md, "People").`,
	]),
	one('a release folder that does not exist', 'event-release', { releases: '[no-such-release]' }, [
		`${at('event-release')} → releases.0: releases names "no-such-release", which is not a folder of @/releases/: check the name against the folders there.`,
	]),
	one(
		'an online address that is not https',
		'event-http',
		{ online: 'http://webtv.example.org/briefing' },
		[
			`${at('event-http')} → online: online "http://webtv.example.org/briefing" is not an https address: write the full address it is followed at, starting with https://, like: online: https://webtv.un.org/`,
		],
	),
	one('an event with neither place nor online address', 'event-nowhere', { place: null }, [
		`${at('event-nowhere')} → place: The event has neither a place nor an online address: add a line like: place: Palais des Nations, Geneva (or online: https://…).`,
	]),
];
