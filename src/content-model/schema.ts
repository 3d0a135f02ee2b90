// The frontmatter of a release and of a page, put together from the fields of field-schemas.ts
// and the text rule of text-fields.ts.
import { z } from 'astro/zod';
import type { ImageFunction } from 'astro:content';
import { day, moment } from './dates';
import {
	countryCode,
	noRepeatedUpdates,
	objectError,
	noRepeats,
	releaseType,
	slug,
	topicKey,
	translatedFrom,
	updateSchema,
	updatesAfterDate,
} from './field-schemas';
import type { FieldShape } from './known-fields';
import { personId } from './person-schema';
import { optionalText, text } from './text-fields';
import { keyFigure, keyFigureFields, licence, mediaFields, mediaItem } from './media-schema';
import { formatOf } from './media-kinds';

// Every message below is read by an editor in a terminal: say what is wrong and how to fix it.

/**
 * The fields of a release's frontmatter, built once: Astro calls `releaseSchema` for every file
 * (to give `image()` that file's folder), and building every field's Zod schema again for each of
 * thousands of files shows in a big build's profile.
 */
const releaseFields = {
	/** The headline. */
	title: text('title', 'title: IOM helps victims of trafficking in Guatemala', { direction: true }),
	/** The lead: one or two sentences, shown under the title, in listings and as the meta description. */
	summary: text('summary', 'summary: One or two sentences that say what happened.', {
		lines: 'many',
	}).pipe(
		z.string().max(400, {
			error: 'summary is longer than 400 characters. Keep the lead to one or two sentences.',
		}),
	),
	/** Publication date (year-month-day). Must be the same in every language of the release. */
	date: day('date', 'date: 2024-09-16'),
	/** The kind of document (src/i18n/release-types.ts); a press release unless it says otherwise. */
	type: releaseType.default('press-release'),
	/** Dated updates and corrections, each after `date` and none in the future. */
	updates: z
		.array(updateSchema, {
			error:
				'updates must be a list of dated notes, like: updates: [{ date: 2024-09-20, note: … }]',
		})
		.default([]),
	/** Publication is held back until this moment (with a time zone): a rebuild after it publishes. */
	embargo: moment('embargo', 'embargo: 2024-09-16T09:00:00+02:00').optional(),
	/** The place the release is issued from, as printed before the first paragraph. */
	dateline: text('dateline', 'dateline: Guatemala City'),
	/** The countries the release concerns, as ISO 3166-1 codes. */
	countries: z
		.array(countryCode, {
			error: 'countries must be a list of country codes, like: countries: [GT]',
		})
		.min(1, {
			error: 'countries is empty. List at least one country code, like: countries: [GT]',
		})
		.superRefine(noRepeats('countries')),
	/** The topics the release is filed under (keys of src/i18n/topics.ts). */
	topics: z
		.array(topicKey, { error: 'topics must be a list, like: topics: [counter-trafficking]' })
		.min(1, {
			error: 'topics is empty. List at least one topic, like: topics: [counter-trafficking]',
		})
		.superRefine(noRepeats('topics')),
	/** Press contacts: the ids of people of content/contacts/ (person-schema.ts). */
	contacts: z
		.array(personId, {
			error:
				'contacts must be a list of people’s ids (their folders in content/contacts/), like: contacts: [marina-palma]',
		})
		.superRefine(noRepeats('contacts'))
		.default([]),
	/** The last part of the URL; by default made from the title. */
	slug: slug.optional(),
	/** Notes for journalists after the text (Markdown), before the standard paragraph about IOM. */
	notesToEditors: optionalText(
		'notesToEditors',
		{ lines: 'many', markdown: true },
		{
			what: 'the notes',
			mustBe: 'notesToEditors must be text (Markdown), in quotes or after a | line.',
		},
	),
	/** For a translation: the language it was made from, and that file's hash then. */
	translatedFrom,
	/** A draft is never published. */
	draft: z.boolean({ error: 'draft must be true or false.' }).default(false),
	/** The figures to quote, shown in a block at the top of the release. */
	keyFigures: z
		.array(keyFigure, {
			error:
				'keyFigures must be a list of figures, each after a hyphen, like: keyFigures: [{ value: 65, label: people assisted }]',
		})
		.default([]),
};

/**
 * What the loader adds to a file's data, never written by editors: the source hash of the file
 * (translation coverage) and its notes to editors rendered to safe HTML.
 */
