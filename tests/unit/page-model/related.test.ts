import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/i18n/locales';
import type { TopicKey } from '../../../src/i18n/topics';
import type { ReleaseGroup } from '../../../src/page-model/publishing';
import { relatedReleases, relatedSize } from '../../../src/page-model/related';

type Group = ReleaseGroup<null>;

/** A release group in some languages, filed under some topics and countries. */
function group(
	folder: string,
	topics: string[],
	countries: string[],
	languages: Locale[] = ['en'],
): Group {
	return {
		folder,
		date: new Date('2024-01-01'),
		topics: topics as TopicKey[],
		countries,
		type: 'press-release',
		translations: Object.fromEntries(
			languages.map((l) => [
				l,
				{ entry: null, folder, locale: l, slug: folder, url: `/${l}/news/${folder}/` },
			]),
		),
	};
}

const folders = (list: Group[] | undefined) => (list ?? []).map((g) => g.folder);

describe('related releases', () => {
	// Newest first, as the page model passes them.
	const groups = [
		group('newest-same-topic', ['counter-trafficking'], ['MX']),
		group('topic-and-country', ['counter-trafficking'], ['GT']),
		group('the-release', ['counter-trafficking', 'child-protection'], ['GT']),
		group('country-only', ['emergencies'], ['GT']),
		group('nothing-shared', ['labour-migration'], ['FR']),
		group('all-three', ['counter-trafficking', 'child-protection'], ['GT']),
	];

	it('ranks by terms shared, then newest first among equals', () => {
		const related = relatedReleases(groups, 'en');
		expect(folders(related.get(groups[2]!))).toEqual([
			'all-three',
			'topic-and-country',
			'newest-same-topic',
			'country-only',
		]);
		expect(folders(related.get(groups[4]!))).toEqual([]);
	});

	it('lists at most four, and never the release itself', () => {
		const many = Array.from({ length: 9 }, (_, i) =>
			group(`r${i}`, ['counter-trafficking'], ['GT']),
		);
		const related = relatedReleases(many, 'en');
		expect(folders(related.get(many[0]!))).toEqual(['r1', 'r2', 'r3', 'r4']);
		expect(folders(related.get(many[8]!))).toEqual(['r0', 'r1', 'r2', 'r3']);
		expect(relatedSize).toBe(4);
	});

	it('looks only among releases published in the same language', () => {
		const mixed = [
			group('english-only', ['counter-trafficking'], ['GT'], ['en']),
			group('both', ['counter-trafficking'], ['GT'], ['en', 'fr']),
			group('french-only', ['counter-trafficking'], ['GT'], ['fr']),
		];
		expect(folders(relatedReleases(mixed, 'fr').get(mixed[1]!))).toEqual(['french-only']);
		expect(folders(relatedReleases(mixed, 'en').get(mixed[1]!))).toEqual(['english-only']);
		expect(relatedReleases(mixed, 'fr').has(mixed[0]!)).toBe(false);
	});

	it('gives what comparing every pair gives (shared terms counted up to three)', () => {
		const topics = ['counter-trafficking', 'child-protection', 'emergencies', 'labour-migration'];
		const countries = ['GT', 'MX', 'FR', 'CH', 'SV'];
		const release = fc.record({
			topics: fc.subarray(topics, { minLength: 1 }),
			countries: fc.subarray(countries, { minLength: 1 }),
		});
		fc.assert(
			fc.property(fc.array(release, { maxLength: 30 }), (specs) => {
				const list = specs.map((s, i) => group(`g${i}`, s.topics, s.countries));
				const terms = (g: Group) => new Set([...g.topics, ...g.countries]);
				const shared = (a: Group, b: Group) =>
					Math.min(3, [...terms(a)].filter((t) => terms(b).has(t)).length);
				const related = relatedReleases(list, 'en');
				for (const [i, g] of list.entries()) {
					const expected = list
						.map((other, rank) => ({ other, rank, score: shared(g, other) }))
						.filter((c) => c.other !== g && c.score > 0)
						.sort((a, b) => b.score - a.score || a.rank - b.rank)
						.slice(0, relatedSize)
						.map((c) => c.other.folder);
					expect(folders(related.get(g)), `g${i}`).toEqual(expected);
				}
			}),
			{ numRuns: 200 },
		);
	});
});
