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
	'footer.label': 'Mapa del sitio',
	'footer.copyright': 'Organización Internacional para las Migraciones',

	// Canales RSS
	'feed.title': 'Comunicados de prensa de la OIM en español',
	'feed.description':
		'Todos los comunicados de prensa de la Organización Internacional para las Migraciones publicados en español, del más reciente al más antiguo.',
	'feed.topicTitle': 'Comunicados de prensa de la OIM en español: {topic}',
	'feed.topicDescription':
		'Comunicados de prensa de la OIM sobre «{topic}» publicados en español, del más reciente al más antiguo.',
	'feed.label': 'Canales RSS',
	'feed.link': 'Canal RSS de todos los comunicados',
	'feed.topicLink': 'Canal RSS: {topic}',
	'feed.countryTitle': 'Comunicados de prensa de la OIM en español: {country}',
	'feed.countryDescription':
		'Los últimos comunicados de la OIM sobre este país ({country}) publicados en español, del más reciente al más antiguo.',
	'feed.countryLink': 'Canal RSS: {country}',

	// Site navigation (src/content-model/menu-items.ts)
	'nav.menu': 'Menú',
	'nav.close': 'Cerrar',
	'nav.news.intro':
		'Los comunicados de prensa de las oficinas de la OIM en todo el mundo, por tema, país y año; la agenda de actos para la prensa y los contactos de prensa.',
	'nav.allNews': 'Todos los comunicados',
	'nav.whoWeAre': 'Quiénes somos',
	'nav.whoWeAre.intro':
		'La OIM forma parte del sistema de las Naciones Unidas y, desde 1951, es la principal organización intergubernamental que promueve una migración humana y ordenada en beneficio de todos. Cuenta con 175 Estados miembros y está presente en 171 países.',
	'nav.structure': 'Estructura',
	'nav.organizationalStructure': 'Estructura organizativa',
	'nav.directorGeneral': 'Directora General',
	'nav.ddgManagementReform': 'Directora General Adjunta de Gestión y Reforma',
	'nav.ddgOperations': 'Directora General Adjunta de Operaciones',
	'nav.chiefOfStaff': 'Oficina del Jefe de Gabinete',
	'nav.partnershipsAdvocacyCommunication': 'Oficina de Alianzas, Promoción y Comunicación',
	'nav.strategyInstitutionalPerformance': 'Oficina de Estrategia y Desempeño Institucional',
	'nav.ourWork': 'Nuestro trabajo',
	'nav.ourWork.intro':
		'Como principal organización intergubernamental en el ámbito de la migración desde 1951, la OIM contribuye a la Agenda 2030 con una labor que une la respuesta humanitaria y el desarrollo sostenible.',
	'nav.whatWeDo': 'Qué hacemos',
	'nav.partnerships': 'Alianzas',
	'nav.whereWeWork': 'Dónde trabajamos',
	'nav.takeAction': 'Actúe',
	'nav.takeAction.intro':
		'Trabaje con la OIM o apoye su labor en favor de las personas migrantes y de las comunidades que las acogen.',
	'nav.workWithUs': 'Trabaje con nosotros',
	'nav.getInvolved': 'Participe',
	'nav.dataResearch': 'Datos e investigación',
	'nav.agenda2030': 'Agenda 2030',
	'nav.subscribe': 'Suscribirse',
	'subscribe.title': 'Suscribirse a los comunicados de la OIM',
	'subscribe.lead':
		'Siga los nuevos comunicados en español con un lector de canales: todos, o solo los de un tema o un país. Un servicio de correo de su elección también puede llevarlos a su buzón.',
	'subscribe.whatTitle': '¿Qué es un canal?',
	'subscribe.what':
		'Un canal (RSS) es una dirección que enumera los últimos comunicados. Péguela en un lector de canales, una aplicación o un sitio que la consulte por usted: los nuevos comunicados aparecerán allí en cuanto se publiquen. El sitio no pide ninguna cuenta y no sabe nada de quién lo sigue.',
	'subscribe.emailTitle': 'Por correo electrónico',
	'subscribe.email':
		'Este sitio no envía correos por sí mismo. Para recibir los nuevos comunicados en su buzón, dé la dirección de un canal al servicio que elija que convierte canales RSS en correos: consultará el canal y le escribirá cuando aparezca un comunicado.',
	'subscribe.all': 'Todos los comunicados',
	'subscribe.allFull': 'Los 50 últimos comunicados en español, con su texto completo.',
	'subscribe.byTopic': 'Por tema',
	'subscribe.byCountry': 'Por país',
	'subscribe.topicNote':
		'El canal de cada tema ofrece sus 20 últimos comunicados, con su entradilla y un enlace.',
	'subscribe.countryNote':
		'El canal de cada país ofrece sus 20 últimos comunicados, con su entradilla y un enlace.',
	'subscribe.contactsTitle': 'Contactos de prensa',
	'subscribe.contacts':
		'Para hablar con un responsable de prensa y solicitar una entrevista o una declaración, consulte los contactos de prensa, por región, cada uno con su ficha para guardar.',

	// Directorio de contactos de prensa
	'people.title': 'Contactos de prensa',
	'people.lead':
		'Los responsables de prensa de la OIM, por región: escríbales o llámelos para entrevistas, declaraciones e información.',
	'people.languages': 'Idiomas',
	'people.empty': 'Todavía no figura ningún contacto de prensa.',
	'people.all': 'Todos los contactos de prensa',

	// Agenda
	'agenda.event': 'Evento',
	'agenda.title': 'Agenda',
	'agenda.lead':
		'Ruedas informativas, conferencias de prensa, presentaciones y visitas para medios de la OIM, con su horario y cómo seguirlas.',
	'agenda.upcoming': 'Próximos eventos',
	'agenda.past': 'Eventos pasados',
	'agenda.empty':
		'Por ahora no hay ningún evento previsto. Las próximas ruedas informativas y conferencias de prensa se anunciarán aquí.',
	'agenda.noPast': 'Todavía no hay eventos pasados.',
	'agenda.calendar': 'Suscribirse al calendario',
	'agenda.calendarTitle': 'Agenda de la OIM en español',
	'event.when': 'Cuándo',
	'event.whenUtc': 'En tiempo universal (UTC)',
	'event.until': 'hasta el',
	'event.where': 'Dónde',
	'event.online': 'Seguir en línea',
	'event.speakers': 'Intervienen',
	'event.releases': 'Comunicados relacionados',
	'event.addToCalendar': 'Añadir a su calendario (.ics)',
	'event.over': 'Este evento ya tuvo lugar.',
	'event.partOf': 'Este comunicado acompaña',
	'subscribe.calendarTitle': 'Calendario de eventos',
	'subscribe.calendar':
		'Suscríbase a la agenda en su aplicación de calendario: los nuevos eventos aparecen en cuanto se anuncian.',

	// Language switcher
	'switcher.label': 'Leer en otro idioma',
	'switcher.untranslated':
		'Esta página no existe en {language}: el enlace abre las noticias en {language}.',

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
	'types.title': 'Tipos de publicación',
	'types.lead':
		'Comunicados de prensa, declaraciones, noticias, notas informativas y avisos a los medios.',
	'type.title': 'Tipo: {type}',
	'type.lead':
		'Todas las publicaciones de este tipo ({type}) en español, de la más reciente a la más antigua.',
	'listing.count': '{count} comunicados',
	'listing.countOne': '1 comunicado',
	'listing.availableIn': 'Disponible en {language}',

	// Search
	'search.open': 'Buscar',
	'search.title': 'Buscar comunicados de prensa',
	'search.lead':
		'Busque en todos los comunicados y páginas de este sitio en español, directamente en su navegador.',
	'search.label': 'Palabras que desea buscar',
	'search.submit': 'Buscar',
	'search.allLanguages': 'Buscar en todos los idiomas',
	'search.sort': 'Orden',
	'search.sort.relevance': 'Los más pertinentes primero',
	'search.sort.newest': 'Los más recientes primero',
	'search.filters': 'Acotar los resultados',
	'search.filter.topic': 'Tema',
	'search.filter.country': 'País',
	'search.filter.year': 'Año',
	'search.filter.language': 'Idioma',
	'search.filter.type': 'Tipo',
	'search.results': '{count} resultados para «{query}»',
	'search.resultsOne': '1 resultado para «{query}»',
	'search.none':
		'No hay resultados para «{query}». Pruebe con otras palabras o busque en todos los idiomas.',
	'search.loading': 'Buscando…',
	'search.error': 'No se pudo cargar la búsqueda. Compruebe su conexión y vuelva a intentarlo.',
	'search.more': 'Mostrar más resultados',
	'search.offlineSome':
		'Está sin conexión: solo se muestran los resultados guardados en este dispositivo.',
	'search.offlineNone':
		'Está sin conexión y ninguna de estas páginas está guardada en este dispositivo.',
	'search.needsBuild':
		'La búsqueda lee el índice que escribe una compilación del sitio, y todavía no hay ninguno. Ejecute npm run build y vuelva a cargar esta página.',
	'search.indexNotSaved':
		'Está sin conexión y el índice de búsqueda de este idioma no está guardado en este dispositivo. Guárdelo en «Leer sin conexión», más abajo, para buscar sin conexión.',
	'search.noScript':
		'La búsqueda funciona en su navegador y necesita JavaScript, que está desactivado o no se ha cargado. Puede seguir explorando los comunicados por tema, país o año.',

	// Sin conexión
	'offline.title': 'No tiene conexión',
	'offline.lead':
		'Esta página no se ha guardado en este dispositivo y no hay conexión para cargarla.',
	'offline.next':
		'Las páginas que ya ha abierto siguen disponibles sin conexión, al igual que la búsqueda. Puede ir a:',
	'save.title': 'Leer sin conexión',
	'save.lead':
		'Guarde en este dispositivo los comunicados en español y el índice de búsqueda para leerlos y buscar en ellos sin conexión.',
	'save.latest': 'Guardar los {count} comunicados más recientes ({size})',
	'save.everything': 'Guardar todos los comunicados ({size})',
	'save.progress': '{done} de {total} archivos guardados…',
	'save.done': 'Listo: ya puede leer y buscar sin conexión todos los comunicados en español.',
	'save.doneLatest':
		'Listo: ya puede leer y buscar sin conexión los {count} comunicados más recientes en español.',
	'save.failed':
		'Se interrumpió el guardado: no se pudieron descargar {count} archivos. Compruebe su conexión y vuelva a intentarlo.',

	// Release page
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
	'release.updates': 'Actualizaciones y correcciones',
	'release.notesToEditors': 'Nota para los editores',
	'release.aboutIom': 'Acerca de la OIM',
	'release.aboutIomText':
		'Desde 1951, la Organización Internacional para las Migraciones (OIM) trabaja por una migración humana, ordenada y beneficiosa para todos. Organización intergubernamental integrada en el sistema de las Naciones Unidas, reúne a 175 Estados miembros y está presente en 171 países.',
	'release.related': 'Comunicados relacionados',
	'release.outdated':
		'El original en {language} de este comunicado se ha actualizado desde que se hizo esta traducción.',
	'release.outdatedLink': 'Leer el original en {language}',
	'release.vcard': 'Guardar a {name} en sus contactos (vCard)',

	// Share links on a release page (no third-party scripts: plain links)
	'share.title': 'Compartir este comunicado',
	'share.email': 'Correo electrónico',
	'share.x': 'X (Twitter)',
	'share.facebook': 'Facebook',
	'share.linkedin': 'LinkedIn',
	'share.whatsapp': 'WhatsApp',
	'share.copy': 'Copiar el enlace',
	'share.copied': 'Enlace copiado en el portapapeles.',
	'share.copyFailed': 'No se pudo copiar el enlace: seleccione la dirección y cópiela.',

	// Text the Markdown pipeline adds to release bodies (src/markdown/)
	'markdown.externalLink': '(sitio externo)',
	'markdown.headingAnchor': 'Enlace a la sección «{heading}»',
	'markdown.footnotes': 'Notas',
	'markdown.backToReference': 'Volver al texto de la nota {ref}',

	// Not found
	'notFound.title': 'Página no encontrada',
	'notFound.lead': 'La página que busca no existe o ha cambiado de dirección.',
	'notFound.next': 'Puede volver al inicio o consultar todos los comunicados.',

	// The web editor (src/cms/)
	'cms.title': 'Editor de la sala de prensa',
	'cms.languages': 'Idioma del editor',
	'cms.releases': 'Comunicados de prensa',
	'cms.release': 'Comunicado de prensa',
	'cms.pages': 'Páginas',
	'cms.page': 'Página',
	'cms.field.title': 'Título',
	'cms.field.summary': 'Resumen',
	'cms.hint.summary': 'Una o dos frases que digan qué ocurrió (400 caracteres como máximo).',
	'cms.field.dateline': 'Lugar',
	'cms.hint.dateline': 'El lugar desde el que se emite el comunicado, como Ciudad de Panamá.',
	'cms.field.date': 'Fecha',
	'cms.field.embargo': 'Embargo',
	'cms.hint.embargo':
		'Opcional. El comunicado queda bajo embargo hasta ese momento (en su huso horario); la primera actualización del sitio posterior lo publica.',
	'cms.field.type': 'Tipo de comunicado',
	'cms.field.countries': 'Países',
	'cms.field.topics': 'Temas',
	'cms.field.contacts': 'Contactos de prensa',
	'cms.field.contact': 'un contacto',
	'cms.field.name': 'Nombre',
	'cms.field.office': 'Oficina',
	'cms.field.email': 'Correo electrónico',
	'cms.pattern.email': 'Una dirección de correo electrónico, como nombre@iom.int',
	'cms.field.phone': 'Teléfono',
	'cms.pattern.phone':
		'En formato internacional: el signo más, el código del país y luego el número, como +502 2314 0041',
	'cms.field.image': 'Foto principal',
	'cms.field.picture': 'Foto',
	'cms.field.alt': 'Descripción para quienes no pueden verla (texto alternativo)',
	'cms.field.caption': 'Pie de foto',
	'cms.field.credit': 'Crédito',
	'cms.hint.credit': 'Por ejemplo: © OIM 2024 / Nombre',
	'cms.field.body': 'Texto',
	'cms.hint.body':
		'Los subtítulos empiezan en el nivel 2. Cada imagen necesita una descripción (texto alternativo).',
	'cms.field.notesToEditors': 'Nota para los editores',
	'cms.hint.notesToEditors': 'Opcional. Aparece después del texto, antes del párrafo sobre la OIM.',
	'cms.field.updates': 'Actualizaciones y correcciones',
	'cms.field.update': 'una actualización',
	'cms.hint.updates': 'Dé a cada actualización la misma fecha en todos los idiomas.',
	'cms.field.whatChanged': 'Qué cambió',
	'cms.field.slug': 'Dirección web (slug)',
	'cms.hint.slug': 'Opcional: si se deja vacía, se forma a partir del título.',
	'cms.translationIncomplete':
		'La traducción al {language} está empezada pero no terminada. Rellene también {fields} en su panel, o vacíe su título y su texto para guardar sin ella.',
	'cms.pattern.slug':
		'Hasta 100 minúsculas sin tildes, cifras y guiones simples, como albergue-guatemala-primer-ano',
	'cms.field.translatedFrom': 'Traducido de',
	'cms.hint.translatedFrom':
		'Solo para una traducción: cuando diga todo lo que dice el original, pulse el botón del idioma del que tradujo. Así el sitio avisará a los lectores si el original cambia después. Déjelo vacío en el original.',
	'cms.field.sourceLanguage': 'Idioma',
	'cms.field.sourceVersion': 'Versión del original',
	'cms.pattern.sourceVersion':
		'12 caracteres (cifras y letras de la a a la f), tal como los escribe el botón',
	'cms.field.draft': 'Borrador (no publicado)',
	'cms.field.parent': 'Página superior (nombre de su carpeta)',
	'cms.field.order': 'Orden entre las páginas del mismo nivel',
	'cms.field.listing': 'Lista bajo el texto',
	'cms.listing.countries': 'Los países con comunicados',
	'cms.people': 'Personas',
	'cms.person': 'Persona',
	'cms.hint.contacts':
		'Elija los contactos de prensa entre las personas de la sala de prensa; añada antes la persona en Personas.',
	'cms.field.role': 'Cargo',
	'cms.field.region': 'Región',
	'cms.field.languages': 'Idiomas que habla (códigos, como: es, en)',
	'cms.field.listed': 'En el directorio de contactos de prensa aunque ningún comunicado la nombre',
	'cms.events': 'Agenda',
	'cms.event': 'Evento',
	'cms.field.kind': 'Tipo de evento',
	'cms.field.start': 'Comienzo',
	'cms.field.end': 'Fin',
	'cms.hint.start':
		'En su huso horario: el archivo guarda su desfase respecto de UTC, y el sitio muestra la hora en ese huso y en UTC.',
	'cms.field.place': 'Lugar',
	'cms.field.online': 'Dirección en línea (https)',
	'cms.pattern.https': 'Una dirección que empiece por https://',
	'cms.field.speakers': 'Intervienen',
	'cms.field.releases': 'Comunicados relacionados',
	'cms.translatedFrom.mark': 'Traducido del texto actual en {language}',
	'cms.translatedFrom.none': 'Sin idioma de origen: este texto figura como el original.',
	'cms.translatedFrom.marked': 'Traducido del texto en {language}, versión {hash}.',
	'cms.translatedFrom.current': 'El texto en {language} no ha cambiado desde entonces.',
	'cms.translatedFrom.changed':
		'El texto en {language} ha cambiado desde entonces: actualice la traducción y vuelva a pulsar el botón.',
	'cms.translatedFrom.insecure':
		'El navegador solo calcula la versión en una conexión segura (https, o localhost en este equipo).',
	// El material de un comunicado (media:, keyFigures:) y su diseño para periodistas
	'media.heading': 'Material para descargar',
	'media.credit': 'Crédito:',
	'media.licence': 'Licencia:',
	'media.original': 'Descargar el original, {width} × {height} px, {format}, {size}',
	'media.file': '{format}, {size}, en {language}',
	'media.download': 'Descargar',
	'media.transcript': 'Transcripción',
	'media.watchOn': 'Ver en {site}',
	'media.videoFile': 'Descargar el vídeo ({format}, {size})',
	'media.audioFile': 'Descargar la grabación ({format}, {size})',
	'figures.heading': 'Cifras clave',
	'figures.source': 'Fuente: {source}',
	'release.jump': 'Ir a',
	'release.jumpContacts': 'Contactos',
	'release.jumpMaterial': 'Material',
	'release.print': 'Imprimir o guardar como PDF',
	'library.title': 'Mediateca',
	'library.termTitle': 'Mediateca: {term}',
	'library.lead':
		'Las fotos y los vídeos de nuestros comunicados, de los más recientes a los más antiguos, con sus créditos y condiciones de uso.',
	'library.all': 'Todas las fotos y los vídeos',
	'library.byTopic': 'Por tema',
	'library.byCountry': 'Por país',
	'library.from': 'Del comunicado:',
	'library.video': 'Vídeo:',
	'library.empty': 'Todavía no se ha publicado ninguna foto ni ningún vídeo.',
	'library.link': 'Mediateca',
	'save.withMaterial':
		'Guardar también los documentos, vídeos, sonidos y fotos originales ({size})',
	'save.withMaterialLatest':
		'Guardar también los documentos, vídeos, sonidos y fotos originales ({size} con todos los comunicados, {latestSize} con los {count} más recientes)',
	'cms.tooLarge.picture':
		'{field}: {file} pesa {size}, pero una foto no puede superar {limit}. Guárdela de nuevo con menor calidad o tamaño (3000 píxeles en su lado más largo bastan para imprimir) y vuelva a elegirla.',
	'cms.tooLarge.document':
		'{field}: {file} pesa {size}, pero un documento no puede superar {limit}. Redúzcalo (la mayoría de las herramientas PDF pueden reducir el tamaño de un archivo) o divídalo, y vuelva a elegirlo.',
	'cms.tooLarge.video':
		'{field}: {file} pesa {size}, pero un vídeo no puede superar {limit}. Acórtelo o expórtelo con una tasa de bits menor, o publíquelo en el canal de YouTube o Vimeo de la organización e indique su dirección.',
	'cms.tooLarge.audio':
		'{field}: {file} pesa {size}, pero un sonido no puede superar {limit}. Expórtelo con una tasa de bits menor o acórtelo, y vuelva a elegirlo.',
	'cms.tooLarge.captions':
		'{field}: {file} pesa {size}, pero unos subtítulos no pueden superar {limit}. Un archivo de subtítulos es texto: compruebe que es el archivo correcto.',
	'nav.termsOfUse': 'Condiciones de uso del material',
	'cms.field.licence': 'Licencia (condiciones de uso)',
	'cms.hint.licence': 'Las condiciones en que los periodistas pueden usarlo.',
	'cms.field.media': 'Fotos, documentos, vídeos y sonidos',
	'cms.field.mediaItem': 'archivo',
	'cms.hint.media':
		'Toda foto que aparezca en el texto debe figurar aquí, con su crédito y su licencia.',
	'cms.field.file': 'Archivo',
	'cms.field.url': 'O bien: dirección del vídeo en YouTube o Vimeo',
	'cms.field.mediaTitle': 'Título (documento, vídeo o sonido)',
	'cms.field.captions': 'Subtítulos (archivo WebVTT, obligatorio para un vídeo)',
	'cms.field.poster': 'Póster (la imagen que se muestra antes de reproducir el vídeo)',
	'cms.field.transcript': 'Transcripción',
	'cms.field.keyFigures': 'Cifras clave',
	'cms.field.keyFigure': 'cifra',
	'cms.field.value': 'Número',
	'cms.field.figureLabel': 'Qué cuenta',
	'cms.field.unit': 'Unidad',
	'cms.field.source': 'Fuente',
} as const satisfies UiDictionary;
