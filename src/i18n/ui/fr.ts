import type { UiDictionary } from './en';

/** French UI strings. */
export const fr = {
	// Site identity
	'site.name': 'Salle de presse de l’OIM',
	'site.org': 'Organisation internationale pour les migrations',
	'site.orgShort': 'OIM',
	'site.tagline': 'Communiqués de presse de l’agence des Nations Unies pour les migrations',
	'site.description':
		'Communiqués de presse de l’Organisation internationale pour les migrations (OIM), en français, en anglais et en espagnol.',

	// Page furniture
	'skip.toContent': 'Aller au contenu principal',
	'nav.home': 'Accueil',
	'nav.news': 'Actualités',
	'nav.primary': 'Menu principal',
	'nav.breadcrumbs': 'Fil d’Ariane',
	'nav.languages': 'Langues',
	'footer.label': 'Plan du site',
	'footer.copyright': 'Organisation internationale pour les migrations',

	// Flux RSS
	'feed.title': 'Communiqués de presse de l’OIM en français',
	'feed.description':
		'Tous les communiqués de presse de l’Organisation internationale pour les migrations publiés en français, du plus récent au plus ancien.',
	'feed.topicTitle': 'Communiqués de presse de l’OIM en français : {topic}',
	'feed.topicDescription':
		'Les communiqués de presse de l’OIM sur le thème « {topic} » publiés en français, du plus récent au plus ancien.',
	'feed.label': 'Flux RSS',
	'feed.link': 'Flux RSS de tous les communiqués',
	'feed.topicLink': 'Flux RSS : {topic}',

	// Site navigation (src/data/navigation.ts)
	'nav.menu': 'Menu',
	'nav.news.intro':
		'Les communiqués de presse des bureaux de l’OIM dans le monde, par thématique, par pays et par année.',
	'nav.allNews': 'Tous les communiqués',
	'nav.whoWeAre': 'Qui sommes-nous',
	'nav.whoWeAre.intro':
		'Membre du système des Nations Unies, l’OIM est depuis 1951 la principale organisation intergouvernementale qui œuvre pour des migrations humaines et ordonnées, au bénéfice de tous. Elle compte 175 États membres et est présente dans 171 pays.',
	'nav.structure': 'Structure',
	'nav.organizationalStructure': 'Structure organisationnelle',
	'nav.directorGeneral': 'Directrice générale',
	'nav.ddgManagementReform': 'Directrice générale adjointe chargée de la gestion et des réformes',
	'nav.ddgOperations': 'Directrice générale adjointe chargée des opérations',
	'nav.chiefOfStaff': 'Bureau du Chef de cabinet',
	'nav.partnershipsAdvocacyCommunication':
		'Bureau des partenariats, de la sensibilisation et de la communication',
	'nav.strategyInstitutionalPerformance':
		'Bureau de la stratégie et de la performance institutionnelle',
	'nav.ourWork': 'Notre travail',
	'nav.ourWork.intro':
		'Principale organisation intergouvernementale dans le domaine des migrations depuis 1951, l’OIM contribue au Programme 2030 par une action qui relie l’aide humanitaire et le développement durable.',
	'nav.whatWeDo': 'Ce que nous faisons',
	'nav.partnerships': 'Partenariats',
	'nav.whereWeWork': 'Où nous travaillons',
	'nav.takeAction': 'Agir',
	'nav.takeAction.intro':
		'Travaillez avec l’OIM ou soutenez son action en faveur des migrants et des communautés qui les accueillent.',
	'nav.workWithUs': 'Travailler avec nous',
	'nav.getInvolved': 'Engagez-vous',
	'nav.dataResearch': 'Données et recherche',
	'nav.agenda2030': 'Programme 2030',

	// Language switcher
	'switcher.label': 'Lire dans une autre langue',
	'switcher.untranslated': 'non traduit : liste des actualités',

	// Language chooser (the site root)
	'chooser.title': 'Choisissez une langue',
	'chooser.lead': 'Lire les communiqués de presse de l’OIM en français.',
	'chooser.enter': 'Entrer en français',

	// Home
	'home.title': 'Derniers communiqués de presse',
	'home.lead': 'Les actualités de l’Organisation internationale pour les migrations.',
	'home.allNews': 'Tous les communiqués',

	// Listings
	'news.title': 'Communiqués de presse',
	'news.lead':
		'Tous les communiqués de presse de l’OIM en français, du plus récent au plus ancien.',
	'news.empty': 'Il n’y a pas encore de communiqué ici.',
	'listing.pageOf': 'Page {page} sur {pages}',
	'listing.pagination': 'Pages',
	'listing.previous': 'Page précédente',
	'listing.next': 'Page suivante',
	'listing.page': 'Page {page}',
	'topics.title': 'Thématiques',
	'topics.lead': 'Les communiqués de presse classés par sujet.',
	'topic.title': 'Thématique : {topic}',
	'topic.lead':
		'Les communiqués consacrés à la thématique « {topic} », du plus récent au plus ancien.',
	'countries.title': 'Pays',
	'countries.lead': 'Les communiqués de presse classés par pays concerné.',
	'country.title': 'Pays : {country}',
	'country.lead':
		'Les communiqués qui concernent ce pays ({country}), du plus récent au plus ancien.',
	'archive.title': 'Archives',
	'archive.lead': 'Les communiqués de presse par année de publication.',
	'year.title': 'Communiqués de {year}',
	'year.lead': 'Les communiqués publiés en {year}, du plus récent au plus ancien.',
	'listing.count': '{count} communiqués',
	'listing.countOne': '1 communiqué',
	'listing.availableIn': 'Disponible en {language}',

	// Release page
	'release.kicker': 'Communiqué de presse',
	'release.published': 'Publié le',
	'release.updated': 'Mis à jour le',
	'release.countries': 'Pays',
	'release.topics': 'Thématiques',
	'release.contacts': 'Pour plus d’informations, veuillez contacter',
	'release.email': 'Courriel',
	'release.phone': 'Téléphone',
	'release.translations': 'Ce communiqué dans d’autres langues',
	'release.draft': 'Brouillon : ce communiqué n’est pas publié.',
	'release.embargoed': 'Sous embargo jusqu’au {date} : ce communiqué n’est pas encore publié.',

	// Text the Markdown pipeline adds to release bodies (src/markdown/)
	'markdown.externalLink': '(site externe)',
	'markdown.headingAnchor': 'Lien vers la section « {heading} »',
	'markdown.footnotes': 'Notes',
	'markdown.backToReference': 'Retour au texte de la note {ref}',

	// Not found
	'notFound.title': 'Page introuvable',
	'notFound.lead': 'La page demandée n’existe pas ou a été déplacée.',
	'notFound.next': 'Vous pouvez revenir à l’accueil ou parcourir tous les communiqués.',
} as const satisfies UiDictionary;
