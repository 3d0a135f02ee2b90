// The editor's own widget for `translatedFrom` (fields.ts): one button per other language,
// "Translated from the current English text", which records that language and the source hash
// of its text as the editor holds it now (source-hash.ts, the build's hash), and a line saying
// whether that text has changed since. Decap saves every language of an entry together, so the
// hash is that of the source file the same save writes.
import { defaultLocale } from '../i18n/locales';
import { languageName } from '../i18n/translate';
import { editorLocales } from './languages';
import { canHash, sourceHash, sourceText } from './source-hash';

/** A field of the widget's value, which Decap holds as an Immutable map (or nothing). */
const read = (value, key) =>
	value && typeof value.get === 'function' ? value.get(key) : undefined;

/** The values of one language of the entry being edited, as plain objects. */
function valuesOf(props, locale) {
	const entry = props.getEntry ? props.getEntry() : props.entry;
	const data =
		locale === defaultLocale ? entry?.get('data') : entry?.getIn(['i18n', locale, 'data']);
	return data && typeof data.toJS === 'function' ? data.toJS() : {};
}

/** A button of the widget, in the plain style of Decap's own. */
const buttonStyle = {
	margin: '4px 8px 4px 0',
	padding: '6px 12px',
	border: '1px solid #3a69c7',
	borderRadius: '5px',
	background: '#fff',
	color: '#3a69c7',
	font: 'inherit',
	cursor: 'pointer',
};

/**
 * The widget's control, made with Decap's `h` and `createClass`; `ui` is the interface's
 * language and `t` its dictionary.
 */
export function translatedFromControl({ h, createClass }, { ui, t }) {
	const language = (locale) => languageName(locale, ui);
	return createClass({
		getInitialState() {
			return { current: undefined };
		},
		componentDidMount() {
			this.mounted = true;
			void this.check();
		},
		// Decap re-renders a widget only when its own value changes: this one follows the whole
		// entry, to say whether the source text changed since the translation was marked.
		shouldComponentUpdate() {
			return true;
		},
		componentDidUpdate() {
			void this.check();
		},
		componentWillUnmount() {
			this.mounted = false;
		},
		/** Hashes the recorded source language's text when it changed, to say if it differs. */
		async check() {
			const lang = read(this.props.value, 'lang');
			if (!lang || !canHash()) return;
			const values = valuesOf(this.props, lang);
			const checking = `${lang}:${sourceText(values)}`;
			if (checking === this.checked) return;
			this.checked = checking;
			const current = await sourceHash(values);
			if (this.mounted && this.checked === checking) this.setState({ current });
		},
		/** Records `lang` and the hash of its current text as this translation's source. */
		async mark(lang) {
			const hash = await sourceHash(valuesOf(this.props, lang));
			// The field is an Immutable map too: `clear()` gives an empty one to hold the value.
			this.props.onChange(this.props.field.clear().set('lang', lang).set('hash', hash));
		},
		/** The sentence that says what is recorded, and whether the source changed since. */
		status() {
			const lang = read(this.props.value, 'lang');
			const hash = read(this.props.value, 'hash');
			if (!lang || !hash) return t('cms.translatedFrom.none');
			const marked = t('cms.translatedFrom.marked', { language: language(lang), hash });
			if (this.state.current === undefined) return marked;
			const since = this.state.current === hash ? 'current' : 'changed';
			return `${marked} ${t(`cms.translatedFrom.${since}`, { language: language(lang) })}`;
		},
		render() {
			const { forID, classNameWrapper, locale } = this.props;
			const enabled = canHash();
			const buttons = editorLocales
				.filter((source) => source !== locale)
				.map((source) =>
					h(
						'button',
						{
							key: source,
							type: 'button',
							disabled: !enabled,
							style: buttonStyle,
							onClick: () => void this.mark(source),
						},
						t('cms.translatedFrom.mark', { language: language(source) }),
					),
				);
			return h(
				'div',
				{ id: forID, className: classNameWrapper },
				h('p', { role: 'status', style: { margin: '0 0 8px' } }, this.status()),
				h('div', {}, ...buttons),
				enabled ? null : h('p', {}, t('cms.translatedFrom.insecure')),
			);
		},
	});
}
