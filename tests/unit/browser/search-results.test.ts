import { describe, expect, it } from 'vitest';
import { mergeFilters, ranking, type Hit } from '../../../src/browser/search-results';

/** A result of one index, counting how often its data is loaded. */
const loads: string[] = [];
function hit(url: string, score: number, published?: string): Hit {
	return {
		score,
		data: () => {
			loads.push(url);
			return url.includes('broken')
				? Promise.reject(new Error('fragment not saved'))
				: Promise.resolve({ url, excerpt: '', meta: published ? { published } : {} });
		},
	};
}
const urls = (loaded: PromiseSettledResult<{ url: string }>[]) =>
	loaded.map((l) => (l.status === 'fulfilled' ? l.value.url : 'failed'));

describe('search results over one or several indexes', () => {
	it('keeps one index’s order, a batch at a time', async () => {
		const results = ranking([[hit('/en/a/', 1), hit('/en/b/', 5), hit('/en/c/', 3)]], false);
		expect(results.total).toBe(3);
		expect(urls(await results.next(2))).toEqual(['/en/a/', '/en/b/']);
		expect(urls(await results.next(2))).toEqual(['/en/c/']);
		expect(await results.next(2)).toEqual([]);
	});

	it('merges several indexes by score', async () => {
		const results = ranking(
			[
				[hit('/en/a/', 9), hit('/en/b/', 2)],
				[hit('/fr/a/', 5), hit('/fr/b/', 1)],
			],
			false,
		);
		expect(results.total).toBe(4);
		expect(urls(await results.next(10))).toEqual(['/en/a/', '/fr/a/', '/en/b/', '/fr/b/']);
	});

	it('merges several indexes newest first, loading only what it hands out', async () => {
		loads.length = 0;
		const results = ranking(
			[
				[hit('/en/a/', 0, '2024-09-16'), hit('/en/b/', 0, '2023-01-02'), hit('/en/page/', 0)],
				[
					hit('/fr/a/', 0, '2024-10-01'),
					hit('/fr/b/', 0, '2024-09-16'),
					hit('/fr/c/', 0, '2020-05-05'),
				],
				[hit('/es/a/', 0, '2024-02-01')],
			],
			true,
		);
		expect(urls(await results.next(2))).toEqual(['/fr/a/', '/en/a/']);
		// The three heads, then the French one after the first handed out: not the other three.
		expect(loads.sort()).toEqual(['/en/a/', '/es/a/', '/fr/a/', '/fr/b/']);
		expect(urls(await results.next(10))).toEqual([
			'/fr/b/',
			'/es/a/',
			'/en/b/',
			'/fr/c/',
			// Pages have no publication date: they come last.
			'/en/page/',
		]);
	});

	it('hands out a result that failed to load as failed, in both orders', async () => {
		for (const newest of [false, true]) {
			const results = ranking(
				[[hit('/en/a/', 3, '2024-01-01')], [hit('/fr/broken/', 2, '2023-01-01')]],
				newest,
			);
			const loaded = await results.next(5);
			expect(urls(loaded).sort(), String(newest)).toEqual(['/en/a/', 'failed']);
			const failed = loaded.find((l) => l.status === 'rejected');
			expect(failed?.status === 'rejected' && String(failed.reason)).toBe(
				'Error: fragment not saved',
			);
		}
	});

	it('adds up the filter counts of several indexes', () => {
		expect(
			mergeFilters([
				{ year: { '2024': 2, '2023': 1 }, language: { en: 3 } },
				{ year: { '2024': 4 }, language: { fr: 4 } },
			]),
		).toEqual({ year: { '2024': 6, '2023': 1 }, language: { en: 3, fr: 4 } });
	});
});
