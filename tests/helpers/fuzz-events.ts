// The events of the fuzz test (tests/build/fuzz.test.ts): agenda files whose every free text (title,
// place, the online address's path, the description) and slug hold arbitrary text, what each
// published one must show, and the check of its outputs: the event page, its JSON-LD, its own
// calendar file and its language's calendar (ical.js), the sitemap and the search record.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { expect } from 'vitest';
import { stringify } from 'yaml';
import { parseFrontmatter } from '../../src/content-model/frontmatter';
import { slugOf } from '../../src/content-model/ids';
import { isUnwritten } from '../../src/content-model/translations';
import { eventKindKeys, eventKinds } from '../../src/i18n/event-kinds';
import type { Locale } from '../../src/i18n/locales';
import { url } from '../../src/i18n/routes';
import { eventUid } from '../../src/page-model/calendars';
import { siteUrl } from '../../src/settings';
import { readPage, select, selectAll, toString, type SearchRecord } from './dist';
import { collapsed, field, rawQuoted, shown, slugChoice, slugField } from './fuzz-text';
import { readSitemap } from './xml';

/** One generated event: its language, kind, texts, and how its slug is written. */
export const fuzzEvent = fc.record({
	locale: fc.constantFrom<Locale>('en', 'fr', 'es'),
	kind: fc.constantFrom(...eventKindKeys),
	slug: slugChoice,
	title: field,
	rawTitle: fc.boolean(),
	place: fc.option(field, { freq: 4 }),
	// Mostly a plain address; sometimes one whose path is arbitrary text.
	online: fc.option(
		fc.oneof({ weight: 3, arbitrary: fc.constant('briefing') }, { weight: 1, arbitrary: field }),
		{ freq: 2 },
	),
	body: fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: field }),
});
export type FuzzEvent = typeof fuzzEvent extends fc.Arbitrary<infer T> ? T : never;

/** The file of an event, in folder `folder`. */
export function eventFile(e: FuzzEvent, folder: string): string {
	const data = {
		kind: e.kind,
		start: '2025-07-01T10:00:00+02:00',
		...(e.place === null ? {} : { place: e.place }),
		...(e.online === null ? {} : { online: `https://webtv.example.org/${e.online}` }),
		...slugField(e.slug, folder),
	};
	const title = e.rawTitle ? `title: ${rawQuoted(e.title)}\n` : stringify({ title: e.title });
	return `---\n${title}${stringify(data)}---\n\n${e.body ?? 'A paragraph about this event.'}\n`;
}

/** What a published event must show: its texts as the site sets them, its page and calendar. */
export interface ExpectedEvent {
	folder: string;
	locale: Locale;
	path: string;
	calendar: string;
	kind: string;
	title: string;
	place?: string | undefined;
	online?: string | undefined;
}

/**
 * What the file of `e` must show once published, read as the build reads it (`unreadable`,
 * `unwritten`: as for a release).
 */
export function expectedEvent(
	e: FuzzEvent,
	folder: string,
	text: string,
): ExpectedEvent | 'unreadable' | 'unwritten' {
	const parsed = parseFrontmatter(folder, text);
	if (!parsed.ok) return 'unreadable';
	const { data } = parsed;
	if (isUnwritten(data, parsed.body)) return 'unwritten';
	const title = shown(data.title, e.locale);
	const slug = slugOf({ title, slug: data.slug as string | undefined });
	return {
		folder,
		locale: e.locale,
		path: url('event', e.locale, { slug }),
		calendar: url('eventCalendar', e.locale, { slug }),
		kind: eventKinds[e.kind][e.locale],
		title,
		place: data.place === undefined ? undefined : shown(data.place, e.locale),
		// An address is published as browsers write it: no spaces around it, a space in it as %20.
		online: typeof data.online === 'string' ? new URL(data.online.trim()).href : undefined,
	};
}

