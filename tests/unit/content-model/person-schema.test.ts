import { describe, expect, it } from 'vitest';
import { personSchema } from '../../../src/content-model/person-schema';

const valid = { name: 'Ana Pérez', email: 'ana@example.org', region: 'global' };

/** The messages zod gives for `data`, as `field: message`. */
function problems(data: unknown): string[] {
	const result = personSchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('the person schema', () => {
	it('accepts a person with a name, a region and an email or a phone, and fills the defaults', () => {
		expect(personSchema.parse(valid)).toEqual({
			...valid,
			languages: [],
			topics: [],
			listed: false,
		});
		expect(problems({ ...valid, email: undefined, phone: '+41 22 717 9111' })).toEqual([]);
	});

	it('refuses a person journalists cannot reach: no email and no phone', () => {
		expect(problems({ name: 'Ana Pérez', region: 'global' })).toEqual([
			'email: This person has neither an email nor a phone, so journalists cannot reach them: add a line like: email: mpalma@iom.int (or phone: "+502 2314 0041").',
		]);
	});

	it('checks the email, the phone, the region, the languages and the topics', () => {
		expect(
			problems({
				...valid,
				email: 'nope',
				phone: '2314 0041',
				region: 'mars',
				languages: ['Spanish'],
				topics: ['weather'],
			}),
		).toEqual([
			'email: "nope" is not an email address, like: name@iom.int',
			'phone: phone "2314 0041" must be in international form, like: +502 2314 0041',
			'region: region "mars" is not a region of the site. Use one of: global, asia-pacific, central-north-america-caribbean, east-horn-africa, europe-central-asia, middle-east-north-africa, south-america, southern-africa, west-central-africa (or add it to src/i18n/regions.ts).',
			'languages.0: "Spanish" is not a language code. Use ISO 639-1 codes, like: languages: [es, en]',
			'topics.0: "weather" is not a known topic. Use one of: counter-trafficking, child-protection, capacity-building, migrant-assistance, emergencies, migration-health, labour-migration, climate-migration (or add it to src/i18n/topics.ts).',
		]);
	});

	it('reads names as NFC and refuses characters no card can carry', () => {
		expect(
			personSchema.parse({ ...valid, name: 'Jose\u0301', office: 'Bogota\u0301' }),
		).toMatchObject({ name: 'José', office: 'Bogotá' });
		expect(problems({ ...valid, name: 'Ana\rPérez' })).toEqual([
			'name: name holds a stray carriage return (U+000D) at position 4: retype the text around it, or paste the text again as plain text (Ctrl+Shift+V).',
		]);
		expect(problems({ ...valid, office: ' ' })).toEqual([
			'office: office is empty: write it, or delete the line.',
		]);
	});
});
