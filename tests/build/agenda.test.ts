// The agenda in a real build of fixture people, releases and events in three languages, as of
// NEWSROOM_NOW: the agenda pages (upcoming soonest first, past newest first), the event pages,
// the release page naming its event, the calendars (read back by ical.js) and the sitemap.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAgendaFixture } from '../helpers/agenda-fixture';
import type { BuildResult } from '../helpers/astro';
import { attr, readPage, select, selectAll, text, toString } from '../helpers/dist';
import { readSitemap } from '../helpers/xml';

const page = (path: string) => readPage(build.outDir, path);
const calendar = async (path: string) =>
	new ICAL.Component(ICAL.parse(await readFile(join(build.outDir, path), 'utf8')) as unknown[]);

let build: BuildResult;
beforeAll(async () => {
	build = await buildAgendaFixture('agenda');
	expect(build.ok, build.output).toBe(true);
});

describe('the agenda', () => {
	it('lists upcoming events soonest first, then past events newest first, in each language', async () => {
		const titles = async (path: string, section: string) =>
			selectAll(`section[aria-labelledby="${section}"] h3`, await page(path)).map((h) =>
				toString(h),
			);
		expect(await titles('/en/agenda/', 'upcoming')).toEqual(['Geneva briefing', 'Report launch']);
		expect(await titles('/en/agenda/', 'past')).toEqual(['Press conference', 'Shelter visit']);
		expect(await titles('/fr/agenda/', 'upcoming')).toEqual([
			'Point de presse à Genève',
			'Lancement du rapport',
		]);
		expect(await titles('/es/agenda/', 'past')).toEqual([
			'Conferencia de prensa',
			'Visita al refugio',
		]);
		const english = await page('/en/agenda/');
		expect(text(english, '.event-summary .kicker')).toBe(
			'Press briefing · Wednesday, 10 June 2026',
		);
		expect(attr(english, 'link[type="text/calendar"]', 'href')).toBe('/en/agenda/calendar.ics');
	});

	it('shows an event’s times where it happens and in UTC, its place, speakers and releases', async () => {
		const en = await page('/en/agenda/geneva-briefing/');
		const facts = (tree: typeof en) =>
			selectAll('.event-facts dt, .event-facts dd', tree).map((n) =>
				toString(n).replace(/\s+/g, ' ').trim(),
			);
		expect(facts(en)).toEqual([
			'When',
			'Wednesday, 10 June 2026 at 10:30 – 11:00 (UTC+02:00)',
			'In UTC',
			'Wednesday, 10 June 2026 at 08:30 – 09:00 UTC',
			'Where',
			'Palais des Nations, Geneva',
			'Follow online',
			'https://webtv.example.org/briefing',
		]);
		expect(attr(en, '.event-facts a', 'href')).toBe('https://webtv.example.org/briefing');
		expect(selectAll('.contacts .name', en).map((n) => toString(n))).toEqual([
			'Ana Pérez',
			'Bo Li',
		]);
		expect(attr(en, '.contacts .person .name a', 'href')).toBe(
			'/en/media-contacts/#person-ana-perez',
		);
		expect(attr(en, '.contacts .all-contacts a', 'href')).toBe('/en/media-contacts/');
		expect(attr(en, '.related a', 'href')).toBe('/en/news/shelter-opens/');
		expect(attr(en, '.calendar-link a', 'href')).toBe(
			'/en/agenda/geneva-briefing/geneva-briefing.ics',
		);
		const fr = await page('/fr/agenda/lancement-du-rapport/');
		expect(facts(fr).slice(0, 4)).toEqual([
			'Quand',
			'mercredi 1 juillet 2026 à 09:00 (UTC-06:00)',
			'En temps universel (UTC)',
			'mercredi 1 juillet 2026 à 15:00 UTC',
		]);
		expect(select('.notice', fr)).toBeUndefined();
		expect(text(await page('/es/agenda/visita-al-refugio/'), '.notice')).toBe(
			'Este evento ya tuvo lugar.',
		);
	});

	it('describes each event in JSON-LD as a schema.org Event', async () => {
		const en = await page('/en/agenda/geneva-briefing/');
		const data = JSON.parse(toString(select('script[type="application/ld+json"]', en)!)) as Record<
			string,
			unknown
		>;
		expect(data).toMatchObject({
			'@type': 'Event',
			name: 'Geneva briefing',
			startDate: '2026-06-10T08:30:00.000Z',
			endDate: '2026-06-10T09:00:00.000Z',
			eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
			performer: [{ name: 'Ana Pérez' }, { name: 'Bo Li' }],
		});
	});

	it('is named on the page of a release the event belongs with', async () => {
		const release = await page('/fr/actualites/un-refuge-ouvre/');
		expect(text(release, '.part-of')).toBe('Ce communiqué accompagne Point de presse à Genève');
		expect(attr(release, '.part-of a', 'href')).toBe('/fr/agenda/point-de-presse-a-geneve/');
	});

	it('lists in the directory a person whom only an event names', async () => {
		const directory = await page('/es/contactos-de-prensa/');
		expect(selectAll('.person h3', directory).map((h) => toString(h))).toContain('Bo Li');
	});

	it('puts its events in search with their own type', async () => {
		const en = await page('/en/agenda/report-launch/');
		expect(select('[data-pagefind-body]', en)).toBeDefined();
		expect(selectAll('[data-pagefind-filter="type"]', en).map((f) => toString(f))).toEqual([
			'event',
		]);
	});

	it('puts event pages and agendas in the sitemap with their translations', async () => {
		const urls = await readSitemap(build.outDir);
		const entry = urls.find((u) => u.loc.endsWith('/en/agenda/report-launch/'));
		const links = (entry?.['xhtml:link'] ?? []).map((l) => new URL(l['@href']).pathname);
		expect(links).toEqual(
			expect.arrayContaining([
				'/fr/agenda/lancement-du-rapport/',
				'/es/agenda/presentacion-del-informe/',
			]),
		);
		expect(urls.some((u) => u.loc.endsWith('/es/agenda/'))).toBe(true);
	});
});

