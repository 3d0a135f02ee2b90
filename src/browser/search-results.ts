/**
 * How the search page combines what one or several Pagefind indexes return (one index per
 * language; "search in all languages" asks all three). Pure functions, unit-tested in
 * tests/unit/browser/search-results.test.ts.
 */

/** One search result before its data is loaded. */
export interface Hit {
	score: number;
	data(): Promise<PagefindResult>;
}

/** What Pagefind returns about one result once loaded. */
export interface PagefindResult {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
}

/** Filter values and their counts over several indexes, added up. */
export function mergeFilters(all: Record<string, Record<string, number>>[]) {
	const merged: Record<string, Record<string, number>> = {};
	for (const filters of all)
		for (const [key, values] of Object.entries(filters))
			for (const [value, count] of Object.entries(values)) {
				merged[key] ??= {};
				merged[key][value] = (merged[key][value] ?? 0) + count;
			}
	return merged;
}

type Loaded = PromiseSettledResult<PagefindResult>;

/**
 * The results of one search over one or several indexes, in order, a batch at a time. One index
 * keeps Pagefind's order. Several are merged by score, or, newest first, by each head's
 * publication date (read from its data, so only the results shown are loaded).
 */
export function ranking(lists: Hit[][], newest: boolean) {
	const settle = (hit: Hit): Promise<Loaded> =>
		hit.data().then(
			(value) => ({ status: 'fulfilled', value }),
			(reason: unknown) => ({ status: 'rejected', reason }),
		);
	const total = lists.reduce((n, list) => n + list.length, 0);
	if (lists.length === 1 || !newest) {
		const hits = lists.length === 1 ? lists[0]! : lists.flat().sort((a, b) => b.score - a.score);
		let at = 0;
		return {
			total,
			next(n: number) {
				const slice = hits.slice(at, at + n);
				at += slice.length;
				return Promise.all(slice.map(settle));
			},
		};
	}
	const heads = lists.map((list) => ({
		list,
		at: 0,
		data: undefined as Promise<Loaded> | undefined,
	}));
	const published = (loaded: Loaded) =>
		loaded.status === 'fulfilled' ? (loaded.value.meta.published ?? '') : '';
	async function one(): Promise<Loaded | undefined> {
		const live = heads.filter((h) => h.at < h.list.length);
		if (live.length === 0) return undefined;
		const loaded = await Promise.all(live.map((h) => (h.data ??= settle(h.list[h.at]!))));
		// A result that failed to load goes first, to be counted and skipped.
		let best = loaded.findIndex((l) => l.status === 'rejected');
		if (best < 0)
			best = loaded.reduce((b, l, i) => (published(l) > published(loaded[b]!) ? i : b), 0);
		const head = live[best]!;
		head.at++;
		head.data = undefined;
		return loaded[best];
	}
	return {
		total,
		async next(n: number) {
			const out: Loaded[] = [];
			while (out.length < n) {
				const loaded = await one();
				if (!loaded) break;
				out.push(loaded);
			}
			return out;
		},
	};
}
