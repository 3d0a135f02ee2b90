import { describe, expect, it } from 'vitest';
import {
	absoluteLinks,
	feedHtml,
	feedReleases,
	feedSize,
	feedTextLimit,
	feedXml,
	type FeedProps,
} from '../../../src/page-model/feeds';
import type { PublishedRelease } from '../../../src/page-model/releases';
import { xmlProblem } from '../../helpers/xml';
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
		expect(feedHtml(html, 'a-release', new URL('https://x.org'))).toBe(
			'<div class="heading"><h2 id="a">A</h2></div><p><a href="https://x.org/en/">home</a></p>',
		);
	});

	it('show a picture of the text as its original, which Astro leaves as a placeholder only pages render', () => {
		const html =
			'<figure><img __ASTRO_IMAGE_="{&#x22;src&#x22;:&#x22;./photo.jpg&#x22;,&#x22;alt&#x22;:&#x22;A \\&#x22;quoted\\&#x22; &#x26; <b>&#x22;,&#x22;index&#x22;:0}"></figure>';
		expect(feedHtml(html, 'a-release', new URL('https://x.org'))).toBe(
			'<figure><img src="https://x.org/files/a-release/photo.jpg" alt="A &quot;quoted&quot; &amp; &lt;b>"></figure>',
		);
	});

	/** A published release of a feed, with this title, summary and HTML text. */
	const published = (slug: string, title: string, summary: string, html: string) =>
		({
			url: `/en/news/${slug}/`,
			entry: {
				filePath: `content/releases/${slug}/index.en.md`,
				data: {
					title,
					summary,
					date: new Date('2024-09-16'),
					updates: [],
					topics: ['emergencies'],
					media: [],
				},
				rendered: { html },
			},
		}) as unknown as PublishedRelease;

	it('are XML 1.0 whatever reaches them: no character XML forbids is written', async () => {
		const props: FeedProps = {
			url: '/en/news/rss.xml',
			locale: 'en',
			releases: [published('a', 'A\u0001B\uFFFE ]]> </script>', 'S\uD800\u0008', '<p>T\u000B</p>')],
		};
		const xml = await feedXml(props, new URL('https://x.org'));
		expect(xmlProblem(xml)).toBeUndefined();
		expect(xml).toContain('<title>AB ]]&gt; &lt;/script&gt;</title>');
		expect(xml).toContain('<description>S</description>');
	});

	it('carry the lead only of a text longer than the limit', async () => {
		const long = `<p>${'x'.repeat(feedTextLimit)}</p>`;
		const props: FeedProps = {
			url: '/en/news/rss.xml',
			locale: 'en',
			releases: [
				published('a', 'Long', 'Lead.', long),
				published('b', 'Short', 'Lead.', '<p>Text.</p>'),
			],
		};
		const xml = await feedXml(props, new URL('https://x.org'));
		expect(xml.match(/<content:encoded>/g)).toHaveLength(1);
		expect(xml).toContain('<content:encoded>&lt;p&gt;Text.&lt;/p&gt;</content:encoded>');
		expect(xml.length).toBeLessThan(feedTextLimit);
	});
});
