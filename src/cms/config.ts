// The web editor's configuration (Decap CMS, served at /admin/), made at build time from what the
// site already knows: the frontmatter schema's fields (schema.ts), the topics, release types and
// locales of src/i18n, the content folders and the file-name rule (i18n/language-files.ts). Nothing here
// is kept by hand beside them: tests/unit/cms/config.test.ts checks that every schema field has
// a widget and every widget a schema field.
import { cmsLocalBackend } from '../hosting/security-headers';
import { cmsAuthUrl, cmsRepo, contentDir } from '../settings';
import type { FieldShape } from '../content-model/known-fields';
import { countryName, isCountryCode } from '../i18n/format';
import { defaultLocale, locales, localeTable } from '../i18n/locales';
import { releaseTypeKeys, releaseTypes } from '../i18n/release-types';
import { topicKeys, topics } from '../i18n/topics';

/** A Decap CMS field (https://decapcms.org/docs/widgets/), as far as this site uses them. */
export interface CmsField {
	name: string;
	label: string;
	widget: string;
	required?: boolean;
	hint?: string;
	/**
	 * `true`: written per language; `'duplicate'`: entered once, written into every language's
	 * file (the fields translations share, collections.ts `sharedReleaseFields`).
	 */
	i18n?: true | 'duplicate';
	default?: unknown;
	pattern?: [string, string];
	fields?: CmsField[];
	[option: string]: unknown;
}

/** The port of the local backend (decap-server), which `npm run cms` starts. */
export const localBackendPort = Number(new URL(cmsLocalBackend).port);

const english = 'en' as const;

/** Every ISO 3166-1 code `Intl` can name, as options labelled "Guatemala (GT)". */
function countryOptions() {
	const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
	return letters
		.flatMap((a) => letters.map((b) => `${a}${b}`))
		.filter(isCountryCode)
		.map((code) => ({ label: `${countryName(code, english)} (${code})`, value: code }))
		.sort((a, b) => a.label.localeCompare(b.label, english));
}

/** The phone rule of the schema (contactSchema), as Decap's `pattern`. */
const phonePattern: [string, string] = [
	'^\\+\\d[\\d .-]{5,}\\d$',
	'International form: a plus sign, the country code, then the number, like +502 2314 0041',
];
const emailPattern: [string, string] = [
	'^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
	'An email address, like name@iom.int',
];
const slugPattern: [string, string] = [
	'^[a-z0-9]+(?:-[a-z0-9]+)*$',
	'Lower-case letters, digits and single hyphens, like guatemala-shelter-first-year',
];

const translatedFrom: CmsField = {
	name: 'translatedFrom',
	label: 'Translated from',
	widget: 'object',
	required: false,
	collapsed: true,
	i18n: true,
	hint: 'For a translation: the language it was made from, and the hash `npm run translations -- --hash <file>` printed then. Leave empty in the original.',
	fields: [
		{
			name: 'lang',
			label: 'Language',
			widget: 'select',
			options: locales.map((l) => ({ label: localeTable[l].label, value: l })),
		},
		{
			name: 'hash',
			label: 'Hash of the original',
			widget: 'string',
			pattern: ['^[0-9a-f]{12}$', 'The 12 characters npm run translations prints'],
		},
	],
};

const draft: CmsField = {
	name: 'draft',
	label: 'Draft (not published)',
	widget: 'boolean',
	required: false,
	default: false,
	i18n: true,
};

const body: CmsField = {
	name: 'body',
	label: 'Text',
	widget: 'markdown',
	i18n: true,
	buttons: [
		'bold',
		'italic',
		'link',
		'heading-two',
		'heading-three',
		'bulleted-list',
		'numbered-list',
		'quote',
	],
	editor_components: ['image'],
	hint: 'Subheadings start at level 2. Every picture needs a description (alt text).',
};

