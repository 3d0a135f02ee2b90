import { z } from 'astro/zod';
import type { ImageFunction } from 'astro:content';
import { releaseTypeKeys } from '../i18n/release-types';
import { topicKeys } from '../i18n/topics';
import { isCountryCode } from '../i18n/format';
import { locales } from '../i18n/locales';
import { buildTime } from '../settings';
import { day, moment } from './dates';
import type { FieldShape } from './known-fields';

// Every message below is read by an editor in a terminal: say what is wrong and how to fix it.

/** A value as the editor wrote it, for quoting in a message. */
const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** Text that must be present and not blank. */
const text = (field: string, example: string) =>
	z
		.string({
			error: (issue) =>
				issue.input === undefined
					? `${field} is missing. Add a line like: ${example}`
					: `${field} must be text. Write it like: ${example}`,
		})
		.trim()
		.min(1, { error: `${field} is empty. Write it like: ${example}` });

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
	error: (issue) =>
		`slug "${shown(issue.input)}" may only hold lower-case letters, digits and single hyphens, like: guatemala-shelter-first-year`,
});

const countryCode = z.string().refine((code) => isCountryCode(code), {
	error: (issue) =>
		`"${shown(issue.input)}" is not an ISO 3166-1 country code. Use two capital letters, like GT for Guatemala or FR for France.`,
});

const releaseType = z.enum(releaseTypeKeys, {
	error: (issue) =>
		`type "${shown(issue.input)}" is not a kind of release of the site. Use one of: ${releaseTypeKeys.join(', ')} (or add it to src/i18n/release-types.ts).`,
});

const topicKey = z.enum(topicKeys, {
	error: (issue) =>
		`"${shown(issue.input)}" is not a known topic. Use one of: ${topicKeys.join(', ')} (or add it to src/i18n/topics.ts).`,
});

/**
 * Which file a translation was made from, and that file's source hash at the time
 * (`npm run translations -- --hash <file>` prints it). `npm run translations` reports the
 * translation as outdated once the source's hash changes.
 */
const translatedFrom = z
	.strictObject({
		lang: z.enum(locales, {
			error: (issue) =>
				`translatedFrom.lang "${shown(issue.input)}" is not a language of the site. Use one of: ${locales.join(', ')}`,
		}),
		hash: z.string().regex(/^[0-9a-f]{12}$/, {
			error: (issue) =>
				`translatedFrom.hash "${shown(issue.input)}" must be the 12 characters \`npm run translations -- --hash <file>\` prints, in double quotes, like: hash: "3f9a0c1b2d4e"`,
		}),
	})
	.optional();

/** A press contact, shown at the end of a release as real mailto:/tel: links. */
export const contactSchema = z
	.strictObject({
		/** Full name, e.g. "Marina Palma". */
		name: text('contacts.name', 'name: Marina Palma'),
		/** Office or role, in the language of the file, e.g. "IOM Guatemala". */
		office: z.string().trim().min(1).optional(),
		/** Email address. */
		email: z
			.email({ error: (i) => `"${shown(i.input)}" is not an email address, like: name@iom.int` })
			.optional(),
		/** Phone in international form: a plus sign, the country code, then digits. */
		phone: z
			.string({
				error: (issue) =>
					`phone ${shown(issue.input)} must be written in quotes, with its plus sign and country code, like: phone: "+502 2314 0041"`,
			})
			.regex(/^\+\d[\d .-]{5,}\d$/, {
				error: (issue) =>
					`phone "${shown(issue.input)}" must be in international form, like: +502 2314 0041`,
			})
			.optional(),
	})
	.refine((contact) => contact.email ?? contact.phone, {
		error: 'A contact needs an email or a phone number (or both).',
	});

/** A list check: no value listed twice (`countries: [GT, GT]`). */
const noRepeats =
	(field: string) =>
	(list: readonly string[], context: z.RefinementCtx): void => {
		const repeated = list.filter((value, i) => list.indexOf(value) !== i);
		if (repeated.length > 0) {
			context.addIssue({
				code: 'custom',
				message: `${field} lists ${[...new Set(repeated)].join(', ')} more than once: list each once.`,
			});
		}
	};

