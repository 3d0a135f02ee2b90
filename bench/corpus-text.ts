/**
 * Word banks for the synthetic corpus: sentence templates per language with `{slots}` the
 * generator fills. The wording is plausible newsroom prose, so the Markdown pipeline (typography,
 * links) and Pagefind's stemming see text like the real thing.
 */
import type { Locale } from '../src/i18n/locales';

/** The texts one language needs. */
export interface LanguageBank {
	/** Title templates. */
	titles: string[];
	/** Summary templates (one or two sentences). */
	summaries: string[];
	/** Section headings. */
	headings: string[];
	/** Body sentences. */
	sentences: string[];
	/** List items. */
	items: string[];
	/** A sentence that ends with a link: `{link}` becomes `[text](url)`. */
	linkSentences: string[];
	/** Link texts. */
	linkTexts: string[];
	/** Things IOM does, for `{action}`. */
	actions: string[];
	/** Groups of people, for `{people}`. */
	people: string[];
	/** Partners, for `{partner}`. */
	partners: string[];
	/** "IOM" in this language, for offices. */
	iom: string;
}

const partners = ['UNHCR', 'UNICEF', 'WFP', 'WHO', 'ECHO', 'USAID', 'the European Union'];

/** Word banks per locale. */
export const banks: Record<Locale, LanguageBank> = {
	en: {
		iom: 'IOM',
		titles: [
			'IOM {action} for {people} in {country}',
			'In {country}, IOM and {partner} {action} for {people}',
			'{country}: {number} {people} receive support as IOM {action}',
			'New programme in {country} helps {people} rebuild their lives',
		],
		summaries: [
			'IOM has {action} for {number} {people} in {country}, with support from {partner}.',
			'More than {number} {people} in {country} now have access to services after IOM {action}. The work continues this year.',
		],
		headings: [
			'What the programme does',
			'Working with local authorities',
			'Voices from the field',
			'Next steps',
			'Funding and partners',
			'Protection first',
		],
		sentences: [
			'Since the start of the year, teams in {country} have reached {number} {people}, many of whom had no other source of help.',
			'The programme is funded by {partner} and run together with national and local authorities.',
			'“We see families who have lost everything, and our first task is to make sure they are safe,” said the head of the IOM office in {country}.',
			'Mobile teams travel to remote communities every week to provide medical care, legal counselling and referrals.',
			'Local partners were trained in case management, psychosocial support and the identification of people at risk.',
			'The number of people on the move in the region has grown steadily over the past decade, driven by conflict, disasters and the lack of decent work.',
			'Women and children make up more than half of those assisted, and many of them travelled alone.',
			'Data collected by the Displacement Tracking Matrix help governments plan services where they are most needed.',
			'The project also supports reception centres with water, sanitation and hygiene facilities.',
			'Returnees receive a reintegration package that can include vocational training, small business grants and mental health support.',
			'Officials from {number} municipalities took part in workshops on migration governance and data protection.',
			'IOM calls on donors to sustain their support so that no one is left behind.',
		],
		items: [
			'{number} people received emergency shelter and relief items',
			'{number} health consultations were provided by mobile teams',
			'{number} frontline workers were trained',
			'cash assistance reached {number} households',
			'{number} unaccompanied children were referred to specialized services',
			'three reception centres were refurbished',
		],
		linkSentences: [
			'More information is available in the {link}.',
			'Read the {link} for the full figures.',
		],
		linkTexts: [
			'latest situation report',
			'Displacement Tracking Matrix dashboard',
			'World Migration Report',
		],
		actions: [
			'expands assistance',
			'opens a new reception centre',
			'strengthens protection services',
			'launches a reintegration project',
		],
		people: [
			'migrants',
			'displaced families',
			'returnees',
			'survivors of trafficking',
			'young people',
		],
		partners,
	},
	fr: {
		iom: 'OIM',
		titles: [
			"{country} : l'OIM {action} pour les {people}",
			"{country} : l'OIM et {partner} {action} en faveur des {people}",
			"{country} : {number} {people} reçoivent un soutien de l'OIM",
			'Un nouveau programme aide les {people} à reconstruire leur vie ({country})',
		],
		summaries: [
			"L'OIM {action} pour {number} {people} ({country}), avec l'appui de {partner}.",
			'Plus de {number} {people} ont désormais accès à des services ({country}). Le travail se poursuit cette année.',
		],
		headings: [
			'Ce que fait le programme',
			'Avec les autorités locales',
			'Paroles de terrain',
			'Prochaines étapes',
			'Financement et partenaires',
			"La protection d'abord",
		],
		sentences: [
			"Depuis le début de l'année, les équipes ont atteint {number} {people}, dont beaucoup n'avaient aucune autre source d'aide ({country}).",
			'Le programme est financé par {partner} et mené avec les autorités nationales et locales.',
			"« Nous voyons des familles qui ont tout perdu, et notre première tâche est de les mettre en sécurité », a déclaré la cheffe du bureau de l'OIM ({country}).",
			'Des équipes mobiles se rendent chaque semaine dans des communautés isolées pour offrir des soins, des conseils juridiques et des orientations.',
			"Les partenaires locaux ont été formés à la gestion des cas, au soutien psychosocial et à l'identification des personnes à risque.",
			'Le nombre de personnes en déplacement dans la région a augmenté au cours de la dernière décennie, sous l’effet des conflits, des catastrophes et du manque de travail décent.',
			'Les femmes et les enfants représentent plus de la moitié des personnes aidées ; beaucoup ont voyagé seuls.',
			'Les données de la Matrice de suivi des déplacements aident les gouvernements à planifier les services là où ils sont le plus nécessaires.',
			"Le projet soutient aussi les centres d'accueil en eau, assainissement et hygiène.",
			'Les personnes de retour reçoivent une aide à la réintégration : formation professionnelle, petites subventions et soutien en santé mentale.',
			'Des responsables de {number} municipalités ont participé à des ateliers sur la gouvernance des migrations et la protection des données.',
			"L'OIM appelle les donateurs à maintenir leur soutien afin que personne ne soit laissé pour compte.",
		],
		items: [
			"{number} personnes ont reçu un abri d'urgence et des articles de secours",
			'{number} consultations de santé ont été assurées par les équipes mobiles',
			'{number} agents de terrain ont été formés',
			"l'aide en espèces a atteint {number} ménages",
			'{number} enfants non accompagnés ont été orientés vers des services spécialisés',
			"trois centres d'accueil ont été rénovés",
		],
		linkSentences: [
			'Plus d’informations dans le {link}.',
			'Les chiffres complets figurent dans le {link}.',
		],
		linkTexts: [
			'dernier rapport de situation',
			'tableau de bord de la Matrice de suivi des déplacements',
			'Rapport sur l’état de la migration dans le monde',
		],
		actions: [
			'renforce son aide',
			'ouvre un nouveau centre d’accueil',
			'renforce les services de protection',
			'lance un projet de réintégration',
		],
		people: [
			'migrants',
			'familles déplacées',
			'personnes de retour',
			'victimes de la traite',
			'jeunes',
		],
		partners,
	},
	es: {
		iom: 'OIM',
		titles: [
			'La OIM {action} para {people} en {country}',
			'{country}: la OIM y {partner} {action} para {people}',
			'{country}: {number} {people} reciben apoyo de la OIM',
			'Un nuevo programa ayuda a {people} a reconstruir sus vidas en {country}',
		],
		summaries: [
			'La OIM {action} para {number} {people} en {country}, con el apoyo de {partner}.',
			'Más de {number} {people} en {country} tienen ahora acceso a servicios. El trabajo continúa este año.',
		],
		headings: [
			'Qué hace el programa',
			'Con las autoridades locales',
			'Voces desde el terreno',
			'Próximos pasos',
			'Financiación y socios',
			'La protección primero',
		],
		sentences: [
			'Desde comienzos de año, los equipos en {country} han llegado a {number} {people}, muchos sin ninguna otra fuente de ayuda.',
			'El programa está financiado por {partner} y se ejecuta junto con las autoridades nacionales y locales.',
			'«Vemos familias que lo han perdido todo, y nuestra primera tarea es ponerlas a salvo», dijo la jefa de la oficina de la OIM en {country}.',
			'Equipos móviles viajan cada semana a comunidades remotas para ofrecer atención médica, asesoría legal y derivaciones.',
			'Los socios locales recibieron formación en gestión de casos, apoyo psicosocial e identificación de personas en riesgo.',
			'El número de personas en movimiento en la región ha crecido durante la última década, impulsado por conflictos, desastres y la falta de trabajo decente.',
			'Las mujeres y los niños representan más de la mitad de las personas asistidas, y muchos viajaron solos.',
			'Los datos de la Matriz de Seguimiento de Desplazamientos ayudan a los gobiernos a planificar servicios donde más se necesitan.',
			'El proyecto también apoya a los centros de recepción con agua, saneamiento e higiene.',
			'Las personas retornadas reciben un paquete de reintegración que puede incluir formación profesional, pequeñas subvenciones y apoyo en salud mental.',
			'Funcionarios de {number} municipios participaron en talleres sobre gobernanza migratoria y protección de datos.',
			'La OIM pide a los donantes que mantengan su apoyo para que nadie se quede atrás.',
		],
		items: [
			'{number} personas recibieron alojamiento de emergencia y artículos de socorro',
			'los equipos móviles realizaron {number} consultas de salud',
			'se capacitó a {number} trabajadores de primera línea',
			'la asistencia en efectivo llegó a {number} hogares',
			'{number} niños no acompañados fueron derivados a servicios especializados',
			'se renovaron tres centros de recepción',
		],
		linkSentences: ['Más información en el {link}.', 'Las cifras completas están en el {link}.'],
		linkTexts: [
			'último informe de situación',
			'tablero de la Matriz de Seguimiento de Desplazamientos',
			'Informe sobre las Migraciones en el Mundo',
		],
		actions: [
			'amplía su asistencia',
			'abre un nuevo centro de recepción',
			'refuerza los servicios de protección',
			'lanza un proyecto de reintegración',
		],
		people: [
			'migrantes',
			'familias desplazadas',
			'personas retornadas',
			'sobrevivientes de trata',
			'jóvenes',
		],
		partners,
	},
};

/** Countries the corpus draws from (ISO 3166-1 alpha-2), with a dateline city each. */
export const countries: Record<string, string> = {
	GT: 'Guatemala City',
	HN: 'Tegucigalpa',
	SV: 'San Salvador',
	MX: 'Tapachula',
	CO: 'Bogotá',
	VE: 'Caracas',
	PE: 'Lima',
	EC: 'Quito',
	HT: 'Port-au-Prince',
	PA: 'Panama City',
	NG: 'Maiduguri',
	NE: 'Niamey',
	ML: 'Bamako',
	SN: 'Dakar',
	ET: 'Addis Ababa',
	SO: 'Mogadishu',
	SD: 'Port Sudan',
	SS: 'Juba',
	KE: 'Nairobi',
	LY: 'Tripoli',
	MA: 'Rabat',
	YE: 'Aden',
	AF: 'Kabul',
	BD: "Cox's Bazar",
	PK: 'Islamabad',
	IQ: 'Erbil',
	LB: 'Beirut',
	TR: 'Gaziantep',
	UA: 'Kyiv',
	PH: 'Manila',
};
