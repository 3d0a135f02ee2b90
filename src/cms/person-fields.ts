// The widgets of a person's fields (content/contacts/), as fields.ts describes a release's: the
// name, email, phone, region, languages and topics are entered once for every language (the
// build checks they agree), role and office per language.
import { emailPattern, phonePattern, type FieldSpec } from './fields';
import { regionOptions, topicOptions } from './options';

/** The widgets of a person's fields. */
export const personSpecs: FieldSpec[] = [
	{ name: 'name', label: 'cms.field.name', widget: 'string', i18n: 'duplicate' },
	{ name: 'role', label: 'cms.field.role', widget: 'string', required: false, i18n: true },
	{ name: 'office', label: 'cms.field.office', widget: 'string', required: false, i18n: true },
	{
		name: 'email',
		label: 'cms.field.email',
		widget: 'string',
		required: false,
		i18n: 'duplicate',
		pattern: emailPattern,
	},
	{
		name: 'phone',
		label: 'cms.field.phone',
		widget: 'string',
		required: false,
		i18n: 'duplicate',
		pattern: phonePattern,
	},
	{
		name: 'region',
		label: 'cms.field.region',
		widget: 'select',
		i18n: 'duplicate',
		options: regionOptions,
	},
	{
		name: 'languages',
		label: 'cms.field.languages',
		widget: 'list',
		required: false,
		i18n: 'duplicate',
	},
	{
		name: 'topics',
		label: 'cms.field.topics',
		widget: 'select',
		required: false,
		i18n: 'duplicate',
		multiple: true,
		options: topicOptions,
	},
	{
		name: 'listed',
		label: 'cms.field.listed',
		widget: 'boolean',
		required: false,
		default: false,
		i18n: 'duplicate',
	},
];
