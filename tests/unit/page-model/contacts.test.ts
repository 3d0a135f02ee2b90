import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/i18n/locales';
import { contactCards, vcard } from '../../../src/page-model/contacts';
import type { Contact, PublishedGroup } from '../../../src/page-model/releases';

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

describe('the contact cards of a build', () => {
	const release = (folder: string, contacts: Partial<Record<Locale, Contact[]>>) =>
		({
			folder,
			translations: Object.fromEntries(
				Object.entries(contacts).map(([locale, list]) => [
					locale,
					{ locale, entry: { data: { contacts: list } } },
				]),
			),
		}) as unknown as PublishedGroup;
	const ana = { name: 'Ana Pérez', office: 'Press', email: 'ana@example.org' };
	const otherAna = { name: 'Ana Pérez', email: 'ana.perez@example.net' };

	it('are one per person and language, the people told apart by email and phone', () => {
		const groups = [
			release('a', { en: [ana], fr: [{ ...ana, office: 'Presse' }] }),
			release('b', { en: [ana, otherAna] }),
		];
		const { cards, cardOf } = contactCards(groups);
		expect(cards.map((c) => [c.locale, c.url, c.contact.office])).toEqual([
			['en', '/en/contacts/ana-perez.vcf', 'Press'],
			['en', '/en/contacts/ana-perez-2.vcf', undefined],
			['fr', '/fr/contacts/ana-perez.vcf', 'Presse'],
		]);
		expect(cardOf('en', ana)).toBe('/en/contacts/ana-perez.vcf');
		expect(cardOf('en', otherAna)).toBe('/en/contacts/ana-perez-2.vcf');
		expect(cardOf('es', ana)).toBeUndefined();
	});

	it('have a file name of a bounded length, however long the name', () => {
		const long = { name: `Ana ${'Pérez '.repeat(80)}`, email: 'ana@example.org' };
		const [card] = contactCards([release('a', { en: [long] })]).cards;
		expect(card?.url.length).toBeLessThan(90);
		expect(card?.url).toMatch(/^\/en\/contacts\/ana-perez-[a-z-]+\.vcf$/);
	});
});