/** The widgets of a release's fields, in the order the editor shows them. */
export const releaseFields: CmsField[] = [
	{ name: 'title', label: 'Title', widget: 'string', i18n: true },
	{
		name: 'summary',
		label: 'Summary',
		widget: 'text',
		i18n: true,
		hint: 'One or two sentences that say what happened (400 characters at most).',
	},
	{
		name: 'dateline',
		label: 'Dateline',
		widget: 'string',
		i18n: true,
		hint: 'The place the release is issued from, like Guatemala City.',
	},
	{
		name: 'date',
		label: 'Date',
		widget: 'datetime',
		i18n: 'duplicate',
		format: 'YYYY-MM-DD',
		date_format: 'YYYY-MM-DD',
		time_format: false,
	},
	{
		name: 'embargo',
		label: 'Embargo',
		widget: 'datetime',
		i18n: 'duplicate',
		required: false,
		// Written with the editor's UTC offset, so the moment is the same wherever the site is built.
		format: 'YYYY-MM-DDTHH:mm:ssZ',
		hint: 'Optional. The release is held back until this moment (in your time zone); a rebuild after it publishes it.',
	},
	{
		name: 'type',
		label: 'Kind of release',
		widget: 'select',
		i18n: 'duplicate',
		default: 'press-release',
		options: releaseTypeKeys.map((key) => ({
			label: releaseTypes[key][english].label,
			value: key,
		})),
	},
	{
		name: 'countries',
		label: 'Countries',
		widget: 'select',
		multiple: true,
		min: 1,
		i18n: 'duplicate',
		options: countryOptions(),
	},
	{
		name: 'topics',
		label: 'Topics',
		widget: 'select',
		multiple: true,
		min: 1,
		i18n: 'duplicate',
		options: topicKeys.map((key) => ({ label: topics[key][english].label, value: key })),
	},
	{
		name: 'contacts',
		label: 'Press contacts',
		label_singular: 'contact',
		widget: 'list',
		required: false,
		i18n: 'duplicate',
		summary: '{{fields.name}}',
		fields: [
			{ name: 'name', label: 'Name', widget: 'string' },
			{ name: 'office', label: 'Office', widget: 'string', required: false },
			{ name: 'email', label: 'Email', widget: 'string', required: false, pattern: emailPattern },
			{ name: 'phone', label: 'Phone', widget: 'string', required: false, pattern: phonePattern },
		],
	},
	{
		name: 'image',
		label: 'Lead picture',
		widget: 'object',
		required: false,
		collapsed: true,
		i18n: true,
		fields: [
			{ name: 'src', label: 'Picture', widget: 'image', choose_url: false },
			{
				name: 'alt',
				label: 'Description for readers who cannot see it (alt text)',
				widget: 'string',
			},
			{ name: 'caption', label: 'Caption', widget: 'string', required: false },
			{
				name: 'credit',
				label: 'Credit',
				widget: 'string',
				hint: 'Like © IOM 2024 / Name',
			},
		],
	},
	body,
	{
		name: 'notesToEditors',
		label: 'Notes to editors',
		widget: 'markdown',
		required: false,
		i18n: true,
		buttons: ['bold', 'italic', 'link', 'bulleted-list'],
		editor_components: [],
		hint: 'Optional. Shown after the text, before the paragraph about IOM.',
	},
	{
		name: 'updates',
		label: 'Updates and corrections',
		label_singular: 'update',
		widget: 'list',
		required: false,
		i18n: true,
		hint: 'Give each update the same date in every language.',
		fields: [
			{
				name: 'date',
				label: 'Date',
				widget: 'datetime',
				format: 'YYYY-MM-DD',
				date_format: 'YYYY-MM-DD',
				time_format: false,
			},
			{ name: 'note', label: 'What changed', widget: 'string' },
		],
	},
	{
		name: 'slug',
		label: 'Web address (slug)',
		widget: 'string',
		required: false,
		i18n: true,
		pattern: slugPattern,
		hint: 'Optional: made from the title when empty.',
	},
	translatedFrom,
	draft,
];

/** The widgets of an institutional page's fields. */
export const pageFields: CmsField[] = [
	{ name: 'title', label: 'Title', widget: 'string', i18n: true },
	{ name: 'summary', label: 'Summary', widget: 'text', i18n: true },
	{ name: 'slug', label: 'Web address (slug)', widget: 'string', i18n: true, pattern: slugPattern },
	{
		name: 'parent',
		label: 'Parent page (its folder name)',
		widget: 'string',
		required: false,
		i18n: 'duplicate',
	},
	{
		name: 'order',
		label: 'Order among its siblings',
		widget: 'number',
		value_type: 'int',
		default: 0,
		required: false,
		i18n: 'duplicate',
	},
	{
		name: 'listing',
		label: 'List under the text',
		widget: 'select',
		required: false,
		i18n: 'duplicate',
		options: [{ label: 'The countries with releases', value: 'countries' }],
	},
	{ ...body, editor_components: [] },
	translatedFrom,
	draft,
];

/** The frontmatter fields a list of widgets writes, in the shape the schema describes its own. */
export function widgetShape(fields: CmsField[]): FieldShape {
	const own = fields.filter((f) => f.name !== 'body');
	const nested = (widget: string) =>
		Object.fromEntries(
			own
				.filter((f) => f.widget === widget && f.fields)
				.map((f) => [f.name, widgetShape(f.fields ?? [])]),
		);
	return { fields: own.map((f) => f.name), objects: nested('object'), lists: nested('list') };
}

/**
 * Marks the fields inside a field written per language as per language too: else Decap shows
 * them in the first language's pane only, and another language's picture has no fields.
 */
function perLanguage(field: CmsField): CmsField {
	if (field.i18n !== true || !field.fields) return field;
	return { ...field, fields: field.fields.map((f) => perLanguage({ ...f, i18n: f.i18n ?? true })) };
}

/** A collection of language folders: `<folder>/<slug>/index.<locale>.md`, one entry per folder. */
function collection(name: string, label: string, folder: string, fields: CmsField[]) {
	// `{{slug}}/index` + `multiple_files` writes `{{slug}}/index.<locale>.md` (languageFile).
	return {
		name,
		label,
		label_singular: label.replace(/s$/, ''),
		folder: `${contentDir}/${folder}`,
		path: '{{slug}}/index',
		// Pictures live in the folder of their release.
		media_folder: '',
		public_folder: '',
		create: true,
		extension: 'md',
		format: 'frontmatter',
		i18n: true,
		summary: '{{title}}',
		fields: fields.map(({ required, ...field }) => ({
			...perLanguage(field),
			required: required ?? true,
		})),
	};
}

/** The whole configuration, as `/admin/config.yml` holds it. */
export function cmsConfig() {
	return {
		backend: {
			name: 'github',
			repo: cmsRepo,
			branch: 'main',
			...(cmsAuthUrl ? { base_url: cmsAuthUrl } : {}),
		},
		// `npm run cms` runs decap-server: the editor then reads and writes this checkout's files.
		local_backend: { url: `${cmsLocalBackend}/api/v1` },
		publish_mode: 'simple',
		site_url: '/',
		display_url: '/',
		locale: defaultLocale,
		// Pictures live in their release's folder (each collection's media_folder); this is Decap's
		// required default, for uploads outside any entry.
		media_folder: `${contentDir}/media`,
		i18n: { structure: 'multiple_files', locales: [...locales], default_locale: defaultLocale },
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
		collections: [
			collection('releases', 'Press releases', 'releases', releaseFields),
			collection('pages', 'Pages', 'pages', pageFields),
		],
	};
}
