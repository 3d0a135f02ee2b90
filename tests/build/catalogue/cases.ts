// The catalogue of bad inputs: what editors and their tools get wrong, one case each, with the
// exact line the build must print. Every case is a folder of its own in one content folder, so
// one build shows that every problem of every file is reported at once (EDITING.md lists these
// messages for editors).

import { eventCases } from './event-cases';
import { peopleCases } from './people-cases';

/** A release file's frontmatter lines, by field; `null` leaves a field out. */
type Fields = Record<string, string | null>;

const defaults: Fields = {
	title: 'Catalogue case',
	summary: 'A synthetic release for the catalogue of bad inputs.',
	date: '2024-09-16',
	dateline: 'Geneva',
	countries: '[CH]',
	topics: '[migrant-assistance]',
};

/** A release file: the default fields with `fields` over them, then `extra` lines, then `body`. */
export function release(fields: Fields = {}, extra = '', body = 'One paragraph of text.'): string {
	const all = { ...defaults, ...fields };
	const lines = Object.entries(all)
		.filter(([, value]) => value !== null)
		.map(([key, value]) => `${key}: ${value}`);
	return `---\n${[...lines, ...(extra ? [extra] : [])].join('\n')}\n---\n\n${body}\n`;
}

/** A page file. */
export function page(fields: Fields = {}, body = 'One paragraph of text.'): string {
	const all = { title: 'Catalogue page', summary: 'A synthetic page.', ...fields };
	const lines = Object.entries(all)
		.filter(([, value]) => value !== null)
		.map(([key, value]) => `${key}: ${value}`);
	return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

/** One bad input: files (relative to the content folder) and the lines the build must print. */
export interface Case {
	name: string;
	files: Record<string, string | Buffer>;
	/** Each line as printed, with `@` standing for the content folder. */
	expect: string[];
}

/** A one-pixel PNG, for the cases that need a picture that exists. */
export const pixel = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
	'base64',
);

/** A case of one English release in folder `folder`, titled after the case. */
const one = (
	name: string,
	folder: string,
	fields: Fields,
	expect: string[],
	extra = '',
	body?: string,
): Case => ({
	name,
	files: {
		[`releases/${folder}/index.en.md`]: release(
			{ title: `Case ${folder}`, ...fields },
			extra,
			body,
		),
		// The picture of the bodies that show one.
		...(body?.includes('pixel.png') ? { [`releases/${folder}/pixel.png`]: pixel } : {}),
	},
	expect,
});

const at = (folder: string, lang = 'en') => `@/releases/${folder}/index.${lang}.md`;

const fieldList =
	'title, summary, date, type, updates, embargo, dateline, countries, topics, contacts, slug, notesToEditors, translatedFrom, draft, keyFigures, image, media';

