import type { Locale } from './locales';

/**
 * The topics a release can be filed under, with a label and a URL slug per language.
 * Add a topic here (all three languages) before using its key in a release's `topics`.
 * Slugs are part of public URLs: change them only with a redirect.
 */
export const topics = {
	'counter-trafficking': {
		en: { label: 'Counter-trafficking', slug: 'counter-trafficking' },
		fr: { label: 'Lutte contre la traite', slug: 'lutte-contre-la-traite' },
		es: { label: 'Lucha contra la trata', slug: 'lucha-contra-la-trata' },
	},
	'child-protection': {
		en: { label: 'Child protection', slug: 'child-protection' },
		fr: { label: 'Protection de l’enfance', slug: 'protection-de-l-enfance' },
		es: { label: 'Protección de la infancia', slug: 'proteccion-de-la-infancia' },
	},
	'capacity-building': {
		en: { label: 'Capacity building', slug: 'capacity-building' },
		fr: { label: 'Renforcement des capacités', slug: 'renforcement-des-capacites' },
		es: { label: 'Fortalecimiento de capacidades', slug: 'fortalecimiento-de-capacidades' },
	},
	'migrant-assistance': {
		en: { label: 'Migrant protection and assistance', slug: 'migrant-assistance' },
		fr: { label: 'Protection et assistance aux migrants', slug: 'assistance-aux-migrants' },
		es: { label: 'Protección y asistencia a migrantes', slug: 'asistencia-a-migrantes' },
	},
	emergencies: {
		en: { label: 'Emergencies', slug: 'emergencies' },
		fr: { label: 'Situations d’urgence', slug: 'urgences' },
		es: { label: 'Emergencias', slug: 'emergencias' },
	},
	'migration-health': {
		en: { label: 'Migration health', slug: 'migration-health' },
		fr: { label: 'Migration et santé', slug: 'migration-et-sante' },
		es: { label: 'Migración y salud', slug: 'migracion-y-salud' },
	},
	'labour-migration': {
		en: { label: 'Labour migration', slug: 'labour-migration' },
		fr: { label: 'Migration de main-d’œuvre', slug: 'migration-de-main-d-oeuvre' },
		es: { label: 'Migración laboral', slug: 'migracion-laboral' },
	},
	'climate-migration': {
		en: { label: 'Climate and migration', slug: 'climate-and-migration' },
		fr: { label: 'Climat et migration', slug: 'climat-et-migration' },
		es: { label: 'Clima y migración', slug: 'clima-y-migracion' },
	},
} as const satisfies Record<string, Record<Locale, { label: string; slug: string }>>;

/** A topic key, as written in a release's `topics` list. */
export type TopicKey = keyof typeof topics;

/** Every topic key, in the order above. */
export const topicKeys = Object.keys(topics) as TopicKey[];
