// The catalogue's cases of people (content/contacts/<id>/) and of the releases that name them
// by id: cases.ts runs them with the rest, in the same build.
import type { Case } from './cases';

/** A person's file: the default fields with `fields` over them (`null` leaves one out). */
function person(fields: Record<string, string | null> = {}): string {
	const all = { name: 'Ana Pérez', email: 'aperez@example.org', region: 'global', ...fields };
	const lines = Object.entries(all)
		.filter(([, value]) => value !== null)
		.map(([key, value]) => `${key}: ${value}`);
	return `---\n${lines.join('\n')}\n---\n`;
}

/** A release file naming its contacts with the line `contacts`. */
const release = (folder: string, contacts: string) =>
	[
		'---',
		`title: Case ${folder}`,
		'summary: A synthetic release for the catalogue of bad inputs.',
		'date: 2024-09-16',
		'dateline: Geneva',
		'countries: [CH]',
		'topics: [migrant-assistance]',
		contacts,
		'---',
		'',
		'One paragraph of text.',
		'',
	].join('\n');

/** A case of one person's English file. */
const onePerson = (
	name: string,
	id: string,
	fields: Record<string, string | null>,
	expect: string[],
): Case => ({ name, files: { [`contacts/${id}/index.en.md`]: person(fields) }, expect });

/** A case of one English release naming people with the line `contacts`. */
const naming = (name: string, folder: string, contacts: string, expect: string[]): Case => ({
	name,
	files: { [`releases/${folder}/index.en.md`]: release(folder, contacts) },
	expect,
});

const person_ = (id: string, lang = 'en') => `@/contacts/${id}/index.${lang}.md`;
const release_ = (folder: string) => `@/releases/${folder}/index.en.md`;
const personFields = 'name, email, phone, role, office, region, languages, topics, listed';

export const peopleCases: Case[] = [
	onePerson('a person with neither email nor phone', 'person-unreachable', { email: null }, [
		`${person_('person-unreachable')} → email: This person has neither an email nor a phone, so journalists cannot reach them: add a line like: email: mpalma@iom.int (or phone: "+502 2314 0041").`,
	]),
	onePerson('a person’s email that is not one', 'person-email', { email: 'press.example.org' }, [
		`${person_('person-email')} → email: "press.example.org" is not an email address, like: name@iom.int`,
	]),
	onePerson(
		'a phone written as a number (without quotes)',
		'person-phone-number',
		{ phone: '50223140041' },
		[
			`${person_('person-phone-number')} → phone: phone 50223140041 must be written in quotes, with its plus sign and country code, like: phone: "+502 2314 0041"`,
		],
	),
	onePerson('a phone without its country code', 'person-phone-local', { phone: '"2314 0041"' }, [
		`${person_('person-phone-local')} → phone: phone "2314 0041" must be in international form, like: +502 2314 0041`,
	]),
	onePerson('a region the site does not have', 'person-region', { region: 'atlantis' }, [
		`${person_('person-region')} → region: region "atlantis" is not a region of the site. Use one of: global, asia-pacific, central-north-america-caribbean, east-horn-africa, europe-central-asia, middle-east-north-africa, south-america, southern-africa, west-central-africa (or add it to src/i18n/regions.ts).`,
	]),
	onePerson('a person without a region', 'person-no-region', { region: null }, [
		`${person_('person-no-region')} → region: region is missing. Add a line like: region: central-north-america-caribbean (one of: global, asia-pacific, central-north-america-caribbean, east-horn-africa, europe-central-asia, middle-east-north-africa, south-america, southern-africa, west-central-africa)`,
	]),
	onePerson('a language written as a word', 'person-language', { languages: '[Spanish]' }, [
		`${person_('person-language')} → languages.0: "Spanish" is not a language code. Use ISO 639-1 codes, like: languages: [es, en]`,
	]),
	onePerson('an unknown field of a person', 'person-fax', { fax: '"+41 22 717 9111"' }, [
		`${person_('person-fax')} → fax: "fax" is not a field of this file. The fields are: ${personFields}.`,
	]),
	onePerson(
		'a carriage return in a person’s name (a new line in the vCard)',
		'person-name-cr',
		{ name: '"Ana\\rPérez"' },
		[
			`${person_('person-name-cr')} → name: name holds a stray carriage return (U+000D) at position 4: retype the text around it, or paste the text again as plain text (Ctrl+Shift+V).`,
		],
	),
	onePerson(
		'a right-to-left override in a person’s name',
		'person-name-bidi',
		{ name: '"Ana \\u202ePérez"' },
		[
			`${person_('person-name-bidi')} → name: name holds an invisible direction control (U+202E, right-to-left override) at position 5, which can make the text show in another order than it is written: retype the text around it, or paste the text again as plain text (Ctrl+Shift+V).`,
		],
	),
	onePerson(
		'an email written as a mailto: link',
		'person-mailto',
		{ email: '"mailto:a@example.org"' },
		[
			`${person_('person-mailto')} → email: "mailto:a@example.org" is not an email address, like: name@iom.int`,
		],
	),
	{
		name: 'translations of a person that disagree on the email',
		files: {
			'contacts/person-shared/index.en.md': person(),
			'contacts/person-shared/index.fr.md': person({ email: 'ana@example.org' }),
		},
		expect: [
			`${person_('person-shared', 'fr')} → email: email is "ana@example.org" here but "aperez@example.org" in ${person_('person-shared')}. Translations of one person share their email: make them the same.`,
		],
	},
	naming('a contact id that names nobody', 'contact-unknown', 'contacts: [nobody-here]', [
		`${release_('contact-unknown')} → contacts.0: contacts names "nobody-here", who is not in @/contacts/: check the id against the folder names there, or write the person's file @/contacts/nobody-here/index.en.md (EDITING.md, "People").`,
	]),
	{
		name: 'a contact with no file in the language of the release',
		files: {
			'contacts/only-french/index.fr.md': person(),
			'releases/contact-untranslated/index.en.md': release(
				'contact-untranslated',
				'contacts: [only-french]',
			),
		},
		expect: [
			`${release_('contact-untranslated')} → contacts.0: contacts names "only-french", who has no index.en.md: translate @/contacts/only-french/index.fr.md into @/contacts/only-french/index.en.md.`,
		],
	},
	naming(
		'a contact written out, as releases named them before people had their own files',
		'contact-written-out',
		'contacts:\n  - name: Ana Pérez\n    email: aperez@example.org',
		[
			`${release_('contact-written-out')} → contacts.0: A contact is named by the id of a person, not written out: put the name, email and phone in a person’s file, content/contacts/<id>/index.<language>.md (EDITING.md, "People"), and list the id, like: contacts: [marina-palma]`,
		],
	),
	naming('a contact named by name, not id', 'contact-by-name', 'contacts: [Ana Pérez]', [
		`${release_('contact-by-name')} → contacts.0: "Ana Pérez" is not the id of a person: write the name of their folder in content/contacts/, like: contacts: [marina-palma]`,
	]),
	naming('contacts written as text', 'contacts-text', 'contacts: ana-perez', [
		`${release_('contacts-text')} → contacts: contacts must be a list of people’s ids (their folders in content/contacts/), like: contacts: [marina-palma]`,
	]),
	naming('an empty item in the contacts', 'contact-empty', 'contacts:\n  -', [
		`${release_('contact-empty')} → contacts.0: contacts must list people’s ids, like: contacts: [marina-palma]`,
	]),
];
