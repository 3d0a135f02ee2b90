// The RSS feeds: one per locale, and one per term of each taxonomy that has feeds (topics), per
// locale. The props of a feed carry its releases, so the endpoint renders from them alone.
import { getRssString, type RSSFeedItem, type RSSOptions } from '@astrojs/rss';
import { langOf, locales, type Locale } from '../i18n/locales';
import { fileParam, url } from '../i18n/routes';
import { topics } from '../i18n/topics';
import { useTranslations } from '../i18n/translate';
import type { Release, ReleaseGroup } from './publishing';
import type { PublishedGroup, PublishedRelease } from './releases';
import { getSiteContent } from './site-content';
import { lastUpdate } from './publishing';
import { enclosures, xmlAttribute } from './material';
import { plainName } from '../content-model/media-checks';
import { mediaFile } from '../i18n/file-routes';
import { taxonomies, taxonomyList, type TaxonomyKey } from './taxonomies';

/** The term a feed is about, in the feed's language. */
export interface FeedTerm {
	taxonomy: TaxonomyKey;
	/** The term's label (a topic's name…). */
	label: string;
	/** The term's listing page, the feed's channel link. */
	page: string;
}

/** One feed: its URL, language, term (none for all releases) and the releases it lists. */
export type FeedProps = {
	url: string;
	locale: Locale;
	term?: FeedTerm | undefined;
	releases: PublishedRelease[];
};

/**
 * How many releases a locale's feed carries, in full text. Feed readers poll for what is new;
 * the full archive would make each feed grow with the archive, without bound.
 */
export const feedSize = 50;

/**
 * How many releases the feed of a term (a topic, a country) carries, each with its lead only and
 * a link to the page: there are as many such feeds as terms, and in full text they would weigh
 * more than the rest of the archive's feeds together.
 */
export const termFeedSize = 20;

/**
 * The most HTML of a release's text a locale's feed carries, in characters; a longer text (the
 * content model allows 200 KB of Markdown) gives its lead only, like a term's feed, so that no
 * one release can make the feed that every reader polls weigh megabytes.
 */
export const feedTextLimit = 100_000;

/**
 * The releases a feed lists: the latest `size` of `groups` published in the feed's language
 * (a feed never carries text in another language), newest first as `groups` are.
 */
