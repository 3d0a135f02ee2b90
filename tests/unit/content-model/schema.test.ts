import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { pageSchema, releaseSchema } from '../../../src/content-model/schema';

// In a build, `image()` resolves a file; here a plain string stands in for it.
const schema = releaseSchema({ image: () => z.string() as never });

const valid = {
	title: 'IOM helps',
	summary: 'One sentence.',
	date: '2024-09-16',
	dateline: 'Guatemala',
	countries: ['GT'],
	topics: ['counter-trafficking'],
};

/** The messages zod gives for `data`, as `field: message`. */
function problems(data: unknown): string[] {
	const result = schema.safeParse(data);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('the release schema', () => {
	it('accepts a minimal release and fills the defaults', () => {
		const data = schema.parse(valid);
		expect(data.draft).toBe(false);
		expect(data.contacts).toEqual([]);
	});

	it('says a missing title is missing, and how to add it', () => {
		expect(problems({ ...valid, title: undefined })).toEqual([
			'title: title is missing. Add a line like: title: IOM helps victims of trafficking in Guatemala',
		]);
	});

	it('says an empty title is empty', () => {
		expect(problems({ ...valid, title: '   ' })).toEqual([
			'title: title is empty. Write it like: title: IOM helps victims of trafficking in Guatemala',
		]);
	});

	it('rejects a date it cannot read, quoting it', () => {
		expect(problems({ ...valid, date: '16/09/2024' })).toEqual([
			'date: date "16/09/2024" is not a date. Write it as year-month-day, like: date: 2024-09-16',
		]);
		expect(problems({ ...valid, date: '2024-13-45' })).toEqual([
			'date: date "2024-13-45" is not a day of the calendar: check the month and the day, like: date: 2024-09-16',
		]);
		expect(problems({ ...valid, date: '2024-02-30' })).toEqual([
			'date: date "2024-02-30" is not a day of the calendar: check the month and the day, like: date: 2024-09-16',
		]);
	});

	it('accepts a quoted ISO date and an embargo with a time zone', () => {
		const data = schema.parse({
			...valid,
			date: '2024-09-16',
			embargo: '2024-09-16T09:00:00+02:00',
		});
		expect(data.date.toISOString()).toBe('2024-09-16T00:00:00.000Z');
		expect(data.embargo?.toISOString()).toBe('2024-09-16T07:00:00.000Z');
	});

	it('names an unknown country code', () => {
		expect(problems({ ...valid, countries: ['GT', 'XX'] })).toEqual([
			'countries.1: "XX" is not an ISO 3166-1 country code. Use two capital letters, like GT for Guatemala or FR for France.',
		]);
	});

	it('names an unknown topic and lists the known ones', () => {
		const [message] = problems({ ...valid, topics: ['trafficking'] });
		expect(message).toMatch(
			/^topics\.0: "trafficking" is not a known topic\. Use one of: counter-trafficking, /,
		);
		expect(message).toContain('src/i18n/topics.ts');
	});

	it('requires at least one country and one topic', () => {
		expect(problems({ ...valid, countries: [], topics: [] })).toEqual([
			'countries: countries is empty. List at least one country code, like: countries: [GT]',
			'topics: topics is empty. List at least one topic, like: topics: [counter-trafficking]',
		]);
	});

	it('requires alt text and a credit on an image', () => {
		expect(problems({ ...valid, image: { src: './photo.jpg' } })).toEqual([
			'image.alt: image.alt is missing. Add a line like: alt: Two women sewing at a training workshop',
			'image.credit: image.credit is missing. Add a line like: credit: © IOM 2024 / Name',
			'image.licence: image.licence is missing: say under which terms it may be used, one of: cc-by-4.0, cc-by-nc-4.0, cc0-1.0, iom-terms. Add a line like: licence: cc-by-4.0',
		]);
	});

	it('names contacts by the ids of people, each once', () => {
		expect(schema.parse({ ...valid, contacts: ['marina-palma'] }).contacts).toEqual([
			'marina-palma',
		]);
		expect(problems({ ...valid, contacts: [{ name: 'A', email: 'a@example.org' }] })).toEqual([
			'contacts.0: A contact is named by the id of a person, not written out: put the name, email and phone in a person’s file, content/contacts/<id>/index.<language>.md (EDITING.md, "People"), and list the id, like: contacts: [marina-palma]',
		]);
		expect(problems({ ...valid, contacts: ['ana', 'ana'] })).toEqual([
			'contacts: contacts lists ana more than once: list each once.',
		]);
	});

	it('rejects a slug that is not lower-case words and hyphens', () => {
		expect(problems({ ...valid, slug: 'Bad Slug' })).toEqual([
			'slug: slug "Bad Slug" may only hold lower-case letters, digits and single hyphens, like: guatemala-shelter-first-year',
		]);
	});
});

describe('the text fields of a release', () => {
	const retype = 'retype the text around it, or paste the text again as plain text (Ctrl+Shift+V).';

	it('reads every text as NFC, so an accent typed apart is the same letter', () => {
		const data = schema.parse({
			...valid,
			title: 'Cafe\u0301 in Bogota\u0301',
			summary: ' e\u0301te\u0301 ',
			updates: [{ date: '2024-09-20', note: 'Corrige\u0301.' }],
			image: {
				src: './a.jpg',
				alt: 'Cafe\u0301',
				caption: 'E\u0301',
				credit: 'Se\u0301',
				licence: 'cc0-1.0',
			},
			notesToEditors: 'Re\u0301sume\u0301',
		});
		expect(data.title).toBe('Café in Bogotá');
		expect(data.summary).toBe('été');
		expect(data.updates[0]?.note).toBe('Corrigé.');
		expect(data.image).toMatchObject({ alt: 'Café', caption: 'É', credit: 'Sé' });
		expect(data.notesToEditors).toBe('Résumé');
	});

	it('refuses a character no output can carry, saying which one and where', () => {
		expect(
			problems({ ...valid, title: 'A\u0001B', summary: 'x\uFFFF', dateline: '\uD800' }),
		).toEqual([
			`title: title holds an invisible control character (U+0001) at position 2: ${retype}`,
			`summary: summary holds a code that is not a character (U+FFFF) at position 2: ${retype}`,
			`dateline: dateline holds a broken character (U+D800, half of a pair) at position 1: ${retype}`,
		]);
	});

	it('counts a text of invisible characters as empty, naming them', () => {
		expect(problems({ ...valid, title: '\u200B\u00AD\u2060' })).toEqual([
			'title: title is empty: it holds only invisible characters (U+200B, U+00AD, U+2060). Write it like: title: IOM helps victims of trafficking in Guatemala',
		]);
		expect(
			problems({
				...valid,
				image: { src: './a.jpg', alt: 'A', credit: 'B', licence: 'cc0-1.0', caption: '\u200D' },
			}),
		).toEqual([
			'image.caption: image.caption is empty: it holds only invisible characters (U+200D). Write it, or delete the line.',
		]);
	});

	it('keeps a title, a slug and a name in the order they are written: no direction controls', () => {
		expect(problems({ ...valid, title: 'Report \u202Egnp.exe' })).toEqual([
			`title: title holds an invisible direction control (U+202E, right-to-left override) at position 8, which can make the text show in another order than it is written: ${retype}`,
		]);
		// A summary may quote text written right to left.
		expect(problems({ ...valid, summary: 'Il a dit \u2067مرحبا\u2069.' })).toEqual([]);
	});

	it('refuses, in the notes to editors (Markdown), a heading with no text or a reference to such a character', () => {
		expect(problems({ ...valid, notesToEditors: 'Photos on request.\n#' })).toEqual([
			'notesToEditors: Line 2 of notesToEditors is a heading with no text (a # with nothing after it): write the heading after the #, or delete the line.',
		]);
		expect(problems({ ...valid, notesToEditors: 'Call us &#x1B; now. &#65;' })).toEqual([
			'notesToEditors: Line 1 of notesToEditors writes &#x1B;, which stands for an invisible control character (U+001B): delete it.',
		]);
	});

	it('allows line breaks only where a text may run over lines', () => {
		expect(problems({ ...valid, title: 'Two\nlines', dateline: 'Gen\teva' })).toEqual([
			'title: title is one line of text, but holds a line break (U+000A) at position 4: put a space in its place.',
			'dateline: dateline is one line of text, but holds a tab (U+0009) at position 4: put a space in its place.',
		]);
		expect(problems({ ...valid, title: '  One line\n', summary: 'Two\nlines.' })).toEqual([]);
	});

	it('limits a slug to 100 characters, in one sentence', () => {
		expect(problems({ ...valid, slug: 'a'.repeat(299) })).toEqual([
			'slug: slug is 299 characters long, more than the 100 a web address may use: shorten it, like: guatemala-shelter-first-year',
		]);
		expect(problems({ ...valid, slug: 'a'.repeat(100) })).toEqual([]);
	});

	it('says what an empty image or update is, instead of "Expected type object"', () => {
		expect(problems({ ...valid, image: '', updates: ['Fixed'] })).toEqual([
			'updates.0: An update must be written as its date and note after its hyphen, like: - { date: 2024-09-20, note: … }',
			'image: image is empty: write the picture’s src, alt, credit and licence under it, or delete the line.',
		]);
	});

	it('refuses an update written twice', () => {
		const update = { date: '2024-09-20', note: 'Fixed.' };
		expect(
			problems({ ...valid, updates: [update, { ...update, note: 'Other.' }, update] }),
		).toEqual([
			'updates.2: This update repeats updates.0 (same date, same note), and the page would print it twice: delete one of them.',
		]);
	});

	it('accepts an embargo with fractions of a second, and refuses a 60th second', () => {
		const data = schema.parse({ ...valid, embargo: '2026-01-05T09:00:00.250Z' });
		expect(data.embargo?.toISOString()).toBe('2026-01-05T09:00:00.250Z');
		expect(problems({ ...valid, embargo: '2026-01-05T09:00:60Z' })).toEqual([
			'embargo: embargo "2026-01-05T09:00:60Z" is not a real date and time: check it, like: embargo: 2024-09-16T09:00:00+02:00',
		]);
		expect(problems({ ...valid, embargo: '2026-01-05T09:00:00.250' })).toEqual([
			'embargo: embargo "2026-01-05T09:00:00.250" has no time zone, so it would depend on the computer that builds the site: write the time and its zone, like: embargo: 2024-09-16T09:00:00+02:00 (or Z for UTC)',
		]);
	});
});

describe('the page schema', () => {
	it('requires a slug for the page’s URL', () => {
		const result = pageSchema.safeParse({ title: 'Who we are', summary: 'About us.' });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(['slug']);
	});
});
