// The one file-name rule of content: `<folder>/index.<language>.md`, entry ids `<folder>/<language>`.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { entryId, entryPath, fileLanguage, languageFile } from '../../../src/i18n/language-files';
import { isUnwritten } from '../../../src/content-model/translations';

describe('language files', () => {
	it('names each language’s file, and reads the language back from the name', () => {
		expect(languageFile('fr')).toBe('index.fr.md');
		expect(fileLanguage('index.fr.md')).toBe('fr');
		expect(fileLanguage('index.de.md')).toBe('de');
		expect(fileLanguage('fr.md')).toBeUndefined();
		expect(fileLanguage('index.fr.markdown')).toBeUndefined();
	});

	it('gives every file its own entry id, and finds the file of an id again', () => {
		expect(entryId('guatemala/index.fr.md')).toBe('guatemala/fr');
		// A name of another form keeps it: never the id of a well-named file.
		expect(entryId('guatemala/fr.md')).toBe('guatemala/fr.md');
		const name = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
		fc.assert(
			fc.property(name, fc.constantFrom('en', 'fr', 'es', 'de'), (folder, locale) => {
				const path = `${folder}/${languageFile(locale)}`;
				expect(entryPath(entryId(path))).toBe(path);
			}),
		);
	});

	it('tells a language nobody has written yet (no title, no text) from a file with a mistake', () => {
		expect(isUnwritten({ date: '2026-11-30', countries: ['GT'] }, '\n')).toBe(true);
		expect(isUnwritten({ title: ' ' }, '')).toBe(true);
		expect(isUnwritten({ title: 'Titre' }, '')).toBe(false);
		expect(isUnwritten({}, 'Un paragraphe sans titre.')).toBe(false);
	});
});
