import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/i18n/locales';
import { namedBy, publishedPeople, vcard } from '../../../src/page-model/contacts';
import type { PersonEntry } from '../../../src/page-model/people';
import type { PublishedGroup } from '../../../src/page-model/releases';

const parse = (text: string) => new ICAL.Component(ICAL.parse(text) as unknown[]);

describe('a vCard', () => {
	it('escapes the characters vCard reserves, and a parser reads the values back', () => {
		const card = parse(
			vcard(
				{ name: 'Ana Pérez', office: 'Office; Press, Media \\ Desk', email: 'ana@example.org' },
				'IOM',
			),
		);
		expect(card.getFirstPropertyValue('fn')).toBe('Ana Pérez');
		expect(card.getFirstProperty('org')?.getValues()).toEqual([
			['IOM', 'Office; Press, Media \\ Desk'],
		]);
	});

	it('folds lines over 75 octets without cutting a character in two', () => {
		const office =
			'Oficina Regional para Centroamérica, Norteamérica y el Caribe — Área de Comunicación';
		const text = vcard({ name: 'José Núñez', office, phone: '+506 2212 5300' }, 'OIM');
		const lines = text.split('\r\n');
		expect(text.endsWith('\r\n')).toBe(true);
		for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
		expect(lines.some((line) => line.startsWith(' '))).toBe(true);
		expect(text).not.toContain('\uFFFD');
		const card = parse(text);
		expect(card.getFirstProperty('org')?.getValues()).toEqual([['OIM', office]]);
		expect(card.getFirstPropertyValue('tel')).toBe('tel:+50622125300');
		expect(card.getFirstPropertyValue('email')).toBeNull();
	});

	it('never lets a value start a line: every line break is escaped, a lone carriage return too', () => {
		const text = vcard(
			{ name: 'Ana;\rPérez, \\', office: 'Press;\r\nDesk\nTwo', email: 'ana@example.org' },
			'IOM\u0001',
		);
		const card = parse(text);
		// BEGIN, VERSION and END aside: FN, N, ORG and EMAIL, as many as a clean card has.
		expect(card.getAllProperties().map((p) => p.name)).toEqual([
			'version',
			'fn',
			'n',
			'org',
			'email',
		]);
		expect(card.getFirstPropertyValue('fn')).toBe('Ana;\nPérez, \\');
		expect(card.getFirstProperty('org')?.getValues()).toEqual([['IOM', 'Press;\nDesk\nTwo']]);
		expect(text.split('\r\n').every((line) => !/[\r\n]/.test(line))).toBe(true);
	});

	it('takes the last word of a name as the family name, and one word as a given name', () => {
		const card = parse(vcard({ name: 'Marina del Carmen Palma', email: 'm@example.org' }, 'IOM'));
		expect(card.getFirstProperty('n')?.getValues()).toEqual([
			['Palma', 'Marina del Carmen', '', '', ''],
		]);
		const single = parse(vcard({ name: 'Desk', email: 'desk@example.org' }, 'IOM'));
		expect(single.getFirstProperty('n')?.getValues()).toEqual([['', 'Desk', '', '', '']]);
	});
});

describe('the people a build publishes', () => {
	const release = (folder: string, contacts: Partial<Record<Locale, string[]>>) =>
		({
			folder,
			translations: Object.fromEntries(
				Object.entries(contacts).map(([locale, list]) => [
					locale,
					{ locale, entry: { data: { contacts: list } } },
				]),
			),
		}) as unknown as PublishedGroup;
	const person = (id: string, data: Record<string, unknown>) =>
		({
			id,
			data: { region: 'global', languages: [], topics: [], listed: false, ...data },
		}) as unknown as PersonEntry;
	const entries = [
		person('ana-perez/en', { name: 'Ana Pérez', office: 'Press', email: 'ana@example.org' }),
		person('ana-perez/fr', { name: 'Ana Pérez', office: 'Presse', email: 'ana@example.org' }),
		person('bo-li/en', { name: 'Bo Li', phone: '+41 22 717 9111', listed: true }),
		person('unnamed/en', { name: 'Cy Unnamed', email: 'cy@example.org' }),
	];

	it('are those named by a published release, and those listed, one card per language', () => {
		const { people, personOf } = publishedPeople(
			entries,
			namedBy([release('a', { en: ['ana-perez'], fr: ['ana-perez'] })]),
		);
		expect(people.map((p) => [p.locale, p.url, p.office])).toEqual([
			['en', '/en/contacts/ana-perez.vcf', 'Press'],
			['fr', '/fr/contacts/ana-perez.vcf', 'Presse'],
			['en', '/en/contacts/bo-li.vcf', undefined],
		]);
		expect(personOf('ana-perez', 'fr')?.office).toBe('Presse');
		expect(personOf('unnamed', 'en')).toBeUndefined();
	});

	it('leave out a person only an unpublished release names', () => {
		const { people } = publishedPeople(entries, namedBy([]));
		expect(people.map((p) => p.id)).toEqual(['bo-li']);
	});
});
