import type { Locale } from './locales';

/**
 * The kinds of event of the newsroom's agenda, with a label per language (the kicker of the
 * event page and of the agenda). Add a kind here (all three languages) before using its key.
 */
export const eventKinds = {
	'press-briefing': {
		en: 'Press briefing',
		fr: 'Point de presse',
		es: 'Rueda informativa',
	},
	'press-conference': {
		en: 'Press conference',
		fr: 'Conférence de presse',
		es: 'Conferencia de prensa',
	},
	launch: {
		en: 'Launch',
		fr: 'Lancement',
		es: 'Presentación',
	},
	'media-visit': {
		en: 'Media visit',
		fr: 'Visite de presse',
		es: 'Visita para medios',
	},
} as const satisfies Record<string, Record<Locale, string>>;

/** An event kind key, as written in an event's `kind`. */
export type EventKind = keyof typeof eventKinds;

/** Every event kind key, in the order above. */
export const eventKindKeys = Object.keys(eventKinds) as EventKind[];
