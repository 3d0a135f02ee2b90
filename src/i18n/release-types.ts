import type { Locale } from './locales';

/**
 * The kinds of document the newsroom publishes, with a label (the kicker of the page and of
 * listings) and a URL slug per language. A release is a press release unless its `type` says
 * otherwise. Slugs are part of public URLs: change them only with a redirect.
 */
export const releaseTypes = {
	'press-release': {
		en: { label: 'Press release', slug: 'press-releases' },
		fr: { label: 'Communiqué de presse', slug: 'communiques-de-presse' },
		es: { label: 'Comunicado de prensa', slug: 'comunicados-de-prensa' },
	},
	statement: {
		en: { label: 'Statement', slug: 'statements' },
		fr: { label: 'Déclaration', slug: 'declarations' },
		es: { label: 'Declaración', slug: 'declaraciones' },
	},
	'news-story': {
		en: { label: 'News story', slug: 'news-stories' },
		fr: { label: 'Article d’actualité', slug: 'articles-d-actualite' },
		es: { label: 'Noticia', slug: 'noticias-destacadas' },
	},
	'briefing-note': {
		en: { label: 'Briefing note', slug: 'briefing-notes' },
		fr: { label: 'Note d’information', slug: 'notes-d-information' },
		es: { label: 'Nota informativa', slug: 'notas-informativas' },
	},
	'media-advisory': {
		en: { label: 'Media advisory', slug: 'media-advisories' },
		fr: { label: 'Avis aux médias', slug: 'avis-aux-medias' },
		es: { label: 'Aviso a los medios', slug: 'avisos-a-los-medios' },
	},
} as const satisfies Record<string, Record<Locale, { label: string; slug: string }>>;

/** A release type key, as written in a release's `type`. */
export type ReleaseType = keyof typeof releaseTypes;

/** Every release type key, in the order above; the first is the default. */
export const releaseTypeKeys = Object.keys(releaseTypes) as ReleaseType[];
