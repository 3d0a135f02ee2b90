import type { UiDictionary } from './en';

/** Spanish UI strings. */
export const es = {
	// Site identity
	'site.name': 'Sala de prensa de la OIM',
	'site.org': 'Organización Internacional para las Migraciones',
	'site.orgShort': 'OIM',
	'site.tagline': 'Comunicados de prensa del organismo de las Naciones Unidas para la migración',
	'site.description':
		'Comunicados de prensa de la Organización Internacional para las Migraciones (OIM), en español, inglés y francés.',

	// Page furniture
	'skip.toContent': 'Saltar al contenido principal',
	'nav.home': 'Inicio',
	'nav.news': 'Noticias',
	'nav.primary': 'Menú principal',
	'nav.breadcrumbs': 'Ruta de navegación',
	'nav.languages': 'Idiomas',
	'footer.label': 'Pie de página',
	'footer.browse': 'Explorar',
	'footer.copyright': 'Organización Internacional para las Migraciones',

	// Language switcher
	'switcher.label': 'Leer en otro idioma',
	'switcher.untranslated': 'sin traducción: lista de noticias',

	// Language chooser (the site root)
	'chooser.title': 'Elija un idioma',
	'chooser.lead': 'Leer los comunicados de prensa de la OIM en español.',
	'chooser.enter': 'Entrar en español',

	// Home
	'home.title': 'Últimos comunicados de prensa',
	'home.lead': 'Noticias de la Organización Internacional para las Migraciones.',
	'home.allNews': 'Todos los comunicados',

	// Listings
	'news.title': 'Comunicados de prensa',
	'news.lead':
		'Todos los comunicados de prensa de la OIM en español, del más reciente al más antiguo.',
	'news.empty': 'Todavía no hay comunicados aquí.',
	'listing.pageOf': 'Página {page} de {pages}',
	'listing.pagination': 'Páginas',
	'listing.previous': 'Página anterior',
	'listing.next': 'Página siguiente',
	'listing.page': 'Página {page}',
	'topics.title': 'Temas',
	'topics.lead': 'Los comunicados de prensa agrupados por tema.',
	'topic.title': 'Tema: {topic}',
	'topic.lead': 'Los comunicados sobre el tema «{topic}», del más reciente al más antiguo.',
	'countries.title': 'Países',
	'countries.lead': 'Los comunicados de prensa agrupados por el país al que se refieren.',
	'country.title': 'País: {country}',
	'country.lead': 'Los comunicados sobre este país ({country}), del más reciente al más antiguo.',
	'archive.title': 'Archivo',
	'archive.lead': 'Los comunicados de prensa por año de publicación.',
	'year.title': 'Comunicados de {year}',
	'year.lead': 'Los comunicados publicados en {year}, del más reciente al más antiguo.',
	'listing.count': '{count} comunicados',
	'listing.countOne': '1 comunicado',
	'listing.availableIn': 'Disponible en {language}',

	// Release page
	'release.kicker': 'Comunicado de prensa',
	'release.published': 'Publicado el',
	'release.updated': 'Actualizado el',
	'release.countries': 'Países',
	'release.topics': 'Temas',
	'release.contacts': 'Para más información, póngase en contacto con',
	'release.email': 'Correo electrónico',
	'release.phone': 'Teléfono',
	'release.translations': 'Este comunicado en otros idiomas',
	'release.draft': 'Borrador: este comunicado no está publicado.',
	'release.embargoed': 'Bajo embargo hasta el {date}: este comunicado aún no está publicado.',

	// Not found
	'notFound.title': 'Página no encontrada',
	'notFound.lead': 'La página que busca no existe o ha cambiado de dirección.',
	'notFound.next': 'Puede volver al inicio o consultar todos los comunicados.',
} as const satisfies UiDictionary;
