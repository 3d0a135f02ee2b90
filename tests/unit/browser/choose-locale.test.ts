import { describe, expect, it } from 'vitest';
import { pickLocale } from '../../../src/browser/choose-locale';

describe('choosing a language for a first-time visitor', () => {
	it('takes the first preferred language the site offers, by its primary subtag', () => {
		expect(pickLocale(['de-DE', 'es-MX', 'fr'], ['en', 'fr', 'es'])).toBe('es');
		expect(pickLocale(['FR-ca'], ['en', 'fr', 'es'])).toBe('fr');
	});

	it('offers nothing when no preferred language matches', () => {
		expect(pickLocale(['de', 'it'], ['en', 'fr', 'es'])).toBeUndefined();
		expect(pickLocale([], ['en'])).toBeUndefined();
	});
});
