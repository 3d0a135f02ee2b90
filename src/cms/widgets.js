// What the editor changes in Decap's widgets, and the widget it adds (translated-from.js).

/**
 * Decap's list and object widgets accept only `i18n: true | false`, though its i18n code
 * duplicates any field marked 'duplicate' into every language: allow it, so that contacts,
 * shared by every translation, are entered once (src/cms/fields.ts).
 */
function allowDuplicates(CMS) {
	for (const name of ['list', 'object']) {
		const widget = CMS.getWidget(name);
		const properties = { ...widget.schema.properties, i18n: {} };
		CMS.registerWidget(name, widget.control, widget.preview, { ...widget.schema, properties });
	}
}

/** Whether a value is empty, an object or list of empty values included. */
const blank = (value) =>
	value === undefined ||
	value === null ||
	value === '' ||
	(typeof value.every === 'function' && value.every(blank));

/**
 * Decap checks the required fields of an optional object even when it is left empty: an
 * optional lead picture left out must not ask for its description. Once a picture is chosen,
 * its description (alt text) and credit are required, as the schema requires them.
 */
function optionalObjects(CMS) {
	const object = CMS.getWidget('object');
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
}

/** A person's entry slug as Decap's relation widget gives it (`marina-palma/index`), as an id. */
const toId = (slug) => (typeof slug === 'string' ? slug.replace(/\/index$/, '') : slug);
/** A person's id (`marina-palma`) as the relation widget knows the entry (`marina-palma/index`). */
const toSlug = (id) => (typeof id === 'string' && id !== '' ? `${id}/index` : id);
/** A value of the widget, one or a list (Immutable or not), mapped with `f`. */
const mapped = (value, f) => (value && typeof value.map === 'function' ? value.map(f) : f(value));

/**
 * Releases name their contacts by the folder of each person (`contacts: [marina-palma]`);
 * Decap's relation widget stores an entry's slug, which for a folder of language files is
 * `marina-palma/index`. The `person` widget is that relation widget, storing the folder.
 */
function personWidget(CMS, h, createClass) {
	const relation = CMS.getWidget('relation');
	const Control = createClass({
		render() {
			const { value, onChange } = this.props;
			return h(relation.control, {
				...this.props,
				value: mapped(value, toSlug),
				onChange: (next, ...rest) => onChange(mapped(next, toId), ...rest),
			});
		},
	});
	const properties = { ...relation.schema.properties, i18n: {} };
	CMS.registerWidget('person', Control, relation.preview, { ...relation.schema, properties });
}

/** Registers the editor's changes to Decap's widgets, and `translatedFrom`'s control. */
export function registerWidgets(CMS, translatedFrom, h, createClass) {
	allowDuplicates(CMS);
	optionalObjects(CMS);
	personWidget(CMS, h, createClass);
	CMS.registerWidget('translated-from', translatedFrom);
}
