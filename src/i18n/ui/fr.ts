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
	'feed.countryTitle': 'Communiqués de presse de l’OIM en français : {country}',
	'feed.countryDescription':
		'Les derniers communiqués de l’OIM sur ce pays ({country}) publiés en français, du plus récent au plus ancien.',
	'feed.countryLink': 'Flux RSS : {country}',

	// Site navigation (src/content-model/menu-items.ts)
	'nav.menu': 'Menu',
	'nav.close': 'Fermer',
	'nav.news.intro':
		'Les communiqués de presse des bureaux de l’OIM dans le monde, par thématique, par pays et par année ; l’agenda des rendez-vous de presse et les contacts presse.',
	'nav.allNews': 'Tous les communiqués',
	// The menu labels are the seed page's own, as it writes them ("Qui sommes nous" included).
	'nav.whoWeAre': 'Qui sommes nous',
	'nav.whoWeAre.intro':
		'Membre du système des Nations Unies, l’OIM est depuis 1951 la principale organisation intergouvernementale qui œuvre pour des migrations humaines et ordonnées, au bénéfice de tous. Elle compte 175 États membres et est présente dans 171 pays.',
	'nav.structure': 'Structure',
	'nav.organizationalStructure': 'Structure organisationnelle',
	'nav.directorGeneral': 'Directrice générale',
	'nav.ddgManagementReform': 'Directrice générale adjointe chargée de la gestion et des réformes',
	'nav.ddgOperations': 'Directrice générale adjointe chargée des opérations',
	'nav.chiefOfStaff': 'Bureau du Chef de Cabinet',
	'nav.partnershipsAdvocacyCommunication':
		'Bureau des partenariats, de la sensibilisation et de la communication',
	'nav.strategyInstitutionalPerformance':
		'Bureau de la stratégie et de la performance institutionnelle',
	'nav.ourWork': 'Notre travail',
	'nav.ourWork.intro':
		'Principale organisation intergouvernementale dans le domaine des migrations depuis 1951, l’OIM contribue au Programme 2030 par une action qui relie l’aide humanitaire et le développement durable.',
	'nav.whatWeDo': 'Ce que nous faisons',
	'nav.partnerships': 'Partenariats',
	'nav.whereWeWork': 'Où travaillons-nous',
	'nav.takeAction': 'Agir',
	'nav.takeAction.intro':
		'Travaillez avec l’OIM ou soutenez son action en faveur des migrants et des communautés qui les accueillent.',
	'nav.workWithUs': 'Travailler avec nous',
	'nav.getInvolved': 'Engagez-vous',
	'nav.dataResearch': 'Données et recherche',
	'nav.agenda2030': '2030 Agenda',
	'nav.subscribe': 'S’abonner',
	'subscribe.title': 'S’abonner aux communiqués de l’OIM',
	'subscribe.lead':
		'Suivez les nouveaux communiqués en français avec un lecteur de flux : tous, ou seulement ceux d’une thématique ou d’un pays. Un service de courriel de votre choix peut aussi vous les apporter dans votre boîte de réception.',
	'subscribe.whatTitle': 'Qu’est-ce qu’un flux ?',
	'subscribe.what':
		'Un flux (RSS) est une adresse qui liste les derniers communiqués. Collez-la dans un lecteur de flux, une application ou un site qui la consulte pour vous : les nouveaux communiqués y apparaissent dès leur publication. Le site ne demande aucun compte et ne sait rien de qui le suit.',
	'subscribe.emailTitle': 'Par courriel',
	'subscribe.email':
		'Ce site n’envoie lui-même aucun courriel. Pour recevoir les nouveaux communiqués dans votre boîte de réception, confiez l’adresse d’un flux au service de votre choix qui transforme les flux RSS en courriels : il consulte le flux et vous écrit dès qu’un communiqué paraît.',
	'subscribe.all': 'Tous les communiqués',
	'subscribe.allFull': 'Les 50 derniers communiqués en français, en texte intégral.',
	'subscribe.byTopic': 'Par thématique',
	'subscribe.byCountry': 'Par pays',
	'subscribe.topicNote':
		'Le flux de chaque thématique donne ses 20 derniers communiqués, avec leur chapeau et un lien.',
	'subscribe.countryNote':
		'Le flux de chaque pays donne ses 20 derniers communiqués, avec leur chapeau et un lien.',
	'subscribe.contactsTitle': 'Contacts presse',
	'subscribe.contacts':
		'Pour joindre un chargé de communication en vue d’une interview ou d’une réaction, consultez les contacts presse, classés par région, chacun avec sa fiche à enregistrer.',

	// Annuaire des contacts presse
	'people.title': 'Contacts presse',
	'people.lead':
		'Les chargés de communication de l’OIM, par région : écrivez-leur ou appelez-les pour une interview, une réaction ou une information.',
	'people.languages': 'Langues',
	'people.empty': 'Aucun contact presse n’est encore répertorié.',
	'people.all': 'Tous les contacts presse',

	// Agenda
	'agenda.event': 'Événement',
	'agenda.title': 'Agenda',
	'agenda.lead':
		'Points de presse, conférences de presse, lancements et visites de presse de l’OIM, avec leurs horaires et la manière de les suivre.',
	'agenda.upcoming': 'À venir',
	'agenda.past': 'Événements passés',
	'agenda.empty':
		'Aucun événement n’est prévu pour le moment. Les prochains points et conférences de presse seront annoncés ici.',
	'agenda.noPast': 'Aucun événement passé pour l’instant.',
	'agenda.calendar': 'S’abonner au calendrier',
	'agenda.calendarTitle': 'Agenda de l’OIM en français',
	'event.when': 'Quand',
	'event.whenUtc': 'En temps universel (UTC)',
	'event.until': 'jusqu’au',
	'event.where': 'Où',
	'event.online': 'Suivre en ligne',
	'event.speakers': 'Intervenants',
	'event.releases': 'Communiqués liés',
	'event.addToCalendar': 'Ajouter à votre agenda (.ics)',
	'event.over': 'Cet événement a eu lieu.',
	'event.partOf': 'Ce communiqué accompagne',
	'subscribe.calendarTitle': 'Calendrier des événements',
	'subscribe.calendar':
		'Abonnez-vous à l’agenda dans votre application de calendrier : les nouveaux événements y apparaissent dès qu’ils sont annoncés.',

	// Language switcher
	'switcher.label': 'Lire dans une autre langue',
	'switcher.untranslated':
		'Cette page n’existe pas en {language} : le lien ouvre les actualités en {language}.',

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
	'types.title': 'Types de publication',
	'types.lead':
		'Communiqués de presse, déclarations, articles d’actualité, notes d’information et avis aux médias.',
	'type.title': 'Type : {type}',
	'type.lead':
		'Toutes les publications de ce type ({type}) en français, de la plus récente à la plus ancienne.',
	'listing.count': '{count} communiqués',
	'listing.countOne': '1 communiqué',
	'listing.availableIn': 'Disponible en {language}',

	// Search
	'search.open': 'Rechercher',
	'search.title': 'Rechercher dans les communiqués',
	'search.lead':
		'Cherchez dans tous les communiqués et toutes les pages de ce site en français, directement dans votre navigateur.',
	'search.label': 'Mots à rechercher',
	'search.submit': 'Rechercher',
	'search.allLanguages': 'Rechercher dans toutes les langues',
	'search.sort': 'Ordre',
	'search.sort.relevance': 'Les plus pertinents d’abord',
	'search.sort.newest': 'Les plus récents d’abord',
	'search.filters': 'Affiner les résultats',
	'search.filter.topic': 'Thématique',
	'search.filter.country': 'Pays',
	'search.filter.year': 'Année',
	'search.filter.language': 'Langue',
	'search.filter.type': 'Type',
	'search.results': '{count} résultats pour « {query} »',
	'search.resultsOne': '1 résultat pour « {query} »',
	'search.none':
		'Aucun résultat pour « {query} ». Essayez d’autres mots, ou cherchez dans toutes les langues.',
	'search.loading': 'Recherche en cours…',
	'search.error': 'La recherche n’a pas pu se charger. Vérifiez votre connexion, puis réessayez.',
	'search.more': 'Afficher plus de résultats',
	'search.offlineSome':
		'Vous êtes hors ligne : seuls les résultats enregistrés sur cet appareil s’affichent.',
	'search.offlineNone':
		'Vous êtes hors ligne, et aucune de ces pages n’est enregistrée sur cet appareil.',
	'search.needsBuild':
		'La recherche lit l’index qu’écrit une construction du site, et il n’y en a pas encore. Lancez npm run build, puis rechargez cette page.',
	'search.indexNotSaved':
		'Vous êtes hors ligne, et l’index de recherche de cette langue n’est pas enregistré sur cet appareil. Enregistrez-le sous « Lire hors ligne », plus bas, pour chercher sans connexion.',
	'search.noScript':
		'La recherche fonctionne dans votre navigateur et nécessite JavaScript, qui est désactivé ou ne s’est pas chargé. Vous pouvez toujours parcourir les communiqués par thématique, pays ou année.',

	// Hors ligne
	'offline.title': 'Vous êtes hors ligne',
	'offline.lead':
		'Cette page n’a pas été enregistrée sur cet appareil, et aucune connexion ne permet de la charger.',
	'offline.next':
		'Les pages que vous avez déjà ouvertes restent disponibles hors ligne, tout comme la recherche. Vous pouvez aller à :',
	'save.title': 'Lire hors ligne',
	'save.lead':
		'Enregistrez sur cet appareil les communiqués en français et l’index de recherche, pour les lire et y faire des recherches sans connexion.',
	'save.latest': 'Enregistrer les {count} derniers communiqués ({size})',
	'save.everything': 'Enregistrer tous les communiqués ({size})',
	'save.progress': '{done} fichiers enregistrés sur {total}…',
	'save.done':
		'C’est fait : tous les communiqués en français peuvent désormais être lus et recherchés hors ligne.',
	'save.doneLatest':
		'C’est fait : les {count} derniers communiqués en français peuvent désormais être lus et recherchés hors ligne.',
	'save.failed':
		'L’enregistrement s’est interrompu : {count} fichiers n’ont pas pu être téléchargés. Vérifiez votre connexion, puis réessayez.',

	// Release page
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
	'release.updates': 'Mises à jour et corrections',
	'release.notesToEditors': 'Note aux rédactions',
	'release.aboutIom': 'À propos de l’OIM',
	'release.aboutIomText':
		'Depuis 1951, l’Organisation internationale pour les migrations (OIM) œuvre pour des migrations humaines, ordonnées et bénéfiques pour tous. Organisation intergouvernementale rattachée au système des Nations Unies, elle réunit 175 États membres et mène des activités dans 171 pays.',
	'release.related': 'Communiqués sur le même sujet',
	'release.outdated':
		'L’original en {language} de ce communiqué a été mis à jour depuis la rédaction de cette traduction.',
	'release.outdatedLink': 'Lire l’original en {language}',
	'release.vcard': 'Enregistrer {name} dans vos contacts (vCard)',

	// Share links on a release page (no third-party scripts: plain links)
	'share.title': 'Partager ce communiqué',
	'share.email': 'Courriel',
	'share.x': 'X (Twitter)',
	'share.facebook': 'Facebook',
	'share.linkedin': 'LinkedIn',
	'share.whatsapp': 'WhatsApp',
	'share.copy': 'Copier le lien',
	'share.copied': 'Lien copié dans le presse-papiers.',
	'share.copyFailed': 'Le lien n’a pas pu être copié : sélectionnez l’adresse et copiez-la.',

	// Text the Markdown pipeline adds to release bodies (src/markdown/)
	'markdown.externalLink': '(site externe)',
	'markdown.headingAnchor': 'Lien vers la section « {heading} »',
	'markdown.footnotes': 'Notes',
	'markdown.backToReference': 'Retour au texte de la note {ref}',

	// Not found
	'notFound.title': 'Page introuvable',
	'notFound.lead': 'La page demandée n’existe pas ou a été déplacée.',
	'notFound.next': 'Vous pouvez revenir à l’accueil ou parcourir tous les communiqués.',

	// The web editor (src/cms/)
	'cms.title': 'Éditeur de la salle de presse',
	'cms.languages': 'Langue de l’éditeur',
	'cms.releases': 'Communiqués de presse',
	'cms.release': 'Communiqué de presse',
	'cms.pages': 'Pages',
	'cms.page': 'Page',
	'cms.field.title': 'Titre',
	'cms.field.summary': 'Chapeau',
	'cms.hint.summary': 'Une ou deux phrases qui disent ce qui s’est passé (400 caractères au plus).',
	'cms.field.dateline': 'Lieu',
	'cms.hint.dateline': 'Le lieu d’où le communiqué est diffusé, comme Genève.',
	'cms.field.date': 'Date',
	'cms.field.embargo': 'Embargo',
	'cms.hint.embargo':
		'Facultatif. Le communiqué reste sous embargo jusqu’à ce moment (dans votre fuseau horaire) ; la première mise à jour du site qui suit le publie.',
	'cms.field.type': 'Type de communiqué',
	'cms.field.countries': 'Pays',
	'cms.field.topics': 'Thématiques',
	'cms.field.contacts': 'Contacts presse',
	'cms.field.contact': 'un contact',
	'cms.field.name': 'Nom',
	'cms.field.office': 'Bureau',
	'cms.field.email': 'Courriel',
	'cms.pattern.email': 'Une adresse électronique, comme nom@iom.int',
	'cms.field.phone': 'Téléphone',
	'cms.pattern.phone':
		'Au format international : le signe plus, l’indicatif du pays, puis le numéro, comme +502 2314 0041',
	'cms.field.image': 'Photo principale',
	'cms.field.picture': 'Photo',
	'cms.field.alt': 'Description pour les personnes qui ne peuvent pas la voir (texte alternatif)',
	'cms.field.caption': 'Légende',
	'cms.field.credit': 'Crédit',
	'cms.hint.credit': 'Par exemple : © OIM 2024 / Nom',
	'cms.field.body': 'Texte',
	'cms.hint.body':
		'Les intertitres commencent au niveau 2. Chaque image a besoin d’une description (texte alternatif).',
	'cms.field.notesToEditors': 'Note aux rédactions',
	'cms.hint.notesToEditors': 'Facultatif. Affichée après le texte, avant le paragraphe sur l’OIM.',
	'cms.field.updates': 'Mises à jour et corrections',
	'cms.field.update': 'une mise à jour',
	'cms.hint.updates': 'Donnez à chaque mise à jour la même date dans toutes les langues.',
	'cms.field.whatChanged': 'Ce qui a changé',
	'cms.field.slug': 'Adresse web (slug)',
	'cms.hint.slug': 'Facultatif : tirée du titre si le champ est vide.',
	'cms.translationIncomplete':
		'La traduction en {language} est commencée mais pas finie. Remplissez aussi {fields} dans son volet, ou videz son titre et son texte pour enregistrer sans elle.',
	'cms.pattern.slug':
		'Au plus 100 lettres minuscules sans accents, chiffres et traits d’union simples, comme refuge-guatemala-premiere-annee',
	'cms.field.translatedFrom': 'Traduit de',
	'cms.hint.translatedFrom':
		'Pour une traduction seulement : quand elle dit tout ce que dit l’original, appuyez sur le bouton de la langue que vous avez traduite. Le site signale alors aux lecteurs toute modification ultérieure de l’original. À laisser vide dans l’original.',
	'cms.field.sourceLanguage': 'Langue',
	'cms.field.sourceVersion': 'Version de l’original',
	'cms.pattern.sourceVersion':
		'12 caractères (des chiffres et les lettres de a à f), tels que le bouton les écrit',
	'cms.field.draft': 'Brouillon (non publié)',
	'cms.field.parent': 'Page parente (nom de son dossier)',
	'cms.field.order': 'Rang parmi les pages de même niveau',
	'cms.field.listing': 'Liste sous le texte',
	'cms.listing.countries': 'Les pays qui ont des communiqués',
	'cms.people': 'Personnes',
	'cms.person': 'Personne',
	'cms.hint.contacts':
		'Choisissez les contacts presse parmi les personnes de la salle de presse ; ajoutez d’abord une personne sous Personnes.',
	'cms.field.role': 'Fonction',
	'cms.field.region': 'Région',
	'cms.field.languages': 'Langues parlées (codes, comme : es, en)',
	'cms.field.listed': 'Dans l’annuaire des contacts presse même si aucun communiqué ne la nomme',
	'cms.events': 'Agenda',
	'cms.event': 'Événement',
	'cms.field.kind': 'Type d’événement',
	'cms.field.start': 'Début',
	'cms.field.end': 'Fin',
	'cms.hint.start':
		'Dans votre fuseau horaire : le fichier garde votre décalage UTC, et le site affiche l’heure dans ce fuseau et en UTC.',
	'cms.field.place': 'Lieu',
	'cms.field.online': 'Adresse en ligne (https)',
	'cms.pattern.https': 'Une adresse qui commence par https://',
	'cms.field.speakers': 'Intervenants',
	'cms.field.releases': 'Communiqués liés',
	'cms.translatedFrom.mark': 'Traduit du texte actuel en {language}',
	'cms.translatedFrom.none': 'Aucune langue d’origine : ce texte est présenté comme l’original.',
	'cms.translatedFrom.marked': 'Traduit du texte en {language}, version {hash}.',
	'cms.translatedFrom.current': 'Le texte en {language} n’a pas changé depuis.',
	'cms.translatedFrom.changed':
		'Le texte en {language} a changé depuis : mettez la traduction à jour, puis appuyez de nouveau sur le bouton.',
	'cms.translatedFrom.insecure':
		'Le navigateur ne calcule la version qu’en connexion sécurisée (https, ou localhost sur cet ordinateur).',
	// Les contenus d’un communiqué (media:, keyFigures:) et sa mise en page pour les journalistes
	'media.heading': 'Contenus à télécharger',
	'media.credit': 'Crédit :',
	'media.licence': 'Licence :',
	'media.original': 'Télécharger l’original, {width} × {height} px, {format}, {size}',
	'media.file': '{format}, {size}, en {language}',
	'media.download': 'Télécharger',
	'media.transcript': 'Transcription',
	'media.watchOn': 'Regarder sur {site}',
	'media.videoFile': 'Télécharger la vidéo ({format}, {size})',
	'media.audioFile': 'Télécharger l’enregistrement ({format}, {size})',
	'figures.heading': 'Chiffres clés',
	'figures.source': 'Source : {source}',
	'release.jump': 'Aller à',
	'release.jumpContacts': 'Contacts',
	'release.jumpMaterial': 'Contenus',
	'release.print': 'Imprimer ou enregistrer en PDF',
	'library.title': 'Médiathèque',
	'library.termTitle': 'Médiathèque : {term}',
	'library.lead':
		'Les photos et vidéos de nos communiqués, des plus récentes aux plus anciennes, avec leurs crédits et conditions d’utilisation.',
	'library.all': 'Toutes les photos et vidéos',
	'library.byTopic': 'Par thématique',
	'library.byCountry': 'Par pays',
	'library.from': 'Extrait de :',
	'library.video': 'Vidéo :',
	'library.empty': 'Aucune photo ni vidéo n’a encore été publiée.',
	'library.link': 'Médiathèque',
	'save.withMaterial':
		'Enregistrer aussi les documents, vidéos, sons et photos originales ({size})',
	'save.withMaterialLatest':
		'Enregistrer aussi les documents, vidéos, sons et photos originales ({size} avec tous les communiqués, {latestSize} avec les {count} derniers)',
	'cms.tooLarge.picture':
		'{field} : {file} fait {size}, alors qu’une photo ne peut pas dépasser {limit}. Enregistrez-la de nouveau en qualité ou en taille moindre (3 000 pixels sur son plus grand côté suffisent à l’impression), puis choisissez-la de nouveau.',
	'cms.tooLarge.document':
		'{field} : {file} fait {size}, alors qu’un document ne peut pas dépasser {limit}. Réduisez-le (la plupart des outils PDF savent réduire la taille d’un fichier) ou scindez-le, puis choisissez-le de nouveau.',
	'cms.tooLarge.video':
		'{field} : {file} fait {size}, alors qu’une vidéo ne peut pas dépasser {limit}. Raccourcissez-la ou exportez-la à un débit moindre, ou publiez-la sur la chaîne YouTube ou Vimeo de l’organisation et indiquez-en l’adresse.',
	'cms.tooLarge.audio':
		'{field} : {file} fait {size}, alors qu’un son ne peut pas dépasser {limit}. Exportez-le à un débit moindre ou raccourcissez-le, puis choisissez-le de nouveau.',
	'cms.tooLarge.captions':
		'{field} : {file} fait {size}, alors que des sous-titres ne peuvent pas dépasser {limit}. Un fichier de sous-titres est du texte : vérifiez que c’est le bon fichier.',
	'nav.termsOfUse': 'Conditions d’utilisation des contenus',
	'cms.field.licence': 'Licence (conditions d’utilisation)',
	'cms.hint.licence': 'Les conditions auxquelles les journalistes peuvent l’utiliser.',
	'cms.field.media': 'Photos, documents, vidéos et sons',
	'cms.field.mediaItem': 'fichier',
	'cms.hint.media':
		'Toute photo montrée dans le texte doit figurer ici, avec son crédit et sa licence.',
	'cms.field.file': 'Fichier',
	'cms.field.url': 'Ou : adresse de la vidéo sur YouTube ou Vimeo',
	'cms.field.mediaTitle': 'Titre (document, vidéo ou son)',
	'cms.field.captions': 'Sous-titres (fichier WebVTT, obligatoire pour une vidéo)',
	'cms.field.poster': 'Affiche (l’image montrée avant la lecture de la vidéo)',
	'cms.field.transcript': 'Transcription',
	'cms.field.keyFigures': 'Chiffres clés',
	'cms.field.keyFigure': 'chiffre',
	'cms.field.value': 'Nombre',
	'cms.field.figureLabel': 'Ce qu’il compte',
	'cms.field.unit': 'Unité',
	'cms.field.source': 'Source',
} as const satisfies UiDictionary;
