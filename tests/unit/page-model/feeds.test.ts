import { describe, expect, it } from 'vitest';
import { absoluteLinks, feedHtml, feedReleases, feedSize } from '../../../src/page-model/feeds';
import type { TopicKey } from '../../../src/i18n/topics';
import { groupReleases } from '../../../src/page-model/publishing';
import { taxonomies } from '../../../src/page-model/taxonomies';

const entry = (id: string, topics: TopicKey[], date = '2024-09-16') => ({
	id,
	data: {
		title: id,
		date: new Date(date),
		draft: false,
		countries: ['CH'],
		topics,
		type: 'press-release' as const,
	},
});
const groups = groupReleases(
	[
		entry('a/en', ['emergencies']),
		entry('a/fr', ['emergencies']),
		entry('b/fr', ['migration-health'], '2024-10-01'),
	],
	{ now: new Date('2025-01-01'), includeDrafts: false },
);

describe('feeds', () => {
	it('list only the releases published in their language, newest first', () => {
		expect(feedReleases(groups, 'fr').map((r) => r.entry.id)).toEqual(['b/fr', 'a/fr']);
		expect(feedReleases(groups, 'en').map((r) => r.entry.id)).toEqual(['a/en']);
		expect(feedReleases(groups, 'es')).toEqual([]);
	});

	it('carry only the latest releases', () => {
		const many = groupReleases(
			Array.from({ length: feedSize + 5 }, (_, i) =>
				entry(`r${i}/en`, ['emergencies'], `2024-01-${String((i % 28) + 1).padStart(2, '0')}`),
			),
			{ now: new Date('2025-01-01'), includeDrafts: false },
		);
		const listed = feedReleases(many, 'en');
		expect(listed).toHaveLength(feedSize);
		expect(listed.map((r) => r.entry.id)).toEqual(
			many.slice(0, feedSize).map((g) => g.translations.en?.entry.id),
		);
	});

	it('keep to their topic, at the route table’s URL', () => {
		const terms = taxonomies.topic.terms(groups);
		const health = terms.find((term) => term.key === 'migration-health');
		expect(feedReleases(health?.groups ?? [], 'fr').map((r) => r.entry.id)).toEqual(['b/fr']);
		expect(terms.find((term) => term.key === 'emergencies')?.feed?.('en')).toBe(
			'/en/topics/emergencies/rss.xml',
		);
	});

	it('make root-relative links absolute, leaving fragments and other sites alone', () => {
		const site = new URL('https://news.example.org');
		expect(
			absoluteLinks(
				'<a href="/fr/pays/">x</a><img src="/_astro/a.jpg"><a href="#note">y</a><a href="//cdn.org/z">z</a><a href="https://iom.int/">w</a>',
				site,
			),
		).toBe(
			'<a href="https://news.example.org/fr/pays/">x</a><img src="https://news.example.org/_astro/a.jpg"><a href="#note">y</a><a href="//cdn.org/z">z</a><a href="https://iom.int/">w</a>',
		);
	});

	it('drop the links headings have to themselves', () => {
		const html =
			'<div class="heading"><h2 id="a">A</h2><a class="heading-anchor" href="#a"><span aria-hidden="true">#</span><span class="visually-hidden">Link to the section “A”</span></a></div><p><a href="/en/">home</a></p>';
		expect(feedHtml(html, new URL('https://x.org'))).toBe(
			'<div class="heading"><h2 id="a">A</h2></div><p><a href="https://x.org/en/">home</a></p>',
		);
	});
});