const derivedFields = {
	sourceHash: z.string().optional(),
	notesHtml: z.string().optional(),
};

/** The fields of the lead image besides the picture itself. */
const imageFields = {
	/** What the picture shows, for readers who cannot see it. */
	alt: text('image.alt', 'alt: Two women sewing at a training workshop', { lines: 'many' }),
	/** A caption printed under the picture. */
	caption: optionalText('image.caption', { lines: 'many' }),
	/** Who took the picture, e.g. "© IOM 2024 / Name": every published photograph is credited. */
	credit: text('image.credit', 'credit: © IOM 2024 / Name'),
	/** Under which terms the picture may be used (src/i18n/licences.ts). */
	licence: licence('image.licence'),
};

/**
 * The pictures, documents, video and sound a release publishes from its folder (EDITING.md); a
 * picture and a poster also go through Astro's `image()`, which makes their renditions.
 */
const mediaList = (image: ImageFunction) =>
	z
		.array(
			mediaItem.transform((item) => {
				const picture = item.file && formatOf(item.file)?.kind === 'picture';
				return {
					...item,
					...(picture ? { image: image().parse(item.file) } : {}),
					...(item.poster ? { posterImage: image().parse(item.poster) } : {}),
				};
			}),
			{
				error:
					'media must be a list of files, each after a hyphen, like: media: [{ file: photo.jpg, alt: …, credit: © IOM 2024 / Name, licence: cc-by-4.0 }]',
			},
		)
		.default([]);

/** The frontmatter of one language file of a press release. */
export const releaseSchema = ({ image }: { image: ImageFunction }) =>
	z
		.strictObject({
			...releaseFields,
			...derivedFields,
			media: mediaList(image),
			/** The lead image, stored in the release folder. */
			image: z
				.strictObject(
					{ src: image(), ...imageFields },
					{
						error: objectError(
							'image is empty: write the picture’s src, alt, credit and licence under it, or delete the line.',
							'image must be written as the picture’s fields on the lines under it, like: image: { src: ./photo.jpg, alt: …, credit: …, licence: cc-by-4.0 }',
						),
					},
				)
				.optional(),
		})
		.superRefine(updatesAfterDate)
		.superRefine(noRepeatedUpdates);

/** The frontmatter of one language file of an institutional page ("Who we are"…). */
export const pageSchema = z.strictObject({
	/** The page title, also its label in breadcrumbs. */
	title: text('title', 'title: Who we are', { direction: true }),
	/** One sentence shown under the title and as the meta description. */
	summary: text('summary', 'summary: One sentence about this page.', { lines: 'many' }),
	/** The last part of the URL in this language, e.g. "qui-sommes-nous". */
	slug,
	/** The folder name of the parent page, when this page sits under another. */
	parent: optionalText('parent'),
	/** Position among its siblings (smaller first). */
	order: z.number().int().default(0),
	/** A list the site renders under the body: `countries` lists the countries with releases. */
	listing: z.enum(['countries'], { error: 'listing can only be: countries' }).optional(),
	/** For a translation: the language it was made from, and that file's hash then. */
	translatedFrom,
	/** A draft is never published. */
	draft: z.boolean({ error: 'draft must be true or false.' }).default(false),
	/** Added by the loader: the file's source hash (translation coverage). */
	sourceHash: z.string().optional(),
});

/** The validated frontmatter of a release file. */
export type ReleaseData = z.output<ReturnType<typeof releaseSchema>>;
/** The validated frontmatter of a page file. */
export type PageData = z.output<typeof pageSchema>;

/** The fields a release file may hold, for naming a misspelt one (known-fields.ts). */
export const releaseShape: FieldShape = {
	fields: [...Object.keys(releaseFields), 'image', 'media'],
	objects: {
		image: { fields: ['src', ...Object.keys(imageFields)] },
		translatedFrom: { fields: ['lang', 'hash'] },
	},
	lists: {
		updates: { fields: Object.keys(updateSchema.shape) },
		media: { fields: mediaFields },
		keyFigures: { fields: keyFigureFields },
	},
};

/** The fields a page file may hold. */
export const pageShape: FieldShape = {
	fields: Object.keys(pageSchema.shape).filter((field) => field !== 'sourceHash'),
	objects: { translatedFrom: { fields: ['lang', 'hash'] } },
};
