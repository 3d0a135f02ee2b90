// The widgets of a release's material (media-schema.ts): the lead picture, the pictures,
// documents, video and sound it publishes, and its key figures, each with the dictionary key of
// its texts. fields.ts puts them among the release's fields.
import { maxBytes, type MediaKind } from '../content-model/media-kinds';
import type { FieldSpec } from './fields';
import { licenceOptions } from './options';

/**
 * Decap's media library refuses to upload a file larger than the build publishes for the kinds a
 * field takes (its own message, in the interface's language); a field that takes several kinds
 * is limited by the largest, and file-size-check.ts applies each kind's own limit on saving.
 */
const upTo = (...kinds: MediaKind[]) => ({
	media_library: { config: { max_file_size: Math.max(...kinds.map((kind) => maxBytes[kind])) } },
});

/** The terms a picture or file may be used under (src/i18n/licences.ts). */
const licence: FieldSpec = {
	name: 'licence',
	label: 'cms.field.licence',
	widget: 'select',
	hint: 'cms.hint.licence',
	options: licenceOptions,
};

/**
 * The material of a release (media-schema.ts): which fields an item needs depends on its kind
 * (alt text for a picture, a title for a document, captions for a video), which the build checks
 * and names; the editor requires what every item needs.
 */
export const media: FieldSpec = {
	name: 'media',
	label: 'cms.field.media',
	label_singular: 'cms.field.mediaItem',
	widget: 'list',
	required: false,
	i18n: true,
	hint: 'cms.hint.media',
	fields: [
		{
			name: 'file',
			label: 'cms.field.file',
			widget: 'file',
			required: false,
			choose_url: false,
			...upTo('picture', 'document', 'video', 'audio'),
		},
		{ name: 'url', label: 'cms.field.url', widget: 'string', required: false },
		{ name: 'alt', label: 'cms.field.alt', widget: 'string', required: false },
		{ name: 'title', label: 'cms.field.mediaTitle', widget: 'string', required: false },
		{ name: 'credit', label: 'cms.field.credit', widget: 'string', hint: 'cms.hint.credit' },
		licence,
		{
			name: 'captions',
			label: 'cms.field.captions',
			widget: 'file',
			required: false,
			choose_url: false,
			...upTo('captions'),
		},
		{
			name: 'poster',
			label: 'cms.field.poster',
			widget: 'image',
			required: false,
			choose_url: false,
			...upTo('picture'),
		},
		{ name: 'transcript', label: 'cms.field.transcript', widget: 'text', required: false },
	],
};

/** The figures to quote (media-schema.ts `keyFigure`). */
export const keyFigures: FieldSpec = {
	name: 'keyFigures',
	label: 'cms.field.keyFigures',
	label_singular: 'cms.field.keyFigure',
	widget: 'list',
	required: false,
	i18n: true,
	fields: [
		{ name: 'value', label: 'cms.field.value', widget: 'number', value_type: 'float' },
		{ name: 'label', label: 'cms.field.figureLabel', widget: 'string' },
		{ name: 'unit', label: 'cms.field.unit', widget: 'string', required: false },
		{ name: 'source', label: 'cms.field.source', widget: 'string', required: false },
	],
};

export const image: FieldSpec = {
	name: 'image',
	label: 'cms.field.image',
	widget: 'object',
	required: false,
	collapsed: true,
	i18n: true,
	fields: [
		{
			name: 'src',
			label: 'cms.field.picture',
			widget: 'image',
			choose_url: false,
			...upTo('picture'),
		},
		{ name: 'alt', label: 'cms.field.alt', widget: 'string' },
		{ name: 'caption', label: 'cms.field.caption', widget: 'string', required: false },
		{ name: 'credit', label: 'cms.field.credit', widget: 'string', hint: 'cms.hint.credit' },
		licence,
	],
};
