import { maxTitleSlug } from '../../../src/content-model/ids';
import { describe, expect, it, vi } from 'vitest';
import {
	countryName,
	formatDate,
	formatNumber,
	isCountryCode,
	isoDate,
	slugify,
} from '../../../src/i18n/format';

describe('Intl helpers', () => {
	it('accepts current ISO 3166-1 codes, Kosovo included', () => {
		for (const code of ['GT', 'FR', 'ES', 'US', 'CI', 'XK'])
			expect(isCountryCode(code), code).toBe(true);
	});

	it('rejects groupings, reserved, deprecated, lower-case and unknown codes', () => {
		for (const code of [
			'EU',
			'UN',
			'ZZ',
			'QO',
			'IC',
			'SU',
			'YU',
			'AN',
			'UK',
			'gt',
			'GTM',
			'AA',
			'',
		]) {
			expect(isCountryCode(code), code).toBe(false);
		}
	});

	it('names countries in the reader’s language', () => {
		expect(countryName('DE', 'fr')).toBe('Allemagne');
		expect(countryName('DE', 'es')).toBe('Alemania');
		expect(countryName('GT', 'en')).toBe('Guatemala');
	});

	it('writes dates as each language does, on the UTC calendar day', () => {
		const date = new Date('2024-09-16T23:30:00Z');
		expect(formatDate(date, 'en')).toBe('16 September 2024');
		expect(formatDate(date, 'fr')).toBe('16 septembre 2024');
		expect(formatDate(date, 'es')).toBe('16 de septiembre de 2024');
		expect(isoDate(date)).toBe('2024-09-16');
	});

	it('groups digits as each language does', () => {
		expect(formatNumber(1000, 'fr')).toBe('1\u202f000');
		expect(formatNumber(1000, 'en')).toBe('1,000');
	});

	it('makes ASCII slugs from any of the three languages', () => {
		expect(slugify("L'OIM aide les victimes de traite")).toBe('l-oim-aide-les-victimes-de-traite');
		expect(slugify('Protección de la infancia')).toBe('proteccion-de-la-infancia');
		expect(slugify('Main-d’œuvre : 65 ans !')).toBe('main-d-oeuvre-65-ans');
		expect(slugify('  --  ')).toBe('');
	});

	it('makes one date and number formatter per language, however many values it formats', () => {
		// A build formats a date for every release card: constructing Intl formatters each time
		// showed up in the profile of large builds (BENCHMARKS.md).
		const dates = vi.spyOn(Intl, 'DateTimeFormat');
		const numbers = vi.spyOn(Intl, 'NumberFormat');
		for (let day = 1; day <= 28; day++) {
			for (const locale of ['en', 'fr', 'es'] as const) {
				formatDate(new Date(Date.UTC(2024, 1, day)), locale);
				formatNumber(day * 1000, locale);
			}
		}
		expect(dates.mock.calls.length).toBeLessThanOrEqual(3);
		expect(numbers.mock.calls.length).toBeLessThanOrEqual(3);
		vi.restoreAllMocks();
	});

	it('looks each country up in Intl once, however often it is named or checked', () => {
		const lookups = vi.spyOn(Intl.DisplayNames.prototype, 'of');
		for (let i = 0; i < 50; i++) {
			expect(countryName('BO', 'es')).toBe('Bolivia');
			expect(isCountryCode('BO')).toBe(true);
		}
		expect(lookups.mock.calls.length).toBeLessThanOrEqual(2);
		vi.restoreAllMocks();
	});
});

// The seed's title, whose slug the importer once cut as '…-des-responsables-a'.
const seedTitle =
	"L'OIM aide les victimes de traite et renforce la capacité des responsables à poursuivre les trafiquants au Guatemala";

describe('a slug made from a long title', () => {
	it('is cut between words, never on a short word like "à", "de" or "the"', () => {
		expect(slugify(seedTitle, maxTitleSlug)).toBe(
			'l-oim-aide-les-victimes-de-traite-et-renforce-la-capacite-des-responsables',
		);
		expect(slugify('IOM helps the victims of trafficking', 25)).toBe('iom-helps-the-victims');
		expect(slugify('Aid to the people', 11)).toBe('aid');
		expect(slugify('Ayuda de la OIM a las víctimas y sus familias', 33)).toBe(
			'ayuda-de-la-oim-a-las-victimas',
		);
		expect(slugify(seedTitle, maxTitleSlug).length).toBeLessThanOrEqual(maxTitleSlug);
	});

	it('is left whole when it fits, short words included', () => {
		expect(slugify("L'OIM ouvre un refuge à Genève", maxTitleSlug)).toBe(
			'l-oim-ouvre-un-refuge-a-geneve',
		);
		expect(slugify('Aid for the', maxTitleSlug)).toBe('aid-for-the');
	});
});