/** Every update comes after `date`, and none after the build (an update is dated when made). */
function updatesAfterDate(
	data: { date: Date; updates: { date: Date }[] },
	context: z.RefinementCtx,
): void {
	const iso = (d: Date) => d.toISOString().slice(0, 10);
	data.updates.forEach((update, i) => {
		if (update.date < data.date) {
			context.addIssue({
				code: 'custom',
				path: ['updates', i, 'date'],
				message: `update ${iso(update.date)} is before the release's date ${iso(data.date)}: an update comes after publication.`,
			});
		} else if (update.date > buildTime) {
			context.addIssue({
				code: 'custom',
				path: ['updates', i, 'date'],
				message: `update ${iso(update.date)} is in the future: date an update on the day it is made.`,
			});
		}
	});
}

/** A dated update or correction of a release, in the file's language. */
const updateSchema = z.strictObject({
	/** The day of the update (year-month-day). Must be the same in every language. */
	date: day('updates.date', 'date: 2024-09-20'),
	/** What changed, in one or two sentences, in the language of the file. */
	note: text('updates.note', 'note: The number of people assisted was corrected to 65.'),
});

/**
 * The fields of a release's frontmatter, built once: Astro calls `releaseSchema` for every file
 * (to give `image()` that file's folder), and building every field's Zod schema again for each of
 * thousands of files shows in a big build's profile.
 */
const releaseFields = {
	/** The headline. */
	title: text('title', 'title: IOM helps victims of trafficking in Guatemala'),
	/** The lead: one or two sentences, shown under the title, in listings and as the meta description. */
	summary: text('summary', 'summary: One or two sentences that say what happened.').pipe(
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
	/** Press contacts. */
	contacts: z.array(contactSchema).default([]),
	/** The last part of the URL; by default made from the title. */
	slug: slug.optional(),
	/** Notes for journalists after the text (Markdown), before the standard paragraph about IOM. */
	notesToEditors: z
		.string({ error: 'notesToEditors must be text (Markdown), in quotes or after a | line.' })
		.trim()
		.min(1, { error: 'notesToEditors is empty: write the notes, or delete the line.' })
		.optional(),
	/** For a translation: the language it was made from, and that file's hash then. */
	translatedFrom,
	/** A draft is never published. */
	draft: z.boolean({ error: 'draft must be true or false.' }).default(false),
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
	alt: text('image.alt', 'alt: Two women sewing at a training workshop'),
	/** A caption printed under the picture. */
	caption: z.string().trim().min(1).optional(),
	/** Who took the picture, e.g. "© IOM 2024 / Name": every published photograph is credited. */
	credit: text('image.credit', 'credit: © IOM 2024 / Name'),
};

/** The frontmatter of one language file of a press release. */
export const releaseSchema = ({ image }: { image: ImageFunction }) =>
	z
		.strictObject({
			...releaseFields,
			...derivedFields,
			/** The lead image, stored in the release folder. */
			image: z.strictObject({ src: image(), ...imageFields }).optional(),
		})
		.superRefine(updatesAfterDate);

/** The frontmatter of one language file of an institutional page ("Who we are"…). */
export const pageSchema = z.strictObject({
	/** The page title, also its label in breadcrumbs. */
	title: text('title', 'title: Who we are'),
	/** One sentence shown under the title and as the meta description. */
	summary: text('summary', 'summary: One sentence about this page.'),
	/** The last part of the URL in this language, e.g. "qui-sommes-nous". */
	slug,
	/** The folder name of the parent page, when this page sits under another. */
	parent: z.string().trim().min(1).optional(),
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
/** A validated press contact. */
export type Contact = z.output<typeof contactSchema>;

/** The fields a release file may hold, for naming a misspelt one (known-fields.ts). */
export const releaseShape: FieldShape = {
	fields: [...Object.keys(releaseFields), 'image'],
	objects: {
		image: { fields: ['src', ...Object.keys(imageFields)] },
		translatedFrom: { fields: ['lang', 'hash'] },
	},
	lists: {
		contacts: { fields: Object.keys(contactSchema.shape) },
		updates: { fields: Object.keys(updateSchema.shape) },
	},
};

/** The fields a page file may hold. */
export const pageShape: FieldShape = {
	fields: Object.keys(pageSchema.shape).filter((field) => field !== 'sourceHash'),
	objects: { translatedFrom: { fields: ['lang', 'hash'] } },
};
