// The web editor's own script (/admin/, src/cms/admin.ts bundles it with what it imports). It
// runs before Decap CMS's bundle, to keep Decap from starting by itself; picks the language of
// the interface (languages.ts) and points Decap to the configuration in that language; and
// starts Decap once the bundle has run (which defines `CMS`, `h` and `createClass`) and this
// script has registered what it adds: else Decap could read its configuration before the widgets
// it names exist.
/* global CMS, h, createClass, window, document, navigator, URL, URLSearchParams */
import { adminUrl } from '../i18n/file-routes';
import { defaultLocale, langOf, localeTable } from '../i18n/locales';
import { url } from '../i18n/routes';
import { useTranslations } from '../i18n/translate';
import { decapPhrases, withPhrases } from './decap-phrases';
import { languageMenu } from './language-menu.js';
import { configFile, editorLocale, languageParameter, languageStorageKey } from './languages';
import { previewTemplates } from './preview.js';
import { translatedFromControl } from './translated-from.js';
import { releaseSpecs } from './fields';
import { pageSpecs } from './page-fields';
import { checkFileSizes } from './file-size-check';
import { checkTranslations } from './translation-check';
import { registerWidgets } from './widgets.js';

window.CMS_MANUAL_INIT = true;
const styles = (document.currentScript?.dataset.styles ?? '').split(' ').filter(Boolean);

/** The language chosen last time on this computer, where the browser keeps localStorage. */
function remembered() {
	try {
		return window.localStorage.getItem(languageStorageKey);
	} catch {
		return null;
	}
}

/** Remembers the chosen language, where the browser lets it (some private windows do not). */
function remember(locale) {
	try {
		window.localStorage.setItem(languageStorageKey, locale);
	} catch {
		// The choice then holds for this page only.
	}
}

/** The interface's language: asked in the address (and then remembered), else as before. */
function chooseLanguage() {
	const asked = new URLSearchParams(window.location.search).get(languageParameter);
	const locale = editorLocale({
		asked,
		remembered: remembered(),
		preferred: navigator.languages ?? [navigator.language],
	});
	if (asked) remember(locale);
	return locale;
}

const ui = chooseLanguage();
const t = useTranslations(ui);
document.documentElement.lang = langOf(ui);
document.documentElement.dir = localeTable[ui].dir;
document.title = t('cms.title');

// Decap reads its configuration from the file this link names (config.yml otherwise).
const link = document.createElement('link');
link.rel = 'cms-config-url';
link.type = 'text/yaml';
link.href = `${adminUrl}${configFile(ui)}`;
document.head.append(link);

document.addEventListener('DOMContentLoaded', () => {
	document.body.prepend(languageMenu(document, ui, t('cms.languages')));
	CMS.registerLocale(ui, withPhrases(CMS.getLocale(ui), decapPhrases[ui]));
	registerWidgets(CMS, translatedFromControl({ h, createClass }, { ui, t }), h, createClass);
	for (const href of styles) CMS.registerPreviewStyle(href);
	for (const [name, template] of Object.entries(previewTemplates({ h, createClass })))
		CMS.registerPreviewTemplate(name, template);
	// Decap checks required fields in the default language only: a translation started and not
	// finished is refused here, as the build refuses it (translation-check.ts); so is a file larger
	// than its kind may be (file-size-check.ts), sized as Decap holds the entry's files.
	CMS.registerEventListener({
		name: 'preSave',
		handler: ({ entry }) => {
			const specs = entry.get('collection') === 'pages' ? pageSpecs : releaseSpecs;
			const data = (locale) =>
				(locale === defaultLocale
					? entry.get('data')
					: entry.getIn(['i18n', locale, 'data'])
				)?.toJS();
			checkTranslations(specs, data, ui);
			const sizes = new Map(
				(entry.get('mediaFiles')?.toJS() ?? []).map((file) => [file.name, file.size]),
			);
			checkFileSizes(specs, data, (name) => sizes.get(name), ui);
		},
	});
	// The header's link to the site (Decap's `display_url`, written as its address): the home page
	// of the site this editor runs on, in the interface's language.
	const home = new URL(url('home', ui), window.location.origin).href;
	CMS.init({ config: { display_url: home } });
});