export function feedReleases<Entry>(
	groups: ReleaseGroup<Entry>[],
	locale: Locale,
	size = feedSize,
): Release<Entry>[] {
	const releases: Release<Entry>[] = [];
	for (const group of groups) {
		const release = group.translations[locale];
		if (release) releases.push(release);
		if (releases.length === size) break;
	}
	return releases;
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

/** An attribute value as hast-util-to-html writes it, decoded (character references). */
const attributeText = (value: string) =>
	value
		.replace(/&#x([\da-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
		.replace(/&amp;/g, '&');

/**
 * A picture of the text as a feed carries it: Astro leaves each one as a placeholder that only a
 * page renders (`<img __ASTRO_IMAGE_="{…}">`), so the feed shows the original the release's
 * folder serves (src/pages/files/, every picture of a text being in its `media:`).
 */
const feedPicture = (folder: string) => (_: string, value: string) => {
	const { src, alt } = JSON.parse(attributeText(value)) as { src: string; alt?: string };
	return `<img src="${xmlAttribute(mediaFile(folder, plainName(src)))}" alt="${xmlAttribute(alt ?? '')}">`;
};

/**
 * A release body as a feed carries it: without the links headings get to themselves
 * (src/markdown/rehype-links.ts), whose hidden label feed readers would show, with its pictures
 * (`feedPicture`) and with absolute links.
 * @example feedHtml('<h2 id="a">A</h2><a class="heading-anchor" href="#a">#</a>', 'x', site) // => '<h2 id="a">A</h2>'
 */
export function feedHtml(html: string, folder: string, site: URL): string {
	return absoluteLinks(
		html
			.replace(/<a class="heading-anchor"[^>]*>[\s\S]*?<\/a>/g, '')
			.replace(/<img __ASTRO_IMAGE_="([^"]*)">/g, feedPicture(folder)),
		site,
	);
}

/** Every feed of the site: one per locale, and one per term with releases, per locale. */
export async function feedRoutes(): Promise<{ params: { feed: string }; props: FeedProps }[]> {
	const feeds = feedsOf((await getSiteContent()).groups);
	return feeds.map((props) => ({ params: { feed: fileParam(props.url, '.xml') }, props }));
}

/** The feeds of some published releases: one per locale, one per term with releases per locale. */
export function feedsOf(groups: PublishedGroup[]): FeedProps[] {
	return locales.flatMap((locale) => [
		{ url: url('feed', locale), locale, releases: feedReleases(groups, locale) },
		...taxonomyList.flatMap((taxonomy) =>
			taxonomy.terms(groups).flatMap((term) =>
				term.feed
					? [
							{
								url: term.feed(locale),
								locale,
								term: { taxonomy: taxonomy.key, label: term.label(locale), page: term.url(locale) },
								releases: feedReleases(term.groups, locale, termFeedSize),
							},
						]
					: [],
			),
		),
	]);
}

/** A feed as the Subscribe page lists it. */
export interface FeedEntry {
	url: string;
	/** The topic's or country's name, or none for the locale's feed of every release. */
	label?: string;
}

/** Every feed of a locale, as the Subscribe page groups them. */
export interface SubscribeFeeds {
	all: FeedEntry;
	topics: FeedEntry[];
	countries: FeedEntry[];
}

/** The feeds of a locale, for its Subscribe page: all releases, then by topic and by country. */
export function subscribeFeeds(groups: PublishedGroup[], locale: Locale): SubscribeFeeds {
	const of = (taxonomy: TaxonomyKey) =>
		taxonomies[taxonomy]
			.terms(groups)
			.flatMap((term) => (term.feed ? [{ url: term.feed(locale), label: term.label(locale) }] : []))
			.sort((a, b) => a.label.localeCompare(b.label, locale));
	return { all: { url: url('feed', locale) }, topics: of('topic'), countries: of('country') };
}

/** The options of @astrojs/rss for one feed: localized channel, full-text items, topic categories. */
export function feedOptions(
	{ url: path, locale, term, releases }: FeedProps,
	site: URL,
): RSSOptions {
	const t = useTranslations(locale);
	const items: RSSFeedItem[] = releases.map((release) => {
		const { data, rendered, filePath } = release.entry;
		if (rendered?.html === undefined)
			throw new Error(`${filePath ?? release.url} has no HTML body.`);
		return {
			title: data.title,
			link: release.url,
			pubDate: data.date,
			description: data.summary,
			// A term's feed carries the lead only (termFeedSize), and so does a very long text.
			...(term || rendered.html.length > feedTextLimit
				? {}
				: { content: feedHtml(rendered.html, release.folder, site) }),
			// The day of the last update, when there is one (RSS itself has no such field), and the
			// release's documents, video and sound as enclosures.
			customData: [
				data.updates.length > 0
					? `<atom:updated>${lastUpdate(data.updates).toISOString()}</atom:updated>`
					: '',
				enclosures(release, site),
			].join(''),
			categories: data.topics.map((key) => topics[key][locale].label),
		};
	});
	const self = new URL(path, site).href;
	const vars = { topic: term?.label ?? '', country: term?.label ?? '' };
	const text = term && taxonomies[term.taxonomy].text.feed;
	return {
		title: text ? t(text.title, vars) : t('feed.title'),
		description: text ? t(text.description, vars) : t('feed.description'),
		site: new URL(term ? term.page : url('news', locale), site).href,
		items,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: [
			`<language>${langOf(locale)}</language>`,
			`<atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
		].join(''),
		trailingSlash: true,
	};
}

/**
 * Any character XML 1.0 forbids (outside its `Char` production): controls other than tab, line
 * feed and carriage return, U+FFFE, U+FFFF, and halves of surrogate pairs. None is markup.
 */
const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * XML text with every character XML 1.0 forbids removed. The content model refuses them in
 * what editors write; this keeps a feed readable whatever reaches it (one such character makes a
 * feed reader reject the whole feed).
 * @example xmlText('<title>A\u0001B</title>') // => '<title>AB</title>'
 */
export const xmlText = (xml: string) => xml.replace(notXml, '');

/** A feed's XML document, holding only characters XML 1.0 allows. */
export async function feedXml(props: FeedProps, site: URL): Promise<string> {
	return xmlText(await getRssString(feedOptions(props, site)));
}
