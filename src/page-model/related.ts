// Related releases: for each release, up to four others in the same language that share the
// most topics and countries with it, newest first among equals. Computed once per build from an
// index of term sets (a topic, a country, or two or three of them together → releases), so the
// cost grows with the number of releases, not with the number of pairs.
import type { Locale } from '../i18n/locales';
import type { ReleaseGroup } from './publishing';

/** How many related releases a page lists. */
export const relatedSize = 4;

/** Sets of up to this many shared terms are indexed; sharing more ranks as sharing this many. */
const deepestSet = 3;

/** The terms a release is filed under, as index keys: `t:<topic>`, `c:<country>`. */
const termsOf = (g: ReleaseGroup<unknown>) =>
	[...new Set([...g.topics.map((t) => `t:${t}`), ...g.countries.map((c) => `c:${c}`)])].sort();

/** Every subset of `terms` with `size` elements, each as one key. */
function subsets(terms: string[], size: number, from = 0): string[] {
	if (size === 0) return [''];
	const out: string[] = [];
	for (let i = from; i <= terms.length - size; i++) {
		for (const rest of subsets(terms, size - 1, i + 1))
			out.push(rest ? `${terms[i]}|${rest}` : (terms[i] ?? ''));
	}
	return out;
}

/**
 * The related releases of every release published in `locale`, among those published in it.
 * `groups` are newest first, as the page model has them; so are the lists returned.
 */
export function relatedReleases<G extends ReleaseGroup<unknown>>(
	groups: G[],
	locale: Locale,
): Map<G, G[]> {
	const own = groups.filter((g) => g.translations[locale]);
	const rank = new Map(own.map((g, i) => [g, i]));
	const index = new Map<string, G[]>();
	const keysOf = new Map<G, string[][]>();
	for (const group of own) {
		const terms = termsOf(group);
		const levels: string[][] = [];
		for (let size = Math.min(deepestSet, terms.length); size >= 1; size--) {
			const keys = subsets(terms, size);
			levels.push(keys);
			for (const key of keys) {
				const list = index.get(key);
				if (list) list.push(group);
				else index.set(key, [group]);
			}
		}
		keysOf.set(group, levels);
	}
	const related = new Map<G, G[]>();
	for (const group of own) {
		const chosen: G[] = [];
		const taken = new Set<G>([group]);
		// Deepest shared set first: a release found there shares more than any found later.
		for (const keys of keysOf.get(group) ?? []) {
			const wanted = relatedSize - chosen.length;
			if (wanted === 0) break;
			const candidates = new Set<G>();
			for (const key of keys) {
				let found = 0;
				for (const other of index.get(key) ?? []) {
					if (taken.has(other) || candidates.has(other)) continue;
					candidates.add(other);
					if (++found === wanted) break;
				}
			}
			const newest = [...candidates]
				.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))
				.slice(0, wanted);
			for (const other of newest) {
				chosen.push(other);
				taken.add(other);
			}
		}
		related.set(group, chosen);
	}
	return related;
}
