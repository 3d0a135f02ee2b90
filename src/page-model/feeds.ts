import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { topics, type TopicKey } from '../i18n/topics';
import { useTranslations } from '../i18n/translate';
import { langOf, locales, type Locale } from '../i18n/locales';
import { fileParam, url } from '../i18n/routes';
import type { Release, ReleaseGroup } from './publishing';
import { getReleaseGroups, type PublishedGroup } from './releases';

/** Which feed an endpoint renders: a locale's, or one topic's in a locale. */
export type FeedProps = {
	locale: Locale;
	topic?: TopicKey;
};

/** The URL of a feed, from the route table. */
export const feedUrl = ({ locale, topic }: FeedProps): string =>
	topic ? url('topicFeed', locale, { topic }) : url('feed', locale);

/**
 * How many releases a feed carries. Feed readers poll for what is new; the full archive, in full
 * text, would make each feed grow without bound (45 MB of feeds at 1,000 releases a language).
 */
export const feedSize = 50;

/**
 * The releases a feed lists: the latest `feedSize` published in the feed's language (a feed
 * never carries text in another language), of one topic when it has one, newest first as
 * `groups` are.
 */
export function feedReleases<Entry>(
	groups: ReleaseGroup<Entry>[],
	{ locale, topic }: FeedProps,
): Release<Entry>[] {
	return groups
		.filter((group) => !topic || group.topics.includes(topic))
		.flatMap((group) => group.translations[locale] ?? [])
		.slice(0, feedSize);
}

/**
 * Makes the root-relative links and sources of rendered HTML absolute, since feed readers show
 * the content away from the site.
 * @example absoluteLinks('<a href="/fr/">', new URL('https://x.org')) // => '<a href="https://x.org/fr/">'
 */
export function absoluteLinks(html: string, site: URL): string {
	return html.replace(
		/\b(href|src)="(\/(?!\/)[^"]*)"/g,
		(_, name: string, path: string) => `${name}="${new URL(path, site).href}"`,
	);
}

/**
 * A release body as a feed carries it: without the links headings get to themselves
 * (src/markdown/rehype-links.ts), whose hidden label feed readers would show, and with
 * absolute links.
 * @example feedHtml('<h2 id="a">A</h2><a class="heading-anchor" href="#a">#</a>', site) // => '<h2 id="a">A</h2>'
 */
export function feedHtml(html: string, site: URL): string {
	return absoluteLinks(html.replace(/<a class="heading-anchor"[^>]*>[\s\S]*?<\/a>/g, ''), site);
}

/** Every feed of the site: one per locale, and one per topic with releases per locale. */
export async function feedRoutes(): Promise<{ params: { feed: string }; props: FeedProps }[]> {
	const groups = await getReleaseGroups();
	const used = new Set(groups.flatMap((g) => g.topics as TopicKey[]));
	const feeds: FeedProps[] = locales.flatMap((locale) => [
		{ locale },
		...(Object.keys(topics) as TopicKey[])
			.filter((t) => used.has(t))
			.map((topic) => ({ locale, topic })),
	]);
	return feeds.map((props) => ({ params: { feed: fileParam(feedUrl(props), '.xml') }, props }));
}

/** The options of @astrojs/rss for one feed: localized channel, full-text items, topic categories. */
export async function feedOptions(props: FeedProps, site: URL): Promise<RSSOptions> {
	const { locale, topic } = props;
	const t = useTranslations(locale);
	const groups: PublishedGroup[] = await getReleaseGroups();
	const label = topic ? topics[topic][locale].label : '';
	const items: RSSFeedItem[] = feedReleases(groups, props).map((release) => {
		const { data, rendered, filePath } = release.entry;
		if (rendered?.html === undefined)
			throw new Error(`${filePath ?? release.url} has no HTML body.`);
		return {
			title: data.title,
			link: release.url,
			pubDate: data.date,
			description: data.summary,
			content: feedHtml(rendered.html, site),
			categories: data.topics.map((key) => topics[key][locale].label),
		};
	});
	const self = new URL(feedUrl(props), site).href;
	return {
		title: topic ? t('feed.topicTitle', { topic: label }) : t('feed.title'),
		description: topic ? t('feed.topicDescription', { topic: label }) : t('feed.description'),
		site: new URL(topic ? url('topic', locale, { topic }) : url('news', locale), site).href,
		items,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: [
			`<language>${langOf(locale)}</language>`,
			`<atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
		].join(''),
		trailingSlash: true,
	};
}
