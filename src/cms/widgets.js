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

/** Registers the editor's changes to Decap's widgets, and `translatedFrom`'s control. */
export function registerWidgets(CMS, translatedFrom) {
	allowDuplicates(CMS);
	optionalObjects(CMS);
	CMS.registerWidget('translated-from', translatedFrom);
}
