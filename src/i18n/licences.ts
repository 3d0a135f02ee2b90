import type { Locale } from './locales';

/**
 * The terms under which the site publishes a picture, document, video or sound (`licence:` in a
 * release's `image` and `media`), with each one's name and the page that states it, per language.
 * The Creative Commons deeds exist in every language of the site; the organisation's own terms
 * are the institutional page `content/pages/terms-of-use/`, whose URL in each language is below.
 */
export const licences = {
	'cc-by-4.0': {
		en: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.en' },
		fr: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.fr' },
		es: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.es' },
	},
	'cc-by-nc-4.0': {
		en: { name: 'CC BY-NC 4.0', url: 'https://creativecommons.org/licenses/by-nc/4.0/deed.en' },
		fr: { name: 'CC BY-NC 4.0', url: 'https://creativecommons.org/licenses/by-nc/4.0/deed.fr' },
		es: { name: 'CC BY-NC 4.0', url: 'https://creativecommons.org/licenses/by-nc/4.0/deed.es' },
	},
	'cc0-1.0': {
		en: {
			name: 'CC0 1.0 (public domain)',
			url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.en',
		},
		fr: {
			name: 'CC0 1.0 (domaine public)',
			url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.fr',
		},
		es: {
			name: 'CC0 1.0 (dominio público)',
			url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.es',
		},
	},
	'iom-terms': {
		en: { name: 'IOM terms of use', url: '/en/terms-of-use/' },
		fr: { name: 'conditions d’utilisation de l’OIM', url: '/fr/conditions-d-utilisation/' },
		es: { name: 'condiciones de uso de la OIM', url: '/es/condiciones-de-uso/' },
	},
} as const satisfies Record<string, Record<Locale, { name: string; url: string }>>;

/** A licence key, as written in `licence:`. */
export type LicenceKey = keyof typeof licences;

/** Every licence key, in the order above. */
export const licenceKeys = Object.keys(licences) as LicenceKey[];
