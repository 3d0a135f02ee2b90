// The widgets of an event's fields (content/events/), as fields.ts describes a release's: the
// kind, times, online address, speakers and releases are entered once for every language (the
// build checks they agree), the title, place and description per language.
import { body, draft, slugPattern, translatedFrom, type FieldSpec } from './fields';
import { eventKindOptions } from './options';
import type { UiKey } from '../i18n/ui/en';

/** An https address, as the schema wants `online`. */
const httpsPattern: [string, UiKey] = ['^https://[^\\s]+$', 'cms.pattern.https'];

/** A date and time, written with the editor's UTC offset (the embargo's rule). */
const moment = {
	widget: 'datetime',
	i18n: 'duplicate' as const,
	format: 'YYYY-MM-DDTHH:mm:ssZ',
	hint: 'cms.hint.start' as const,
};

/** The widgets of an event's fields. */
export const eventSpecs: FieldSpec[] = [
	{ name: 'title', label: 'cms.field.title', widget: 'string', i18n: true },
	{
		name: 'kind',
		label: 'cms.field.kind',
		widget: 'select',
		i18n: 'duplicate',
		options: eventKindOptions,
	},
	{ name: 'start', label: 'cms.field.start', ...moment },
	{ name: 'end', label: 'cms.field.end', required: false, ...moment },
	{ name: 'place', label: 'cms.field.place', widget: 'string', required: false, i18n: true },
	{
		name: 'online',
		label: 'cms.field.online',
		widget: 'string',
		required: false,
		i18n: 'duplicate',
		pattern: httpsPattern,
	},
	{
		name: 'speakers',
		label: 'cms.field.speakers',
		widget: 'person',
		required: false,
		i18n: 'duplicate',
		collection: 'contacts',
		search_fields: ['name', 'email'],
		value_field: '{{slug}}',
		display_fields: ['name'],
		multiple: true,
	},
	{
		name: 'releases',
		label: 'cms.field.releases',
		widget: 'person',
		required: false,
		i18n: 'duplicate',
		collection: 'releases',
		search_fields: ['title'],
		value_field: '{{slug}}',
		display_fields: ['title'],
		multiple: true,
	},
	{ ...body, editor_components: [] },
	{
		name: 'slug',
		label: 'cms.field.slug',
		widget: 'string',
		required: false,
		i18n: true,
		pattern: slugPattern,
	},
	translatedFrom,
	draft,
];
