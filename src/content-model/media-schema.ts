// The material a release publishes besides its text: `media:` (pictures, documents, video, sound,
// each with its credit and licence), the lead picture's `licence`, and `keyFigures:`. What a field
// says is checked here; the files it names are checked where the folder is read (media-checks.ts).
import { z } from 'astro/zod';
import { licenceKeys } from '../i18n/licences';
import { shownText } from './characters';
import { formatOf, type MediaKind } from './media-kinds';
import { objectError } from './field-schemas';
import { optionalText, text } from './text-fields';

// Every message below is read by an editor in a terminal: say what is wrong and how to fix it.

/** The hosts a video may be published on instead of the folder (`url:`), shown as a link out. */
export const videoHosts = [
	'youtube.com',
	'www.youtube.com',
	'youtu.be',
	'vimeo.com',
	'www.vimeo.com',
];

/** A value as the editor wrote it, for quoting in a message. */
const shown = (value: unknown) =>
	typeof value === 'string' ? shownText(value) : JSON.stringify(value);

/** A licence of src/i18n/licences.ts, by its key. */
export const licence = (field: string) =>
	z.enum(licenceKeys, {
		error: (issue) =>
			issue.input === undefined
				? `${field} is missing: say under which terms it may be used, one of: ${licenceKeys.join(', ')}. Add a line like: licence: cc-by-4.0`
				: `${field} "${shown(issue.input)}" is not a licence of the site. Use one of: ${licenceKeys.join(', ')} (or add it to src/i18n/licences.ts).`,
	});

/** A file name of the release folder, as written (media-checks.ts resolves it). */
const fileName = (field: string) =>
	z.string({
		error: `${field} must be the name of a file in the release folder, like: file: photo.jpg`,
	});

/** Whether `written` is an https address on one of `videoHosts`. */
export function isHostedVideo(written: string): boolean {
	try {
		const address = new URL(written);
		return address.protocol === 'https:' && videoHosts.includes(address.hostname);
	} catch {
		return false;
	}
}

/** One item of `media:`. */
export const mediaItem = z
	.strictObject(
		{
			/** The file in the release folder (its ending says its kind); or `url` for a hosted video. */
			file: fileName('media.file').optional(),
			/** A video on YouTube or Vimeo, shown as its poster with a link out (no embed). */
			url: z
				.string({ error: 'media.url must be the https address of the video, in quotes.' })
				.optional(),
			/** Who made it, as it must be credited: "© IOM 2024 / Name". Shared by every language. */
			credit: text('media.credit', 'credit: © IOM 2024 / Name'),
			/** Under which terms it may be used (src/i18n/licences.ts). Shared by every language. */
			licence: licence('media.licence'),
			/** A picture: what it shows, for readers who cannot see it. */
			alt: optionalText('media.alt', { lines: 'many' }),
			/** A document, video or sound: its title, in the file's language. */
			title: optionalText('media.title', { direction: true }),
			/** A video: its captions in the file's language, a WebVTT file of the folder. */
			captions: fileName('media.captions').optional(),
			/** A video: the picture shown before it plays (required for a hosted video). */
			poster: fileName('media.poster').optional(),
			/** A video or sound: what is said in it, in the file's language. */
			transcript: optionalText('media.transcript', { lines: 'many' }),
		},
		{
			error: objectError(
				'This item of media is empty: write its file, credit and licence after the hyphen, or delete the hyphen.',
				'An item of media must be written as its fields after its hyphen, like: - { file: photo.jpg, alt: …, credit: © IOM 2024 / Name, licence: cc-by-4.0 }',
			),
		},
	)
	.superRefine((item, context) => {
		const problem = (path: string, message: string) =>
			context.addIssue({ code: 'custom', path: [path], message });
		if (item.file === undefined && item.url === undefined) {
			problem(
				'file',
				'media.file is missing: write the name of the file in the release folder, like: file: photo.jpg (or url: for a video on YouTube or Vimeo).',
			);
			return;
		}
		if (item.file !== undefined && item.url !== undefined) {
			problem('url', 'An item of media has either a file or a url, not both: delete one of them.');
			return;
		}
		if (item.url !== undefined && !isHostedVideo(item.url)) {
			problem(
				'url',
				`media.url "${shownText(item.url)}" is not the https address of a video on ${videoHosts.join(', ')}: save the file in the release folder and write file: instead, or write the video's address on one of those sites.`,
			);
			return;
		}
		const kind: MediaKind | undefined = item.url ? 'video' : formatOf(item.file ?? '')?.kind;
		const needs = (field: keyof typeof item, example: string, why: string) => {
			if (item[field] === undefined)
				problem(field, `media.${field} is missing: ${why}. Add a line like: ${example}`);
		};
		if (kind === 'picture')
			needs(
				'alt',
				'alt: Two women sewing at a training workshop',
				'a picture needs a text alternative for readers who cannot see it',
			);
		if (kind === 'document' || kind === 'video' || kind === 'audio')
			needs(
				'title',
				'title: Fact sheet: counter-trafficking in Guatemala',
				`a ${kind === 'audio' ? 'sound' : kind} is listed by its title`,
			);
		if (kind === 'video' && item.file !== undefined)
			needs(
				'captions',
				'captions: interview.en.vtt',
				'a video needs captions in the language of the file (a WebVTT file in the folder) for readers who cannot hear it',
			);
		if (kind === 'video' && item.url !== undefined)
			needs(
				'poster',
				'poster: interview.jpg',
				'a video on another site is shown as its poster, a picture in the folder, so that no reader loads anything from that site before choosing to',
			);
	});

/** A validated item of `media:`. */
export type MediaItem = z.output<typeof mediaItem>;

/** The fields of an item of `media:`, for naming a misspelt one. */
export const mediaFields = Object.keys(mediaItem.shape);

/** One of `keyFigures:`: a number to quote, what it counts, and where it comes from. */
export const keyFigure = z.strictObject(
	{
		/** The number, written plainly (`65`, `1250000`, `12.5`): the page writes it for the language. */
		value: z.number({
			error: (issue) =>
				`keyFigures.value ${shown(issue.input)} must be a number written with digits only, like: value: 1250000 (the page writes 1,250,000 in English and 1 250 000 in French).`,
		}),
		/** What it counts, in the file's language: "people assisted". */
		label: text('keyFigures.label', 'label: people assisted', { direction: true }),
		/** A unit shown after the number: "%", "km", "USD". */
		unit: optionalText('keyFigures.unit'),
		/** Where the figure comes from: "IOM Displacement Tracking Matrix, June 2024". */
		source: optionalText('keyFigures.source'),
	},
	{
		error: objectError(
			'This key figure is empty: write its value and label after the hyphen, or delete the hyphen.',
			'A key figure must be written as its fields after its hyphen, like: - { value: 65, label: people assisted }',
		),
	},
);

/** The fields of a key figure, for naming a misspelt one. */
export const keyFigureFields = Object.keys(keyFigure.shape);
