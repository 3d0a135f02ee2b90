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
		]);
	});

	it('checks contacts: an email or a phone, well formed', () => {
		expect(problems({ ...valid, contacts: [{ name: 'A' }] })).toEqual([
			'contacts.0: A contact needs an email or a phone number (or both).',
		]);
		expect(
			problems({ ...valid, contacts: [{ name: 'A', email: 'nope', phone: '2314 0041' }] }),
		).toEqual([
			'contacts.0.email: "nope" is not an email address, like: name@iom.int',
			'contacts.0.phone: phone "2314 0041" must be in international form, like: +502 2314 0041',
		]);
	});

	it('rejects a slug that is not lower-case words and hyphens', () => {
		expect(problems({ ...valid, slug: 'Bad Slug' })).toEqual([
			'slug: slug "Bad Slug" may only hold lower-case letters, digits and single hyphens, like: guatemala-shelter-first-year',
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
