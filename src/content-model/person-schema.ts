// A person of the newsroom (content/contacts/<id>/index.<lang>.md), written once and named by id
// from releases and events: the media contacts directory, the contact box of a release and the
// vCards all read this one file per language.
import { z } from 'astro/zod';
import { regionKeys } from '../i18n/regions';
import { shownText } from './characters';
import { noRepeats, topicKey } from './field-schemas';
import type { FieldShape } from './known-fields';
import { optionalText, text } from './text-fields';

// Every message below is read by an editor in a terminal: say what is wrong and how to fix it.

const shown = (value: unknown) =>
	typeof value === 'string' ? shownText(value) : JSON.stringify(value);

/** A person's id: the name of their folder, as releases and events write it in `contacts:`. */
export const personId = z
	.string({
		error: (issue) =>
			issue.input && typeof issue.input === 'object'
				? 'A contact is named by the id of a person, not written out: put the name, email and phone in a person’s file, content/contacts/<id>/index.<language>.md (EDITING.md, "People"), and list the id, like: contacts: [marina-palma]'
				: `contacts must list people’s ids, like: contacts: [marina-palma]`,
	})
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: (issue) =>
			`"${shown(issue.input)}" is not the id of a person: write the name of their folder in content/contacts/, like: contacts: [marina-palma]`,
	});

/** A language a person speaks: a two-letter ISO 639-1 code, or a locale code like pt-BR. */
const languageCode = z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, {
	error: (issue) =>
		`"${shown(issue.input)}" is not a language code. Use ISO 639-1 codes, like: languages: [es, en]`,
});

/** The fields of a person's file. */
const personFields = {
	/** Full name, e.g. "Marina Palma". The same in every language. */
	name: text('name', 'name: Marina Palma', { direction: true }),
	/** Work email address. The same in every language. */
	email: z
		.email({ error: (i) => `"${shown(i.input)}" is not an email address, like: name@iom.int` })
		.optional(),
	/** Phone in international form: a plus sign, the country code, then digits. Shared. */
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
	/** What the person does, in the language of the file, e.g. "Media and communications officer". */
	role: optionalText('role'),
	/** Where the person works, in the language of the file, e.g. "IOM Guatemala". */
	office: optionalText('office'),
	/** The region the person speaks for (keys of src/i18n/regions.ts). Shared. */
	region: z.enum(regionKeys, {
		error: (issue) =>
			issue.input === undefined
				? `region is missing. Add a line like: region: central-north-america-caribbean (one of: ${regionKeys.join(', ')})`
				: `region "${shown(issue.input)}" is not a region of the site. Use one of: ${regionKeys.join(', ')} (or add it to src/i18n/regions.ts).`,
	}),
	/** The languages the person gives interviews in (ISO 639-1 codes). Shared. */
	languages: z
		.array(languageCode, { error: 'languages must be a list, like: languages: [es, en]' })
		.superRefine(noRepeats('languages'))
		.default([]),
	/** The topics the person speaks about (keys of src/i18n/topics.ts). Shared. */
	topics: z
		.array(topicKey, { error: 'topics must be a list, like: topics: [counter-trafficking]' })
		.superRefine(noRepeats('topics'))
		.default([]),
	/** Listed in the directory even when no published release or event names the person. */
	listed: z.boolean({ error: 'listed must be true or false.' }).default(false),
};

/** The frontmatter of one language file of a person. */
export const personSchema = z
	.strictObject({
		...personFields,
		/** Added by the loader: the file's source hash. */
		sourceHash: z.string().optional(),
	})
	.superRefine((person, context) => {
		if (person.email === undefined && person.phone === undefined) {
			context.addIssue({
				code: 'custom',
				path: ['email'],
				message:
					'This person has neither an email nor a phone, so journalists cannot reach them: add a line like: email: mpalma@iom.int (or phone: "+502 2314 0041").',
			});
		}
	});

/** The validated frontmatter of a person's file. */
export type PersonData = z.output<typeof personSchema>;

/** The fields a person's file may hold, for naming a misspelt one. */
export const personShape: FieldShape = { fields: Object.keys(personFields) };
