// The web editor's interface speaks the press officer's language: the one she chose (in the
// address, then remembered), else her browser's first language the site has, else English; and
// Decap's own phrases it lacks in French and Spanish are filled in without overriding Decap's.
import { describe, expect, it } from 'vitest';
import enPhrases from 'decap-cms-locales/src/en/index.js';
import { decapPhrases, withPhrases, type Phrases } from '../../../src/cms/decap-phrases';
import { configFile, editorLocale, localeOfTag } from '../../../src/cms/languages';

/** Every phrase of a nested set, by its dotted key. */
const flat = (phrases: Phrases, prefix = ''): [string, string][] =>
	Object.entries(phrases).flatMap(([key, value]) =>
		typeof value === 'string' ? [[`${prefix}${key}`, value]] : flat(value, `${prefix}${key}.`),
	);

describe('the language of the web editor', () => {
	it('is the one asked in the address, then the one remembered', () => {
		expect(editorLocale({ asked: 'es', remembered: 'fr', preferred: ['en'] })).toBe('es');
		expect(editorLocale({ asked: null, remembered: 'fr', preferred: ['en'] })).toBe('fr');
		expect(editorLocale({ asked: 'de', remembered: 'fr' })).toBe('fr');
	});

	it('is else the first of the browser’s languages the site has, else English', () => {
		expect(editorLocale({ preferred: ['de-DE', 'es-PA', 'fr-FR'] })).toBe('es');
		expect(editorLocale({ preferred: ['fr-FR', 'en-GB'] })).toBe('fr');
		expect(editorLocale({ preferred: ['de-DE', 'it'] })).toBe('en');
		expect(editorLocale({})).toBe('en');
		expect(localeOfTag('FR-ca')).toBe('fr');
		expect(localeOfTag('')).toBeUndefined();
	});

	it('names a configuration file per language, English keeping Decap’s default name', () => {
		expect(['en', 'fr', 'es'].map((l) => configFile(l as 'en'))).toEqual([
			'config.yml',
			'config.fr.yml',
			'config.es.yml',
		]);
	});
});

describe('Decap’s phrases in French and Spanish', () => {
	const english = new Map(flat(enPhrases as Phrases));

	it('are added only under Decap’s own keys, with its placeholders', () => {
		const placeholders = (s: string) => [...s.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const phrases of Object.values(decapPhrases)) {
			for (const [key, text] of flat(phrases ?? {})) {
				expect(english.has(key), key).toBe(true);
				expect(placeholders(text), key).toEqual(placeholders(english.get(key) ?? ''));
			}
		}
	});

	it('fill what Decap lacks and leave what it has', () => {
		const own = { editor: { a: 'Décap', b: { c: 'C' } } };
		const added = { editor: { a: 'Ours', b: { d: 'D' } }, ui: { e: 'E' } };
		expect(withPhrases(own, added)).toEqual({
			editor: { a: 'Décap', b: { c: 'C', d: 'D' } },
			ui: { e: 'E' },
		});
	});
});
