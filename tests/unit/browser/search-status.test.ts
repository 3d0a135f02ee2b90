import { describe, expect, it } from 'vitest';
import type { Strings } from '../../../src/browser/search-render';
import { failureStatus, resultsStatus } from '../../../src/browser/search-status';
import { useTranslations } from '../../../src/i18n/translate';

const t = useTranslations('en');
const french = useTranslations('fr');
/** The page's strings as SearchView.astro passes them (only those the status line reads). */
const strings = (translate: typeof t) =>
	({
		results: translate('search.results'),
		resultsOne: translate('search.resultsOne'),
		none: translate('search.none'),
		error: translate('search.error'),
		offlineSome: translate('search.offlineSome'),
		offlineNone: translate('search.offlineNone'),
		needsBuild: translate('search.needsBuild'),
		indexNotSaved: translate('search.indexNotSaved'),
	}) as Strings;

describe('the search page’s status line', () => {
	it('says how many results a search found, one, or none', () => {
		const en = strings(t);
		expect(resultsStatus(en, { total: 0, query: 'shelter', shown: 0, missing: 0 }, 'en')).toBe(
			'No results for “shelter”. Try other words, or search in all languages.',
		);
		expect(resultsStatus(en, { total: 1, query: 'shelter', shown: 1, missing: 0 }, 'en')).toBe(
			'1 result for “shelter”',
		);
		expect(resultsStatus(en, { total: 1234, query: 'shelter', shown: 10, missing: 0 }, 'en')).toBe(
			'1,234 results for “shelter”',
		);
	});

	it('writes the count in the page’s language', () => {
		const status = resultsStatus(
			strings(french),
			{ total: 1234, query: 'abri', shown: 10, missing: 0 },
			'fr',
		);
		expect(status).toContain((1234).toLocaleString('fr'));
		expect(status).toContain('abri');
	});

	it('adds, offline, whether some or none of the results shown are saved on this device', () => {
		const en = strings(t);
		expect(resultsStatus(en, { total: 12, query: 'a', shown: 10, missing: 4 }, 'en')).toBe(
			`12 results for “a”. ${t('search.offlineSome')}`,
		);
		expect(resultsStatus(en, { total: 12, query: 'a', shown: 10, missing: 10 }, 'en')).toBe(
			`12 results for “a”. ${t('search.offlineNone')}`,
		);
	});

	it('explains a failed search: an index not saved offline, no build under astro dev, or an error', () => {
		const en = strings(t);
		expect(failureStatus(en, { notSaved: true, devServer: true })).toBe(t('search.indexNotSaved'));
		expect(failureStatus(en, { notSaved: false, devServer: true })).toBe(t('search.needsBuild'));
		expect(failureStatus(en, { notSaved: false, devServer: false })).toBe(t('search.error'));
	});
});
