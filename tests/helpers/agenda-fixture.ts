// People, a release and four events in three languages around NEWSROOM_NOW (two to come, two
// past): the agenda's fixture, built by tests/build/agenda.test.ts and tests/browser/agenda.test.ts.
import { join } from 'node:path';
import { astroBuild, tmp, type BuildResult } from './astro';
import { writeContent } from './content';

export const now = '2026-06-01T00:00:00Z';
const ana = {
	name: 'Ana Pérez',
	email: 'ana.perez@example.org',
	region: 'central-north-america-caribbean',
};
const people = {
	'ana-perez': {
		en: { ...ana, role: 'Media officer' },
		fr: { ...ana, role: 'Chargée de presse' },
		es: { ...ana, role: 'Oficial de prensa' },
	},
	// Named by an event only: the directory lists her all the same.
	'bo-li': {
		en: { name: 'Bo Li', phone: '+41 22 717 9111' },
		fr: { name: 'Bo Li', phone: '+41 22 717 9111' },
		es: { name: 'Bo Li', phone: '+41 22 717 9111' },
	},
};
const releases = {
	shelter: {
		en: { title: 'A shelter opens', slug: 'shelter-opens', contacts: ['ana-perez'] },
		fr: { title: 'Un refuge ouvre', slug: 'un-refuge-ouvre', contacts: ['ana-perez'] },
		es: { title: 'Abre un refugio', slug: 'abre-un-refugio', contacts: ['ana-perez'] },
	},
};
/** An event in every language: shared fields once, titles per language. */
const event = (
	shared: Record<string, unknown>,
	titles: Record<'en' | 'fr' | 'es', string>,
): Record<string, Record<string, unknown>> =>
	Object.fromEntries(
		Object.entries(titles).map(([l, title]) => [l, { title, ...shared, body: `About ${title}.` }]),
	);
const events = {
	briefing: event(
		{
			kind: 'press-briefing',
			start: '2026-06-10T10:30:00+02:00',
			end: '2026-06-10T11:00:00+02:00',
			place: 'Palais des Nations, Geneva',
			online: 'https://webtv.example.org/briefing',
			speakers: ['ana-perez', 'bo-li'],
			releases: ['shelter'],
		},
		{ en: 'Geneva briefing', fr: 'Point de presse à Genève', es: 'Rueda informativa en Ginebra' },
	),
	launch: event(
		{ kind: 'launch', start: '2026-07-01T09:00:00-06:00', place: 'Guatemala City' },
		{ en: 'Report launch', fr: 'Lancement du rapport', es: 'Presentación del informe' },
	),
	visit: event(
		{ kind: 'media-visit', start: '2026-03-05T08:00:00Z', online: 'https://example.org/visit' },
		{ en: 'Shelter visit', fr: 'Visite du refuge', es: 'Visita al refugio' },
	),
	conference: event(
		{ kind: 'press-conference', start: '2026-05-01T15:00:00+02:00', place: 'Geneva' },
		{ en: 'Press conference', fr: 'Conférence de presse', es: 'Conferencia de prensa' },
	),
};

/** Writes the fixture's content and builds it into tests/.tmp/<name>/dist. */
export async function buildAgendaFixture(name: string): Promise<BuildResult> {
	const content = await writeContent(join(tmp, `${name}-content`), releases, people, events);
	return astroBuild(name, { content, env: { NEWSROOM_NOW: now } });
}
