// The widgets of a release's fields (a page's are in page-fields.ts), as the web editor shows
// them: names and widgets from the frontmatter schema (schema.ts), and in place of every text the
// key of the UI dictionary (src/i18n/ui/) that holds it in each language. config.ts turns them
// into the configuration of one language; tests/unit/cms/config.test.ts checks that every schema
// field has a widget and every widget a schema field.
import { maxSlug } from '../content-model/ids';
import type { Locale } from '../i18n/locales';
import type { UiKey } from '../i18n/ui/en';
import {
	countryOptions,
	languageOptions,
	releaseTypeOptions,
	topicOptions,
	type Option,
} from './options';
import { image, keyFigures, media } from './material-fields';

/** A Decap CMS field (https://decapcms.org/docs/widgets/) with dictionary keys for its texts. */
export interface FieldSpec {
	name: string;
	widget: string;
	label: UiKey;
	hint?: UiKey;
	/** The name of one item of a list, as Decap's "Add …" button says it. */
	label_singular?: UiKey;
	required?: boolean;
	/**
	 * `true`: written per language; `'duplicate'`: entered once, written into every language's
	 * file (the fields translations share, collections.ts `sharedReleaseFields`).
	 */
	i18n?: true | 'duplicate';
	/** A regular expression the value must match, and the key of the message when it does not. */
	pattern?: [string, UiKey];
	/** The choices of a select, labelled in a language. */
	options?: (locale: Locale) => Option[];
	fields?: FieldSpec[];
	/** Decap's other settings of the widget (format, buttons, default…), written as they are. */
	[setting: string]: unknown;
}

/** The phone rule of the schema (person-schema.ts), as Decap's `pattern`. */
export const phonePattern: [string, UiKey] = ['^\\+\\d[\\d .-]{5,}\\d$', 'cms.pattern.phone'];
export const emailPattern: [string, UiKey] = [
	'^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
	'cms.pattern.email',
];
/** The schema's slug rule (field-schemas.ts), its length limit included. */
export const slugPattern: [string, UiKey] = [
	`^(?=.{1,${maxSlug}}$)[a-z0-9]+(?:-[a-z0-9]+)*$`,
	'cms.pattern.slug',
];

/** A day, as the schema wants it: the editor's date picker, without a time. */
const day = {
	widget: 'datetime',
	format: 'YYYY-MM-DD',
	date_format: 'YYYY-MM-DD',
	time_format: false,
};

/**
 * Which file a translation was made from and that file's source hash: the editor's own widget
 * (translated-from.js) fills both with one button, hashing the source as the build does.
 */
export const translatedFrom: FieldSpec = {
	name: 'translatedFrom',
	label: 'cms.field.translatedFrom',
	widget: 'translated-from',
	required: false,
	i18n: true,
	hint: 'cms.hint.translatedFrom',
	fields: [
		{
			name: 'lang',
			label: 'cms.field.sourceLanguage',
			widget: 'select',
			options: languageOptions,
		},
		{
			name: 'hash',
			label: 'cms.field.sourceVersion',
			widget: 'string',
			pattern: ['^[0-9a-f]{12}$', 'cms.pattern.sourceVersion'],
		},
	],
};

export const draft: FieldSpec = {
	name: 'draft',
	label: 'cms.field.draft',
	widget: 'boolean',
	required: false,
	default: false,
	i18n: true,
};

export const body: FieldSpec = {
	name: 'body',
	label: 'cms.field.body',
	widget: 'markdown',
	i18n: true,
	buttons: [
		...['bold', 'italic', 'link', 'heading-two', 'heading-three'],
		...['bulleted-list', 'numbered-list', 'quote'],
	],
	editor_components: ['image'],
	hint: 'cms.hint.body',
};

/**
 * The press contacts, chosen among the people of content/contacts/ (the editor's `person`
 * widget, widgets.js: Decap's relation widget storing each person's folder name).
 */
const contacts: FieldSpec = {
	name: 'contacts',
	label: 'cms.field.contacts',
	widget: 'person',
	required: false,
	i18n: 'duplicate',
	hint: 'cms.hint.contacts',
	collection: 'contacts',
	search_fields: ['name', 'email'],
	value_field: '{{slug}}',
	display_fields: ['name'],
	multiple: true,
};

const updates: FieldSpec = {
	name: 'updates',
	label: 'cms.field.updates',
	label_singular: 'cms.field.update',
	widget: 'list',
	required: false,
	i18n: true,
	hint: 'cms.hint.updates',
	fields: [
		{ name: 'date', label: 'cms.field.date', ...day },
		{ name: 'note', label: 'cms.field.whatChanged', widget: 'string' },
	],
};

/** The widgets of a release's fields, in the order the editor shows them. */
export const releaseSpecs: FieldSpec[] = [
	{ name: 'title', label: 'cms.field.title', widget: 'string', i18n: true },
	{
		name: 'summary',
		label: 'cms.field.summary',
		widget: 'text',
		i18n: true,
		hint: 'cms.hint.summary',
	},
	{
		name: 'dateline',
		label: 'cms.field.dateline',
		widget: 'string',
		i18n: true,
		hint: 'cms.hint.dateline',
	},
	{ name: 'date', label: 'cms.field.date', i18n: 'duplicate', ...day },
	{
		name: 'embargo',
		label: 'cms.field.embargo',
		widget: 'datetime',
		i18n: 'duplicate',
		required: false,
		// Written with the editor's UTC offset, so the moment is the same wherever the site is built.
		format: 'YYYY-MM-DDTHH:mm:ssZ',
		hint: 'cms.hint.embargo',
	},
	{
		name: 'type',
		label: 'cms.field.type',
		widget: 'select',
		i18n: 'duplicate',
		default: 'press-release',
		options: releaseTypeOptions,
	},
	{
		name: 'countries',
		label: 'cms.field.countries',
		widget: 'select',
		i18n: 'duplicate',
		multiple: true,
		min: 1,
		options: countryOptions,
	},
	{
		name: 'topics',
		label: 'cms.field.topics',
		widget: 'select',
		i18n: 'duplicate',
		multiple: true,
		min: 1,
		options: topicOptions,
	},
	contacts,
	keyFigures,
	image,
	media,
	body,
	{
		name: 'notesToEditors',
		label: 'cms.field.notesToEditors',
		widget: 'markdown',
		required: false,
		i18n: true,
		hint: 'cms.hint.notesToEditors',
		buttons: ['bold', 'italic', 'link', 'bulleted-list'],
		editor_components: [],
	},
	updates,
	{
		name: 'slug',
		label: 'cms.field.slug',
		widget: 'string',
		required: false,
		i18n: true,
		pattern: slugPattern,
		hint: 'cms.hint.slug',
	},
	translatedFrom,
	draft,
];