export const cases: Case[] = [
	// People (content/contacts/) and the releases that name them
	...peopleCases,
	// The agenda (content/events/)
	...eventCases,

	// Dates
	one(
		'an impossible day, unquoted (a YAML parser rolls it over)',
		'date-feb-30',
		{ date: '2024-02-30' },
		[
			`${at('date-feb-30')} → date: date "2024-02-30" is not a day of the calendar: check the month and the day, like: date: 2024-09-16`,
		],
	),
	one('a thirteenth month', 'date-month-13', { date: '2024-13-01' }, [
		`${at('date-month-13')} → date: date "2024-13-01" is not a day of the calendar: check the month and the day, like: date: 2024-09-16`,
	]),
	one('a day written day/month/year', 'date-slashes', { date: '16/09/2024' }, [
		`${at('date-slashes')} → date: date "16/09/2024" is not a date. Write it as year-month-day, like: date: 2024-09-16`,
	]),
	one(
		'a date with a time and a zone (it would show on another day)',
		'date-time',
		{ date: '2024-09-16T23:30:00-05:00' },
		[
			`${at('date-time')} → date: date "2024-09-16T23:30:00-05:00" has a time: date is a day, written year-month-day, like: date: 2024-09-16. To publish at a set time, add an embargo.`,
		],
	),
	one('a date written as a number', 'date-number', { date: '20240916' }, [
		`${at('date-number')} → date: date "20240916" is not a date. Write it as year-month-day, like: date: 2024-09-16`,
	]),
	one(
		'a date before IOM existed (it would open an archive year)',
		'date-1850',
		{ date: '1850-03-01' },
		[
			`${at('date-1850')} → date: date "1850-03-01" is before 1951, when IOM was founded: check the year.`,
		],
	),
	one('no date', 'date-missing', { date: null }, [
		`${at('date-missing')} → date: date is missing. Add a line like: date: 2024-09-16`,
	]),
	one(
		'an embargo without a time zone (read in the build machine’s zone)',
		'embargo-no-zone',
		{},
		[
			`${at('embargo-no-zone')} → embargo: embargo "2024-09-16T09:00:00" has no time zone, so it would depend on the computer that builds the site: write the time and its zone, like: embargo: 2024-09-16T09:00:00+02:00 (or Z for UTC)`,
		],
		'embargo: 2024-09-16T09:00:00',
	),
	one(
		'an embargo that is a day only',
		'embargo-day',
		{},
		[
			`${at('embargo-day')} → embargo: embargo "2024-09-16" has no time zone, so it would depend on the computer that builds the site: write the time and its zone, like: embargo: 2024-09-16T09:00:00+02:00 (or Z for UTC)`,
		],
		'embargo: 2024-09-16',
	),
	one(
		'an embargo at 25 o’clock',
		'embargo-25h',
		{},
		[
			`${at('embargo-25h')} → embargo: embargo "2024-09-16T25:00:00Z" is not a real date and time: check it, like: embargo: 2024-09-16T09:00:00+02:00`,
		],
		'embargo: 2024-09-16T25:00:00Z',
	),
	one(
		'an update before the release',
		'update-before',
		{},
		[
			`${at('update-before')} → updates.0.date: update 2024-09-01 is before the release's date 2024-09-16: an update comes after publication.`,
		],
		'updates:\n  - date: 2024-09-01\n    note: The figures were corrected.',
	),
	one(
		'an update in the future',
		'update-future',
		{},
		[
			`${at('update-future')} → updates.0.date: update 2099-01-01 is in the future: date an update on the day it is made.`,
		],
		'updates:\n  - date: 2099-01-01\n    note: The figures were corrected.',
	),
	one(
		'an update dated in words',
		'update-words',
		{},
		[
			`${at('update-words')} → updates.0.date: updates.date "yesterday" is not a date. Write it as year-month-day, like: date: 2024-09-20`,
		],
		'updates:\n  - date: yesterday\n    note: The figures were corrected.',
	),
	one(
		'an update without its note',
		'update-no-note',
		{},
		[
			`${at('update-no-note')} → updates.0.note: updates.note is missing. Add a line like: note: The number of people assisted was corrected to 65.`,
		],
		'updates:\n  - date: 2024-09-20',
	),
	one(
		'the old single `updated` date',
		'key-updated',
		{},
		[
			`${at('key-updated')} → updated: "updated" is not a field of this file: did you mean "updates"? The fields are: ${fieldList}.`,
		],
		'updated: 2024-09-20',
	),

	// Release types and notes to editors
	one('a type that is not on the list', 'type-unknown', { type: 'press_release' }, [
		`${at('type-unknown')} → type: type "press_release" is not a kind of release of the site. Use one of: press-release, statement, news-story, briefing-note, media-advisory (or add it to src/i18n/release-types.ts).`,
	]),
	one(
		'notes to editors with a script in them',
		'notes-script',
		{},
		[
			`${at('notes-script')} → notesToEditors: notesToEditors holds HTML the site does not publish (the <script> element): write the notes in plain Markdown.`,
		],
		'notesToEditors: |\n  Photographs are available on request.\n  <script>alert(1)</script>',
	),
	one(
		'notes to editors with an inline event handler',
		'notes-onclick',
		{},
		[
			`${at('notes-onclick')} → notesToEditors: notesToEditors holds HTML the site does not publish (the onclick attribute of <a>): write the notes in plain Markdown.`,
		],
		'notesToEditors: \'<a href="/en/" onclick="steal()">Our newsroom</a>\'',
	),

	// Fields the schema does not know
	one(
		'"Draft" with a capital D (the release would be published)',
		'key-draft-capital',
		{},
		[
			`${at('key-draft-capital')} → Draft: "Draft" is not a field of this file: did you mean "draft"? The fields are: ${fieldList}.`,
		],
		'Draft: true',
	),
	one(
		'"drafts"',
		'key-drafts',
		{},
		[
			`${at('key-drafts')} → drafts: "drafts" is not a field of this file: did you mean "draft"? The fields are: ${fieldList}.`,
		],
		'drafts: true',
	),
	one(
		'"embargo_until"',
		'key-embargo-until',
		{},
		[
			`${at('key-embargo-until')} → embargo_until: "embargo_until" is not a field of this file: did you mean "embargo"? The fields are: ${fieldList}.`,
		],
		'embargo_until: 2030-01-01T09:00:00Z',
	),
	one(
		'"contries"',
		'key-contries',
		{},
		[
			`${at('key-contries')} → contries: "contries" is not a field of this file: did you mean "countries"? The fields are: ${fieldList}.`,
		],
		'contries: [FR]',
	),
	one(
		'a field nothing resembles',
		'key-unknown',
		{},
		[
			`${at('key-unknown')} → colour: "colour" is not a field of this file. The fields are: ${fieldList}.`,
		],
		'colour: blue',
	),

	// URL slugs
	one(
		'a title in another script, without a slug (its page would overwrite the news index)',
		'slug-cyrillic',
		{ title: 'Привет из Женевы' },
		[
			`${at('slug-cyrillic')} → slug: The title has no letter or digit a web address can use, so the release has no URL: add a line like: slug: iom-opens-a-shelter`,
		],
	),
	one('a slug with capitals and spaces', 'slug-capitals', { slug: 'Bad Slug' }, [
		`${at('slug-capitals')} → slug: slug "Bad Slug" may only hold lower-case letters, digits and single hyphens, like: guatemala-shelter-first-year`,
	]),
	one('a slug taken by listing pages', 'slug-page', { slug: 'page' }, [
		`${at('slug-page')} → slug: The URL slug "page" is taken by the site's listings: give the release a "slug:" line with another one.`,
	]),
	{
		name: 'two releases with one slug in one language',
		files: {
			'releases/slug-twice-a/index.fr.md': release({
				title: 'Case slug-twice-a',
				slug: 'meme-adresse',
			}),
			'releases/slug-twice-b/index.fr.md': release({
				title: 'Case slug-twice-b',
				slug: 'meme-adresse',
			}),
		},
		expect: [
			`${at('slug-twice-b', 'fr')} → slug: The URL slug "meme-adresse" is already used by ${at('slug-twice-a', 'fr')}. Give one of them a different title or a "slug:" line.`,
		],
	},

	// Files the build would not read
	{
		name: 'a file ending in .markdown (listed as "available in English" before)',
		files: {
			'releases/file-markdown/index.en.md': release({ title: 'Case file-markdown' }),
			'releases/file-markdown/index.fr.markdown': release({ title: 'Cas file-markdown' }),
		},
		expect: [
			`${at('file-markdown', 'fr').replace('.md', '.markdown')}: "index.fr.markdown" is not read: the build reads only files named after their language with the ending .md. Rename it index.fr.md.`,
		],
	},
	{
		name: 'a file ending in .MD',
		files: { 'releases/file-upper/index.fr.MD': release({ title: 'Cas file-upper' }) },
		expect: [
			`@/releases/file-upper/index.fr.MD: "index.fr.MD" is not read: the build reads only files named after their language with the ending .md. Rename it index.fr.md.`,
		],
	},
	{
		name: 'a file named after no language of the site',
		files: { 'releases/file-german/index.de.md': release({ title: 'Fall file-german' }) },
		expect: [
			`@/releases/file-german/index.de.md: "index.de.md" is not a language of the site. Name release files after their language: index.en.md, index.fr.md, index.es.md.`,
		],
	},
	{
		name: 'a file named like the layout before the web editor (fr.md)',
		files: { 'releases/file-old-layout/fr.md': release({ title: 'Cas file-old-layout' }) },
		expect: [
			`@/releases/file-old-layout/fr.md: "fr.md" is not named after a language. Name release files index.en.md, index.fr.md, index.es.md: rename this one index.fr.md.`,
		],
	},
	{
		name: 'a file in a folder inside a release folder',
		files: { 'releases/file-nested/photos/index.en.md': release({ title: 'Case file-nested' }) },
		expect: [
			`@/releases/file-nested/photos/index.en.md: Each release is a folder of language files: put this file directly in a folder of content/releases/, like content/releases/<name>/index.en.md.`,
		],
	},
	{
		name: 'a file saved in another encoding than UTF-8 (published as mojibake before)',
		files: {
			'releases/file-latin1/index.en.md': Buffer.concat([
				Buffer.from('---\ntitle: Caf'),
				Buffer.from([0xe9]),
				Buffer.from(`\n${release().split('\n').slice(2).join('\n')}`),
			]),
		},
		expect: [
			`${at('file-latin1')}:2: The file is not saved as UTF-8 (line 2 holds a character in another encoding): save it again as UTF-8 in your editor.`,
		],
	},

	// Frontmatter that is not YAML
	one(
		'an unclosed quote (reported ten lines too low before)',
		'yaml-quote',
		{ summary: '"A summary that never ends' },
		[
			`${at('yaml-quote')}:3: The quote opened at line 3 is never closed: end the value with the same quote mark.`,
		],
	),
	{
		name: 'no closing --- (six "is missing" lines before)',
		files: {
			'releases/yaml-unclosed/index.en.md': release({ title: 'Case yaml-unclosed' }).replace(
				'---\n\nOne',
				'\nOne',
			),
		},
		expect: [
			`${at('yaml-unclosed')}: The frontmatter has no closing line: add a line of three hyphens (---) after the last field, before the text.`,
		],
	},
	{
		name: 'no opening ---',
		files: {
			'releases/yaml-unopened/index.en.md': release({ title: 'Case yaml-unopened' }).replace(
				/^---\n/,
				'',
			),
		},
		expect: [
			`${at('yaml-unopened')}: The file must start with a line of three hyphens (---), then the fields, then another --- line, then the text.`,
		],
	},
	one(
		'a colon in an unquoted French value',
		'yaml-colon',
		{ summary: 'Le projet : un refuge pour les victimes' },
		[
			`${at('yaml-colon')}:3: The frontmatter is not valid YAML at line 3 (Nested mappings are not allowed in compact mappings). A value holding ": " (as French text often does) or starting with a quote must be put in double quotes, like: summary: "Le projet : un refuge"`,
		],
	),
	one(
		'a field written twice',
		'yaml-twice',
		{},
		[`${at('yaml-twice')}:8: A field is written twice (line 8): keep one of them.`],
		'title: Case yaml-twice again',
	),

	// Fields with bad values
	one('no title', 'field-no-title', { title: null }, [
		`${at('field-no-title')} → title: title is missing. Add a line like: title: IOM helps victims of trafficking in Guatemala`,
	]),
	one('an empty title', 'field-empty-title', { title: '""' }, [
		`${at('field-empty-title')} → title: title is empty. Write it like: title: IOM helps victims of trafficking in Guatemala`,
	]),
	one('no summary', 'field-no-summary', { summary: null }, [
		`${at('field-no-summary')} → summary: summary is missing. Add a line like: summary: One or two sentences that say what happened.`,
	]),
	one(
		'a summary over 400 characters',
		'field-long-summary',
		{ summary: 'Word '.repeat(90).trim() },
		[
			`${at('field-long-summary')} → summary: summary is longer than 400 characters. Keep the lead to one or two sentences.`,
		],
	),
	one('no dateline', 'field-no-dateline', { dateline: null }, [
		`${at('field-no-dateline')} → dateline: dateline is missing. Add a line like: dateline: Guatemala City`,
	]),
	one('no country', 'field-no-country', { countries: '[]' }, [
		`${at('field-no-country')} → countries: countries is empty. List at least one country code, like: countries: [GT]`,
	]),
	one('an unknown country code', 'field-country-xx', { countries: '[CH, XX]' }, [
		`${at('field-country-xx')} → countries.1: "XX" is not an ISO 3166-1 country code. Use two capital letters, like GT for Guatemala or FR for France.`,
	]),
	one('a country listed twice', 'field-country-twice', { countries: '[CH, FR, CH]' }, [
		`${at('field-country-twice')} → countries: countries lists CH more than once: list each once.`,
	]),
	one('a country name instead of a list', 'field-country-text', { countries: 'Switzerland' }, [
		`${at('field-country-text')} → countries: countries must be a list of country codes, like: countries: [GT]`,
	]),
	one('an unknown topic', 'field-topic-unknown', { topics: '[trafficking]' }, [
		`${at('field-topic-unknown')} → topics.0: "trafficking" is not a known topic. Use one of: counter-trafficking, child-protection, capacity-building, migrant-assistance, emergencies, migration-health, labour-migration, climate-migration (or add it to src/i18n/topics.ts).`,
	]),
	one('a topic listed twice', 'field-topic-twice', { topics: '[emergencies, emergencies]' }, [
		`${at('field-topic-twice')} → topics: topics lists emergencies more than once: list each once.`,
	]),
	one('no topic', 'field-no-topic', { topics: null }, [
		`${at('field-no-topic')} → topics: topics must be a list, like: topics: [counter-trafficking]`,
	]),
	one(
		'draft written as a word',
		'field-draft-word',
		{},
		[`${at('field-draft-word')} → draft: draft must be true or false.`],
		'draft: yes',
	),
	one(
		'a translation hash that is not one',
		'field-hash',
		{},
		[
			`${at('field-hash')} → translatedFrom.hash: translatedFrom.hash "abc" must be the 12 characters \`npm run translations -- --hash <file>\` prints, in double quotes, like: hash: "3f9a0c1b2d4e"`,
		],
		'translatedFrom: { lang: fr, hash: abc }',
	),
	one(
		'a translation from a language the site does not have',
		'field-lang',
		{},
		[
			`${at('field-lang')} → translatedFrom.lang: translatedFrom.lang "de" is not a language of the site. Use one of: en, fr, es`,
		],
		'translatedFrom: { lang: de, hash: "3f9a0c1b2d4e" }',
	),

	// Pictures
	{
		name: 'a lead image without alt text',
		files: {
			'releases/image-no-alt/index.en.md': release(
				{ title: 'Case image-no-alt' },
				'image:\n  src: ./pixel.png\n  credit: © IOM 2024 / Catalogue\n  licence: cc-by-4.0',
			),
			'releases/image-no-alt/pixel.png': pixel,
		},
		expect: [
			`${at('image-no-alt')} → image.alt: image.alt is missing. Add a line like: alt: Two women sewing at a training workshop`,
		],
	},
	{
		name: 'a lead image without a credit',
		files: {
			'releases/image-no-credit/index.en.md': release(
				{ title: 'Case image-no-credit' },
				'image:\n  src: ./pixel.png\n  alt: A single blue pixel\n  licence: cc-by-4.0',
			),
			'releases/image-no-credit/pixel.png': pixel,
		},
		expect: [
			`${at('image-no-credit')} → image.credit: image.credit is missing. Add a line like: credit: © IOM 2024 / Name`,
		],
	},
	one(
		'a lead image that is not in the folder (a stack trace before)',
		'image-missing',
		{},
		[
			`${at('image-missing')} → image.src: image.src "./nowhere.jpg" is not in the folder of this file: check the file name, like: src: ./photo.jpg`,
		],
		'image:\n  src: ./nowhere.jpg\n  alt: A picture that is not there\n  credit: © IOM 2024 / Catalogue\n  licence: cc-by-4.0',
	),
	one(
		'a lead image on another site',
		'image-remote',
		{},
		[
			`${at('image-remote')} → image.src: image.src "https://example.org/a.jpg" is on another site: save the picture in the release folder and write its file name, like: src: ./photo.jpg`,
		],
		'image:\n  src: https://example.org/a.jpg\n  alt: A picture elsewhere\n  credit: © IOM 2024 / Catalogue\n  licence: cc-by-4.0',
	),
	one(
		'a picture of the body without alt text',
		'body-no-alt',
		{},
		[
			`${at('body-no-alt')}:11: The picture at line 11 has no text alternative: write what it shows between its square brackets, like: ![Two women at a sewing workshop]`,
		],
		'media: [{ file: pixel.png, alt: A pixel, credit: © IOM 2024 / Catalogue, licence: cc0-1.0 }]',
		'![](pixel.png)',
	),
	one(
		'a picture of the body that is not in the folder',
		'body-missing',
		{},
		[
			`${at('body-missing')}:10: The picture at line 10, "nowhere.png", is not in the folder: check its file name.`,
		],
		'',
		'![A picture that is not there](nowhere.png)',
	),
	one(
		'a picture of the body on another site (feed readers would load it)',
		'body-remote',
		{},
		[
			`${at('body-remote')}:10: The picture at line 10 comes from another site (https://example.org/a.png): save it in the release folder and write its file name, so that no reader or feed reader loads it from elsewhere.`,
		],
		'',
		'![A picture elsewhere](https://example.org/a.png)',
	),
	one(
		'a picture of the body in HTML',
		'body-html-img',
		{},
		[
			`${at('body-html-img')}:10: The picture at line 10 is written in HTML (<img>), which the site cannot serve: write it in Markdown like the other pictures of the text (EDITING.md, "Add pictures").`,
		],
		'',
		'<img src="pixel.png" alt="A pixel">',
	),
	one(
		'an empty body',
		'body-empty',
		{},
		[`${at('body-empty')}: The file has no text after its frontmatter: write the release.`],
		'',
		'',
	),

	// Translations and pages
	{
		name: 'translations that disagree on the date and the countries',
		files: {
			'releases/shared-fields/index.en.md': release({ title: 'Case shared-fields' }),
			'releases/shared-fields/index.fr.md': release({
				title: 'Cas shared-fields',
				date: '2024-09-17',
				countries: '[FR]',
			}),
		},
		expect: [
			`${at('shared-fields', 'fr')} → date: date is "2024-09-17" here but "2024-09-16" in ${at('shared-fields')}. Translations of one release share their date: make them the same.`,
			`${at('shared-fields', 'fr')} → countries: countries is ["FR"] here but ["CH"] in ${at('shared-fields')}. Translations of one release share their countries: make them the same.`,
		],
	},
	{
		name: 'translations that disagree on the dates of their updates',
		files: {
			'releases/shared-updates/index.en.md': release(
				{ title: 'Case shared-updates' },
				'updates:\n  - date: 2024-09-20\n    note: The figures were corrected.',
			),
			'releases/shared-updates/index.fr.md': release(
				{ title: 'Cas shared-updates' },
				'updates:\n  - date: 2024-09-21\n    note: Les chiffres ont été corrigés.',
			),
		},
		expect: [
			`${at('shared-updates', 'fr')} → updates: update dates are ["2024-09-21"] here but ["2024-09-20"] in ${at('shared-updates')}. Translations of one release share their update dates: make them the same.`,
		],
	},
	{
		name: 'a page under a parent that does not exist in its language',
		files: {
			'pages/case-parent/index.en.md': page({ slug: 'case-parent' }),
			'pages/case-child/index.en.md': page({ slug: 'case-child', parent: 'case-parent' }),
			'pages/case-child/index.fr.md': page({ slug: 'cas-enfant', parent: 'case-parent' }),
		},
		expect: [
			`@/pages/case-child/index.fr.md → parent: parent "case-parent" has no index.fr.md. Use the folder name of an existing page, or translate that page first.`,
		],
	},
	{
		name: 'a page under a draft (a stack trace before)',
		files: {
			'pages/case-draft-parent/index.en.md': page({ slug: 'case-draft-parent', draft: 'true' }),
			'pages/case-under-draft/index.en.md': page({
				slug: 'case-under-draft',
				parent: 'case-draft-parent',
			}),
		},
		expect: [
			`@/pages/case-under-draft/index.en.md → parent: parent "case-draft-parent" is a draft (@/pages/case-draft-parent/index.en.md), so this page would have no place in the site: publish the parent first, or make this page a draft too.`,
		],
	},
	{
		name: 'a page that takes the URL of a part of the site',
		files: { 'pages/case-news/index.en.md': page({ slug: 'news' }) },
		expect: [
			`@/pages/case-news/index.en.md → slug: The URL /en/news/ belongs to another part of the site. Choose another slug.`,
		],
	},
	{
		name: 'a page with an unknown field',
		files: { 'pages/case-page-key/index.en.md': page({ slug: 'case-page-key', Parent: 'x' }) },
		expect: [
			`@/pages/case-page-key/index.en.md → Parent: "Parent" is not a field of this file: did you mean "parent"? The fields are: title, summary, slug, parent, order, listing, translatedFrom, draft.`,
		],
	},

	// Characters that break the feeds, cards and pages (they come with text pasted from Word)
	one(
		'a control character in the title (the feeds were invalid XML)',
		'char-control',
		{ title: '"Shelter\\x01 opens"' },
		[
			`${at('char-control')} → title: title holds an invisible control character (U+0001) at position 8: retype the text around it, or paste the text again as plain text (Ctrl+Shift+V).`,
		],
	),
	one(
		'a control character typed as it is (Astro’s YAML parser stopped the whole build)',
		'char-raw-control',
		{ title: 'Shelter\u0002 opens' },
		[
			`${at('char-raw-control')} → title: title holds an invisible control character (U+0002) at position 8: retype the text around it, or paste the text again as plain text (Ctrl+Shift+V).`,
		],
	),
	one(
		'a non-character in the summary',
		'char-noncharacter',
		{ summary: '"A summary \\uFFFE here."' },
		[
			`${at('char-noncharacter')} → summary: summary holds a code that is not a character (U+FFFE) at position 11: retype the text around it, or paste the text again as plain text (Ctrl+Shift+V).`,
		],
	),
	one(
		'half of a surrogate pair in the dateline',
		'char-surrogate',
		{ dateline: '"Gen\\uD800eva"' },
		[
			`${at('char-surrogate')} → dateline: dateline holds a broken character (U+D800, half of a pair) at position 4: retype the text around it, or paste the text again as plain text (Ctrl+Shift+V).`,
		],
	),
	one(
		'a right-to-left override in the title (exe.png shown as gnp.exe)',
		'char-bidi',
		{ title: 'Report \u202Egnp.exe' },
		[
			`${at('char-bidi')} → title: title holds an invisible direction control (U+202E, right-to-left override) at position 8, which can make the text show in another order than it is written: retype the text around it, or paste the text again as plain text (Ctrl+Shift+V).`,
		],
	),
	one(
		'a title of zero-width spaces (an empty headline before)',
		'char-invisible',
		{ title: '"\\u200B\\u200B"' },
		[
			`${at('char-invisible')} → title: title is empty: it holds only invisible characters (U+200B). Write it like: title: IOM helps victims of trafficking in Guatemala`,
		],
	),
	one('a title on two lines', 'char-line-break', { title: '"Shelter\\nopens"' }, [
		`${at('char-line-break')} → title: title is one line of text, but holds a line break (U+000A) at position 8: put a space in its place.`,
	]),
	one(
		'a control character in the text',
		'char-body',
		{},
		[
			`${at('char-body')}:10: Line 10 holds an invisible control character (U+0007) at column 15: retype the text around it, or paste the text again as plain text (Ctrl+Shift+V).`,
		],
		'',
		'One paragraph \u0007 with a bell.',
	),
	one(
		'a control character written as a character reference in the text',
		'char-body-reference',
		{},
		[
			`${at('char-body-reference')}:10: Line 10 writes &#1;, which stands for an invisible control character (U+0001): delete it.`,
		],
		'',
		'One paragraph &#1; with a reference.',
	),

	one(
		'a heading with no text (an invalid page before)',
		'body-empty-heading',
		{},
		[
			`${at('body-empty-heading')}:10: Line 10 is a heading with no text (a # with nothing after it): write the heading after the #, or delete the line.`,
		],
		'',
		'#\n\nOne paragraph.',
	),

	// Sizes
	one(
		'a slug of 299 characters (ENAMETOOLONG and a stack trace before)',
		'size-slug',
		{ slug: 'a'.repeat(299) },
		[
			`${at('size-slug')} → slug: slug is 299 characters long, more than the 100 a web address may use: shorten it, like: guatemala-shelter-first-year`,
		],
	),
	one(
		'YAML aliases that expand to millions of values ("Excessive alias count" and a stack trace before)',
		'size-alias-bomb',
		{},
		[
			`${at('size-alias-bomb')}:9: The frontmatter repeats values through YAML aliases (*name, from line 9) so many times that it cannot be read: write each value out instead of using & and *.`,
		],
		[
			'a: &a [x, x, x, x, x, x, x, x, x, x]',
			...['b', 'c', 'd', 'e', 'f'].map(
				(name, i) => `${name}: &${name} [${Array(10).fill(`*${'abcde'[i]}`).join(', ')}]`,
			),
		].join('\n'),
	),
	one(
		'a title starting with an asterisk (read as a YAML alias: a stack trace before)',
		'yaml-asterisk',
		{ title: '*Update*' },
		[
			`${at('yaml-asterisk')}:2: A value at line 2 starts with an asterisk (*), which YAML reads as a reference to another value: put the value in double quotes, like: title: "*Update* on the shelter"`,
		],
	),
	one(
		'a text of 250 KB (copied whole into the feeds before)',
		'size-body',
		{},
		[
			`${at('size-body')}: The text is 251 KB long, more than the 200 KB (about 30,000 words) a release or page may hold: shorten it, or publish a long document as a file of its own and link to it.`,
		],
		'',
		'x'.repeat(250 * 1024),
	),

	// Messages that said nothing
	one(
		'an empty image (Expected type "object", received "string" before)',
		'msg-image-empty',
		{},
		[
			`${at('msg-image-empty')} → image: image is empty: write the picture’s src, alt, credit and licence under it, or delete the line.`,
		],
		'image: ""',
	),
	one(
		'a translation from its own language (its page said its original was updated, linking to itself)',
		'msg-translated-from-self',
		{},
		[
			`${at('msg-translated-from-self')} → translatedFrom.lang: translatedFrom.lang is en, the language of this file itself: write the language of the file this one was translated from, or delete translatedFrom if this file is the original.`,
		],
		'translatedFrom: { lang: en, hash: "3f9a0c1b2d4e" }',
	),
	one(
		'an update written twice (printed twice before)',
		'msg-update-twice',
		{},
		[
			`${at('msg-update-twice')} → updates.1: This update repeats updates.0 (same date, same note), and the page would print it twice: delete one of them.`,
		],
		'updates:\n  - date: 2024-09-20\n    note: The figures were corrected.\n  - date: 2024-09-20\n    note: The figures were corrected.',
	),
	one(
		'an embargo at the sixtieth second',
		'embargo-60s',
		{},
		[
			`${at('embargo-60s')} → embargo: embargo "2024-09-16T09:00:60Z" is not a real date and time: check it, like: embargo: 2024-09-16T09:00:00+02:00`,
		],
		'embargo: 2024-09-16T09:00:60Z',
	),
	// Untrusted content, more: internal fields, invisible and layout characters, YAML tags.
	one(
		'an internal field of the build written in the frontmatter (its HTML reached the page through a link before)',
		'internal-field',
		{},
		[
			`${at('internal-field')} → notesHtml: "notesHtml" is not a field of this file. The fields are: ${fieldList}.`,
		],
		'notesHtml: "<img src=x onerror=alert(1)>"',
	),
	one('a dateline on two lines', 'char-dateline-break', { dateline: '"Geneva\\nSwitzerland"' }, [
		`${at('char-dateline-break')} → dateline: dateline is one line of text, but holds a line break (U+000A) at position 7: put a space in its place.`,
	]),
	one(
		'a summary of zero-width spaces (an empty lead before)',
		'char-summary-invisible',
		{ summary: '"\\u200b\\u200b"' },
		[
			`${at('char-summary-invisible')} → summary: summary is empty: it holds only invisible characters (U+200B). Write it like: summary: One or two sentences that say what happened.`,
		],
	),
	one('a title of no-break spaces', 'char-title-nbsp', { title: '"\\u00a0\\u00a0"' }, [
		`${at('char-title-nbsp')} → title: title is empty. Write it like: title: IOM helps victims of trafficking in Guatemala`,
	]),
	one(
		'a slug holding a zero-width space (two addresses that look the same)',
		'char-slug-zwsp',
		{ slug: '"guatemala\\u200bshelter"' },
		[
			`${at('char-slug-zwsp')} → slug: slug "guatemala\u200bshelter" may only hold lower-case letters, digits and single hyphens, like: guatemala-shelter-first-year`,
		],
	),
	one(
		'a bell character in an update’s note',
		'char-update-bell',
		{},
		[
			`${at('char-update-bell')} → updates.0.note: updates.0.note holds an invisible control character (U+0007) at position 6: retype the text around it, or paste the text again as plain text (Ctrl+Shift+V).`,
		],
		'updates:\n  - date: 2024-09-20\n    note: "Fixed\\u0007 a figure"',
	),
	one(
		'a YAML type tag in a value (a JavaScript function to some parsers)',
		'yaml-js-tag',
		{ title: '!!js/function "function(){}"' },
		[
			`${at('yaml-js-tag')}:2: The value at line 2 starts with "!!js/function", which YAML reads as a type the site does not use: put the value in double quotes, like: title: "!Important"`,
		],
	),
	one('a YAML binary value as the title', 'yaml-binary', { title: '!!binary aGVsbG8=' }, [
		`${at('yaml-binary')}:2: The value at line 2 starts with "!!binary", which YAML reads as a type the site does not use: put the value in double quotes, like: title: "!Important"`,
	]),
	// Messages, more.
	one(
		'a translation without its hash (“Required” before)',
		'msg-translated-no-hash',
		{},
		[
			`${at('msg-translated-no-hash')} → translatedFrom.hash: translatedFrom.hash is missing: add the 12 characters \`npm run translations -- --hash <file>\` prints for the file translated from (or the web editor's "Translated from" button writes), like: hash: "3f9a0c1b2d4e"`,
		],
		'translatedFrom:\n  lang: fr',
	),
	one(
		'a translation without its language',
		'msg-translated-no-lang',
		{},
		[
			`${at('msg-translated-no-lang')} → translatedFrom.lang: translatedFrom.lang is missing: write the language of the file translated from, one of: en, fr, es`,
		],
		'translatedFrom:\n  hash: "3f9a0c1b2d4e"',
	),
	one('an embargo in words', 'embargo-words', { embargo: 'tomorrow' }, [
		`${at('embargo-words')} → embargo: embargo "tomorrow" is not a date and time. Write it with its time zone, like: embargo: 2024-09-16T09:00:00+02:00`,
	]),
	one('a country code in small letters', 'country-lower', { countries: '[gt]' }, [
		`${at('country-lower')} → countries.0: "gt" is not an ISO 3166-1 country code. Use two capital letters, like GT for Guatemala or FR for France.`,
	]),
	one('a topic instead of a list', 'topics-string', { topics: 'counter-trafficking' }, [
		`${at('topics-string')} → topics: topics must be a list, like: topics: [counter-trafficking]`,
	]),
	one('draft written as "yes" in quotes', 'draft-quoted-yes', { draft: '"yes"' }, [
		`${at('draft-quoted-yes')} → draft: draft must be true or false.`,
	]),
	one('an empty dateline', 'dateline-empty', { dateline: '""' }, [
		`${at('dateline-empty')} → dateline: dateline is empty. Write it like: dateline: Guatemala City`,
	]),
	one(
		'notes to editors holding an iframe',
		'notes-iframe',
		{},
		[
			`${at('notes-iframe')} → notesToEditors: notesToEditors holds HTML the site does not publish (the <iframe> element): write the notes in plain Markdown.`,
		],
		'notesToEditors: "<iframe src=https://evil.example></iframe>"',
	),
	one(
		'a lead image written as a data: address',
		'image-data-url',
		{},
		[
			`${at('image-data-url')} → image.src: image.src "data:image/png;base64,iVBORw0KGgo=" is on another site: save the picture in the release folder and write its file name, like: src: ./photo.jpg`,
		],
		'image: { src: "data:image/png;base64,iVBORw0KGgo=", alt: A, credit: B, licence: cc0-1.0 }',
	),
	{
		name: 'a lead image with a field of its own (width)',
		files: {
			'releases/image-width/index.en.md': release(
				{ title: 'Case image-width' },
				'image: { src: ./pixel.png, alt: A single blue pixel, credit: © IOM 2024, licence: cc-by-4.0, width: 100 }',
			),
			'releases/image-width/pixel.png': pixel,
		},
		expect: [
			`${at('image-width')} → image.width: "width" is not a field of image. The fields are: src, alt, caption, credit, licence.`,
		],
	},
];
