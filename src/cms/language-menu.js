// The menu that chooses the language of the editor: a link per language, each named in its own
// language, in a corner of the page over Decap's interface. A link reloads the editor in that
// language (`?lang=fr`), on the same screen; editor.js remembers the choice.
import { localeTable } from '../i18n/locales';
import { editorLocales, languageParameter } from './languages';

/** The menu's look: small, in the bottom right corner, clear of Decap's header and toolbar. */
const menuStyle = [
	'position: fixed',
	'right: 12px',
	'bottom: 12px',
	'z-index: 400',
	'display: flex',
	'gap: 4px',
	'padding: 4px',
	'border: 1px solid #dfdfe3',
	'border-radius: 6px',
	'background: #fff',
	'box-shadow: 0 2px 6px rgba(68, 74, 87, 0.15)',
	'font: 14px/1.4 system-ui, sans-serif',
].join('; ');
const linkStyle = 'padding: 2px 8px; border-radius: 4px; color: #313d3e; text-decoration: none';
const currentStyle = `${linkStyle}; background: #3a69c7; color: #fff; font-weight: 600`;

/** The address of the editor in `locale`, on the screen it shows now. */
const addressIn = (locale, location) => `?${languageParameter}=${locale}${location.hash}`;

/** The language menu for an editor shown in `current`, labelled `label`. */
export function languageMenu(document, current, label) {
	const nav = document.createElement('nav');
	nav.setAttribute('aria-label', label);
	nav.style.cssText = menuStyle;
	for (const locale of editorLocales) {
		const link = document.createElement('a');
		const { lang, label: name } = localeTable[locale];
		link.href = addressIn(locale, document.location);
		link.lang = lang;
		link.hreflang = lang;
		link.textContent = name;
		link.style.cssText = locale === current ? currentStyle : linkStyle;
		if (locale === current) link.setAttribute('aria-current', 'true');
		// Decap changes the screen in the address's hash: the link follows it.
		link.addEventListener('click', () => (link.href = addressIn(locale, document.location)));
		nav.append(link);
	}
	return nav;
}
