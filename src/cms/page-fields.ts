// The widgets of an institutional page's fields (content/pages/), as fields.ts describes a
// release's: dictionary keys in place of texts, config.ts makes each language's configuration.
import { body, draft, slugPattern, translatedFrom, type FieldSpec } from './fields';
import { listingOptions } from './options';

/** The widgets of an institutional page's fields. */
export const pageSpecs: FieldSpec[] = [
	{ name: 'title', label: 'cms.field.title', widget: 'string', i18n: true },
	{ name: 'summary', label: 'cms.field.summary', widget: 'text', i18n: true },
	{ name: 'slug', label: 'cms.field.slug', widget: 'string', i18n: true, pattern: slugPattern },
	{
		name: 'parent',
		label: 'cms.field.parent',
		widget: 'string',
		required: false,
		i18n: 'duplicate',
	},
	{
		name: 'order',
		label: 'cms.field.order',
		widget: 'number',
		value_type: 'int',
		default: 0,
		required: false,
		i18n: 'duplicate',
	},
	{
		name: 'listing',
		label: 'cms.field.listing',
		widget: 'select',
		required: false,
		i18n: 'duplicate',
		options: listingOptions,
	},
	{ ...body, editor_components: [] },
	translatedFrom,
	draft,
];
