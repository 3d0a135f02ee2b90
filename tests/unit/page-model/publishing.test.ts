import { describe, expect, it } from 'vitest';
import {
	groupReleases,
	listingFor,
	pageWindow,
	paginate,
	versionFor,
	type Publishable,
} from '../../../src/page-model/publishing';
import { isPublished } from '../../../src/content-model/publication';

const now = new Date('2025-01-01T12:00:00Z');
const production = { now, includeDrafts: false };

function release(
	id: string,
	overrides: Partial<Publishable> = {},
): { id: string; data: Publishable } {
	return {
		id,
		data: {
			title: `Title of ${id}`,
			date: new Date('2024-09-16'),
			draft: false,
			countries: ['GT'],
			topics: ['counter-trafficking'],
			type: 'press-release',
			...overrides,
		},
	};
}

describe('the publishing rule', () => {
	it('publishes a past release and keeps drafts out of production', () => {
		expect(isPublished(release('a/en').data, production)).toBe(true);
		expect(isPublished(release('a/en', { draft: true }).data, production)).toBe(false);
	});

	it('holds back a release dated in the future', () => {
		expect(isPublished(release('a/en', { date: new Date('2025-01-02') }).data, production)).toBe(
			false,
		);
	});

	it('holds back an embargoed release until the embargo passes, to the second', () => {
		const embargo = new Date('2025-01-01T12:00:01Z');
		expect(isPublished(release('a/en', { embargo }).data, production)).toBe(false);
		expect(isPublished(release('a/en', { embargo }).data, { ...production, now: embargo })).toBe(
			true,
		);
	});

	it('shows drafts and embargoed releases in dev', () => {
		const data = release('a/en', { draft: true, embargo: new Date('2099-01-01') }).data;
		expect(isPublished(data, { now, includeDrafts: true })).toBe(true);
	});
});

describe('release groups', () => {
	const entries = [
		release('older/en', { date: new Date('2023-01-01') }),
		release('newer/fr', { date: new Date('2024-06-01') }),
		release('newer/en', { date: new Date('2024-06-01') }),
		release('b-same-day/en', { date: new Date('2024-06-01') }),
		release('draft/en', { draft: true }),
		release('newer/de'),
	];
	const groups = groupReleases(entries, production);

	it('groups translations by folder, newest first, ties by folder name', () => {
		expect(groups.map((g) => g.folder)).toEqual(['b-same-day', 'newer', 'older']);
		expect(Object.keys(groups[1]!.translations).sort()).toEqual(['en', 'fr']);
	});

	it('gives each translation its localized URL from its slug', () => {
		expect(groups[1]!.translations.fr!.url).toBe('/fr/actualites/title-of-newer-fr/');
	});

	it('lists every release once per locale, in the locale’s language when it exists', () => {
		const fr = listingFor(groups, 'fr');
		expect(fr.map((i) => [i.group.folder, i.release.locale, i.fallback])).toEqual([
			['b-same-day', 'en', true],
			['newer', 'fr', false],
			['older', 'en', true],
		]);
	});

	it('falls back to English first, then to the first language in the locale table', () => {
		const [spanishOnly] = groupReleases([release('x/es'), release('x/fr')], production);
		expect(versionFor(spanishOnly!, 'en').locale).toBe('fr');
		const [all] = groupReleases([release('y/es'), release('y/en')], production);
		expect(versionFor(all!, 'fr').locale).toBe('en');
	});
});

describe('pagination', () => {
	it('splits a list into pages and always has a first page', () => {
		expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
		expect(paginate([], 10)).toEqual([[]]);
	});

	it('links each page to the first, the last and its near neighbours only', () => {
		expect(pageWindow(1, 1)).toEqual([1]);
		expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
		expect(pageWindow(1, 300)).toEqual([1, 2, 3, 300]);
		expect(pageWindow(6, 20)).toEqual([1, 4, 5, 6, 7, 8, 20]);
		expect(pageWindow(300, 300)).toEqual([1, 298, 299, 300]);
	});

	it('keeps the links of a page few, however long the listing', () => {
		for (const pages of [10, 100, 1000]) {
			for (let page = 1; page <= pages; page++) {
				expect(pageWindow(page, pages).length).toBeLessThanOrEqual(7);
			}
		}
	});
});