describe('the calendars', () => {
	it('hold each language’s events with stable UIDs and their times in UTC', async () => {
		const en = await calendar('en/agenda/calendar.ics');
		expect(en.getFirstPropertyValue('version')).toBe('2.0');
		expect(en.getFirstPropertyValue('x-wr-calname')).toBe('IOM agenda in English');
		const vevents = en.getAllSubcomponents('vevent');
		const byUid = Object.fromEntries(
			vevents.map((v) => [
				String(v.getFirstPropertyValue('uid')),
				{
					summary: v.getFirstPropertyValue('summary'),
					start: (v.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
					end: (v.getFirstPropertyValue('dtend') as ICAL.Time | null)?.toJSDate().toISOString(),
					stamp: (v.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString(),
					zone: (v.getFirstPropertyValue('dtstart') as ICAL.Time).zone?.tzid,
				},
			]),
		);
		expect(Object.keys(byUid).toSorted()).toEqual([
			'briefing@newsroom.example.org',
			'conference@newsroom.example.org',
			'launch@newsroom.example.org',
			'visit@newsroom.example.org',
		]);
		expect(byUid['briefing@newsroom.example.org']).toEqual({
			summary: 'Geneva briefing',
			start: '2026-06-10T08:30:00.000Z',
			end: '2026-06-10T09:00:00.000Z',
			stamp: '2026-06-01T00:00:00.000Z',
			zone: 'UTC',
		});
		const raw = await readFile(join(build.outDir, 'en/agenda/calendar.ics'), 'utf8');
		expect(raw).toContain('DTSTART:20260610T083000Z');
		expect(raw.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
		const briefing = vevents.find(
			(v) => v.getFirstPropertyValue('uid') === 'briefing@newsroom.example.org',
		)!;
		expect(briefing.getFirstPropertyValue('location')).toBe(
			'Palais des Nations, Geneva · https://webtv.example.org/briefing',
		);
		expect(briefing.getFirstPropertyValue('url')).toBe(
			'https://newsroom.example.org/en/agenda/geneva-briefing/',
		);
		expect(briefing.getFirstPropertyValue('description')).toBe(
			'Press briefing\n\nAbout Geneva briefing.',
		);
	});

	it('give each event a file of its own, in each language, with the same UID and times', async () => {
		const fr = await calendar('fr/agenda/point-de-presse-a-geneve/point-de-presse-a-geneve.ics');
		const [vevent] = fr.getAllSubcomponents('vevent');
		expect(fr.getAllSubcomponents('vevent')).toHaveLength(1);
		expect(vevent?.getFirstPropertyValue('uid')).toBe('briefing@newsroom.example.org');
		expect(vevent?.getFirstPropertyValue('summary')).toBe('Point de presse à Genève');
		expect((vevent?.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe(
			'2026-06-10T08:30:00.000Z',
		);
	});

	it('are announced on the Subscribe page beside the feeds', async () => {
		const subscribe = await page('/fr/abonnements/');
		expect(attr(subscribe, 'main a[type="text/calendar"]', 'href')).toBe('/fr/agenda/calendar.ics');
	});
});
