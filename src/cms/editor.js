// The web editor's own script (/admin/, src/cms/admin.ts). It runs before Decap CMS's bundle,
// to keep Decap from starting by itself, and starts it once the bundle has run (which defines
// `CMS`, `h` and `createClass`) and this script has registered what it adds: else Decap could
// read its configuration before the widgets below allow it.
/* global CMS, h, createClass, window, document */
window.CMS_MANUAL_INIT = true;
const styles = (document.currentScript?.dataset.styles ?? '').split(' ').filter(Boolean);

document.addEventListener('DOMContentLoaded', () => {
	// Decap's list and object widgets accept only `i18n: true | false`, though its i18n code
	// duplicates any field marked 'duplicate' into every language: allow it, so that contacts,
	// shared by every translation, are entered once (src/cms/config.ts).
	for (const name of ['list', 'object']) {
		const widget = CMS.getWidget(name);
		const properties = { ...widget.schema.properties, i18n: {} };
		CMS.registerWidget(name, widget.control, widget.preview, { ...widget.schema, properties });
	}

	// Decap checks the required fields of an optional object even when it is left empty: an
	// optional lead picture left out must not ask for its description. Once a picture is
	// chosen, its description (alt text) and credit are required, as the schema requires them.
	const object = CMS.getWidget('object');
	const blank = (value) =>
		value === undefined ||
		value === null ||
		value === '' ||
		(typeof value.every === 'function' && value.every(blank));
	class OptionalObject extends object.control {
		constructor(props) {
			super(props);
			const validate = this.validate;
			this.validate = () => {
				if (this.props.field.get('required') === false && blank(this.props.value)) return;
				validate();
			};
		}
	}
	CMS.registerWidget('object', OptionalObject, object.preview, object.schema);

	// The preview: the entry being edited, in the language being edited, in the site's own
	// stylesheet and with the markup of the release page (src/views/ReleaseView.astro), so an
	// editor sees the headline, dateline, lead and text as readers will.
	for (const href of styles) CMS.registerPreviewStyle(href);

	const field = (entry, name) => entry.getIn(['data', name]);

	const Release = createClass({
		render() {
			const { entry, widgetFor } = this.props;
			const draft = field(entry, 'draft');
			return h(
				'div',
				{ className: 'container release-view' },
				h(
					'article',
					{ className: 'release' },
					draft ? h('p', { className: 'notice' }, 'Draft: not published') : null,
					h(
						'header',
						{},
						h('h1', {}, field(entry, 'title') ?? ''),
						h(
							'p',
							{ className: 'dateline' },
							h('span', {}, field(entry, 'dateline') ?? ''),
							h('span', { 'aria-hidden': 'true' }, ' · '),
							h('time', {}, field(entry, 'date') ?? ''),
						),
						h('p', { className: 'lead' }, field(entry, 'summary') ?? ''),
					),
					h('div', { className: 'body' }, widgetFor('body')),
				),
			);
		},
	});

	const Page = createClass({
		render() {
			const { entry, widgetFor } = this.props;
			return h(
				'div',
				{ className: 'container' },
				h('h1', {}, field(entry, 'title') ?? ''),
				h('p', { className: 'lead' }, field(entry, 'summary') ?? ''),
				h('div', { className: 'body' }, widgetFor('body')),
			);
		},
	});

	CMS.registerPreviewTemplate('releases', Release);
	CMS.registerPreviewTemplate('pages', Page);
	CMS.init();
});
