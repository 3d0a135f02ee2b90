// What Decap CMS 3.16's own French and Spanish interface leaves in English (its locales lag behind
// its English one: Spanish lacks "Writing in", the Markdown toolbar, "Add …"), for the parts of
// Decap this editor shows. editor.js merges them into Decap's locales before it starts, so a
// phrase Decap translates itself one day stays Decap's. The keys are Decap's
// (node_modules/decap-cms-locales/src/en/index.js); the site's own texts are in src/i18n/ui/.
import type { Locale } from '../i18n/locales';

/** Decap's phrases, nested as its locales are. */
export interface Phrases {
	[key: string]: string | Phrases;
}

const fr: Phrases = {
	collection: {
		collectionTop: { viewAsList: 'Affichage en liste', viewAsGrid: 'Affichage en grille' },
	},
	editor: {
		editorControlPane: {
			i18n: {
				copyFromLocale: 'Remplir à partir d’une autre langue',
				copyFromLocaleConfirm:
					'Remplir avec le contenu en %{locale} ?\nTout le contenu déjà saisi sera remplacé.',
			},
		},
		editorWidgets: {
			markdown: {
				strikethrough: 'Barré',
				toggleMode: { rich: 'Passer en texte mis en forme', markdown: 'Passer en Markdown' },
			},
			image: {
				chooseMultiple: 'Choisir des images',
				addMore: 'Ajouter des images',
				removeAll: 'Retirer toutes les images',
			},
			file: {
				chooseMultiple: 'Choisir des fichiers',
				addMore: 'Ajouter des fichiers',
				removeAll: 'Retirer tous les fichiers',
			},
			datetime: { setToNow: 'Mettre %{fieldLabel} à l’heure actuelle' },
			object: { expand: 'Déplier', collapse: 'Replier' },
		},
	},
	mediaLibrary: { mediaLibraryModal: { close: 'Fermer' } },
	ui: { settingsDropdown: { account: 'Options du compte' } },
};

const es: Phrases = {
	collection: {
		sidebar: { allCollections: 'Todas las colecciones', searchIn: 'Buscar en' },
		collectionTop: {
			viewAsList: 'Vista de lista',
			viewAsGrid: 'Vista de cuadrícula',
			searchResults: 'Resultados de la búsqueda de «%{searchTerm}»',
			searchResultsInCollection: 'Resultados de la búsqueda de «%{searchTerm}» en %{collection}',
			filterBy: 'Filtrar por',
			groupBy: 'Agrupar por',
		},
		groups: { other: 'Otros', negateLabel: 'No %{label}' },
	},
	editor: {
		editorControlPane: {
			widget: {
				invalidPath: '«%{path}» no es una ruta válida',
				pathExists: 'La ruta «%{path}» ya existe',
			},
			i18n: {
				writingInLocale: 'Escribiendo en %{locale}',
				copyFromLocale: 'Rellenar a partir de otro idioma',
				copyFromLocaleConfirm:
					'¿Rellenar con el contenido en %{locale}?\nSe sustituirá todo el contenido ya escrito.',
			},
		},
		editorInterface: {
			toggleI18n: 'Mostrar u ocultar los idiomas',
			togglePreview: 'Mostrar u ocultar la vista previa',
			toggleScrollSync: 'Sincronizar el desplazamiento',
		},
		editorWidgets: {
			markdown: {
				bold: 'Negrita',
				italic: 'Cursiva',
				strikethrough: 'Tachado',
				code: 'Código',
				link: 'Enlace',
				linkPrompt: 'Dirección (URL) del enlace',
				headings: 'Títulos',
				quote: 'Cita',
				bulletedList: 'Lista con viñetas',
				numberedList: 'Lista numerada',
				addComponent: 'Añadir un componente',
				toggleMode: { rich: 'Pasar a texto con formato', markdown: 'Pasar a Markdown' },
			},
			image: {
				chooseMultiple: 'Elegir imágenes',
				chooseUrl: 'Insertar desde una URL',
				replaceUrl: 'Reemplazar por una URL',
				promptUrl: 'Dirección (URL) de la imagen',
				addMore: 'Añadir más imágenes',
				removeAll: 'Quitar todas las imágenes',
			},
			file: {
				chooseUrl: 'Insertar desde una URL',
				chooseMultiple: 'Elegir archivos',
				replaceUrl: 'Reemplazar por una URL',
				promptUrl: 'Dirección (URL) del archivo',
				addMore: 'Añadir más archivos',
				removeAll: 'Quitar todos los archivos',
			},
			datetime: { setToNow: 'Poner %{fieldLabel} a la hora actual' },
			list: { add: 'Añadir %{item}', addType: 'Añadir %{item}' },
			object: { expand: 'Desplegar', collapse: 'Plegar' },
		},
	},
	mediaLibrary: {
		mediaLibraryCard: {
			copy: 'Copiar',
			copyUrl: 'Copiar la URL',
			copyPath: 'Copiar la ruta',
			copyName: 'Copiar el nombre',
			copied: 'Copiado',
		},
		mediaLibraryModal: { close: 'Cerrar' },
	},
	ui: {
		settingsDropdown: { account: 'Opciones de la cuenta' },
		toast: {
			onLoggedOut:
				'Se ha cerrado la sesión: guarde una copia de lo que estaba escribiendo y vuelva a iniciar sesión.',
			onBackendDown: 'El servicio que guarda los archivos no responde. Más información: %{details}',
		},
	},
};

/** The phrases each interface language adds to Decap's own. */
export const decapPhrases: Partial<Record<Locale, Phrases>> = { fr, es };

/** Decap's phrases with `added` filled in where Decap has none; Decap's own win. */
export function withPhrases(own: Phrases | undefined, added: Phrases | undefined): Phrases {
	const merged: Phrases = { ...added };
	for (const [key, value] of Object.entries(own ?? {})) {
		const extra = merged[key];
		merged[key] =
			typeof value === 'object' && typeof extra === 'object' ? withPhrases(value, extra) : value;
	}
	return merged;
}
