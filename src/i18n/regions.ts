import type { Locale } from './locales';

/**
 * The regions a press contact works for: the organisation's headquarters and its regional
 * offices' regions, each with a label per language (the media contacts directory groups people
 * by them). Add a region here (all three languages) before using its key in a person's `region`.
 */
export const regions = {
	global: {
		en: 'Headquarters (Geneva)',
		fr: 'Siège (Genève)',
		es: 'Sede (Ginebra)',
	},
	'asia-pacific': {
		en: 'Asia and the Pacific',
		fr: 'Asie et Pacifique',
		es: 'Asia y el Pacífico',
	},
	'central-north-america-caribbean': {
		en: 'Central America, North America and the Caribbean',
		fr: 'Amérique centrale, Amérique du Nord et Caraïbes',
		es: 'Centroamérica, Norteamérica y el Caribe',
	},
	'east-horn-africa': {
		en: 'East and Horn of Africa',
		fr: 'Afrique de l’Est et Corne de l’Afrique',
		es: 'África Oriental y el Cuerno de África',
	},
	'europe-central-asia': {
		en: 'Europe and Central Asia',
		fr: 'Europe et Asie centrale',
		es: 'Europa y Asia Central',
	},
	'middle-east-north-africa': {
		en: 'Middle East and North Africa',
		fr: 'Moyen-Orient et Afrique du Nord',
		es: 'Oriente Medio y Norte de África',
	},
	'south-america': {
		en: 'South America',
		fr: 'Amérique du Sud',
		es: 'América del Sur',
	},
	'southern-africa': {
		en: 'Southern Africa',
		fr: 'Afrique australe',
		es: 'África Austral',
	},
	'west-central-africa': {
		en: 'West and Central Africa',
		fr: 'Afrique de l’Ouest et du Centre',
		es: 'África Occidental y Central',
	},
} as const satisfies Record<string, Record<Locale, string>>;

/** A region key, as written in a person's `region`. */
export type RegionKey = keyof typeof regions;

/** Every region key, in the order above (the directory's order). */
export const regionKeys = Object.keys(regions) as RegionKey[];