/** A calendar file of a build, parsed by ical.js (which throws on what it cannot read). */
const readCalendar = async (dist: string, path: string) =>
	new ICAL.Component(ICAL.parse(await readFile(join(dist, path), 'utf8')) as unknown[]);

/** A VEVENT's properties, by name, with their values. */
const properties = (vevent: ICAL.Component) =>
	vevent.getAllProperties().map((p) => [p.name, p.getValues()] as const);

/** Checks the outputs of a build against the events it published. */
export async function checkEvents(
	dist: string,
	published: ExpectedEvent[],
	records: SearchRecord[],
): Promise<void> {
	const sitemap = new Set((await readSitemap(dist)).map((u) => u.loc));
	const calendars = new Map<Locale, ICAL.Component>();
	for (const locale of new Set(published.map((e) => e.locale))) {
		const calendar = await readCalendar(dist, url('calendar', locale));
		expect(calendar.getAllSubcomponents('vevent'), locale).toHaveLength(
			published.filter((e) => e.locale === locale).length,
		);
		calendars.set(locale, calendar);
	}
	for (const e of published) {
		const where = `${e.folder} (${e.path})`;
		const page = await readPage(dist, e.path);
		expect(toString(select('h1', page) ?? page), where).toBe(e.title);
		const facts = selectAll('.event-facts dd', page).map((dd) => toString(dd));
		if (e.place) expect(facts[2], where).toBe(e.place);
		const jsonLd: unknown = JSON.parse(
			toString(select('script[type="application/ld+json"]', page) ?? page),
		);
		const places = [
			...(e.place ? [{ '@type': 'Place', name: e.place }] : []),
			...(e.online ? [{ '@type': 'VirtualLocation', url: e.online }] : []),
		];
		expect(jsonLd, where).toMatchObject({
			name: e.title,
			location: places.length === 1 ? places[0] : places,
		});

		// Its own calendar file: one VEVENT, no property added, the texts as the page shows them.
		const own = (await readCalendar(dist, e.calendar)).getAllSubcomponents('vevent');
		expect(own, where).toHaveLength(1);
		const vevent = own[0]!;
		const location = [e.place, e.online].filter(Boolean).join(' · ');
		expect(
			vevent.getAllProperties().map((p) => p.name),
			where,
		).toEqual([
			'uid',
			'dtstamp',
			'dtstart',
			'summary',
			...(location ? ['location'] : []),
			'url',
			'description',
			'categories',
		]);
		expect(vevent.getFirstPropertyValue('uid'), where).toBe(eventUid(e.folder));
		expect(vevent.getFirstPropertyValue('summary'), where).toBe(e.title);
		if (location) expect(vevent.getFirstPropertyValue('location'), where).toBe(location);
		const description = String(vevent.getFirstPropertyValue('description'));
		// The kind, then the text of the page's description, if it shows any.
		expect(description === e.kind || description.startsWith(`${e.kind}\n\n`), where).toBe(true);
		expect(collapsed(description), where).toBe(
			collapsed(`${e.kind} ${toString(select('.event .body', page) ?? page)}`),
		);
		// The language's calendar holds the same VEVENT.
		const inCalendar = calendars
			.get(e.locale)
			?.getAllSubcomponents('vevent')
			.find((v) => v.getFirstPropertyValue('uid') === eventUid(e.folder));
		expect(inCalendar && properties(inCalendar), where).toEqual(properties(vevent));

		expect(sitemap.has(new URL(e.path, siteUrl).href), where).toBe(true);
		const record = records.find((r) => r.url === e.path);
		// Pagefind records no page without a word in its indexed text (the title and the
		// description; the facts are left out of it): nothing could find it.
		const indexed = `${e.title} ${toString(select('.event .body', page) ?? page)}`;
		if (record || /[\p{L}\p{N}]/u.test(indexed))
			expect(collapsed(record?.meta.title ?? ''), where).toBe(collapsed(e.title));
	}
}
