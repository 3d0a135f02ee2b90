import { describe, expect, it } from 'vitest';
import { releaseSpecs } from '../../../src/cms/fields';
import { pageSpecs } from '../../../src/cms/page-fields';
import { checkTranslations, missingFields } from '../../../src/cms/translation-check';
import { useTranslations } from '../../../src/i18n/translate';

describe('a translation in the web editor', () => {
	it('not started (no title, no text) is not checked: the build skips it too', () => {
		expect(missingFields(releaseSpecs, {})).toEqual([]);
		expect(missingFields(releaseSpecs, { date: '2026-11-30', countries: ['GT'] })).toEqual([]);
		expect(missingFields(pageSpecs, { title: '  ', body: '' })).toEqual([]);
	});

	it('started must have every required field of its language, at any depth', () => {
		expect(missingFields(releaseSpecs, { title: 'Un titre' })).toEqual([
			'cms.field.summary',
			'cms.field.dateline',
			'cms.field.body',
		]);
		const complete = { title: 'T', summary: 'S', dateline: 'D', body: 'B' };
		expect(missingFields(releaseSpecs, complete)).toEqual([]);
		const picture = { src: 'p.jpg', alt: ' ', credit: '© IOM', licence: 'cc-by-4.0' };
		expect(missingFields(releaseSpecs, { ...complete, image: picture })).toEqual(['cms.field.alt']);
		const updates = [{ date: '2026-12-01', note: '' }];
		expect(missingFields(releaseSpecs, { ...complete, updates })).toEqual([
			'cms.field.whatChanged',
		]);
	});

	it('is refused in the editor’s language, naming the language and the fields', () => {
		const data = { en: { title: 'T' }, fr: { title: 'Un titre' }, es: {} } as const;
		expect(() => checkTranslations(releaseSpecs, (l) => data[l], 'fr')).toThrow(
			useTranslations('fr')('cms.translationIncomplete', {
				language: 'français',
				fields: '«\u202fChapeau\u202f», «\u202fLieu\u202f» et «\u202fTexte\u202f»',
			}),
		);
		expect(() => checkTranslations(releaseSpecs, (l) => data[l], 'en')).toThrow(
			'The French translation is started but not finished. Fill in “Summary”, “Dateline”, and “Text” in its pane too',
		);
		expect(() => checkTranslations(releaseSpecs, () => ({}), 'es')).not.toThrow();
	});
});
