import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse } from 'yaml';
import { locales, type Locale } from '../../src/i18n/locales';
import { segments, url } from '../../src/i18n/routes';
import { slugOf } from '../../src/content-model/ids';
import { isPublished } from '../../src/content-model/publication';

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	isArray: (name) => ['url', 'sitemap', 'item', 'category', 'xhtml:link'].includes(name),
});

/** Any character outside XML 1.0's `Char` production (lone surrogates included, by `u`). */
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/**
 * What keeps `text` from being an XML 1.0 document, or undefined: a character XML 1.0 forbids
 * (which fast-xml-parser's validator lets through, and feed readers refuse), or what the
 * validator finds not well-formed.
 */
export function xmlProblem(text: string): string | undefined {
	const bad = notXmlChar.exec(text);
	if (bad) {
		const code = bad[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
		const line = text.slice(0, bad.index).split('\n').length;
		return `U+${code} at line ${line} is not a character of XML 1.0`;
	}
	const valid = XMLValidator.validate(text);
	return valid === true ? undefined : `${valid.err.msg} (line ${valid.err.line})`;
}

/**
 * Parses an XML file of a build, failing when it is not XML 1.0: a character XML forbids, or
 * the validator's message when it is not well-formed. (XMLValidator is marked deprecated in
 * favour of a separate package; it still checks well-formedness.)
 */
export async function readXml(dir: string, file: string): Promise<Record<string, unknown>> {
	const text = await readFile(join(dir, file), 'utf8');
	const problem = xmlProblem(text);
	if (problem) throw new Error(`${file} is not well-formed XML: ${problem}`);
	return parser.parse(text) as Record<string, unknown>;
}

/** One `<url>` of a sitemap. */
export interface SitemapUrl {
	loc: string;
	lastmod?: string;
	'xhtml:link'?: { '@rel': string; '@hreflang': string; '@href': string }[];
}

/** Every `<url>` of every sitemap the build's sitemap index names. */
export async function readSitemap(dir: string): Promise<SitemapUrl[]> {
	const index = (await readXml(dir, 'sitemap-index.xml')) as {
		sitemapindex: { sitemap: { loc: string }[] };
	};
	const urls: SitemapUrl[] = [];
	for (const { loc } of index.sitemapindex.sitemap) {
		const sitemap = (await readXml(dir, new URL(loc).pathname)) as {
			urlset: { url: SitemapUrl[] };
		};
		urls.push(...sitemap.urlset.url);
	}
	return urls;
}

/** One RSS `<item>`. */
export interface FeedItem {
	title: string;
	link: string;
	guid: { '#text': string; '@isPermaLink': string };
	description: string;
	pubDate: string;
	'content:encoded': string;
	category?: string[];
}

/** An RSS 2.0 feed of a build. */
export interface Feed {
	rss: {
		'@version': string;
		channel: {
			title: string;
			link: string;
			description: string;
			language: string;
			'atom:link': { '@href': string; '@rel': string };
			item?: FeedItem[];
		};
	};
}

/** Reads and parses an RSS feed of a build. */
export async function readFeed(dir: string, path: string): Promise<Feed> {
	return (await readXml(dir, path)) as unknown as Feed;
}

/**
 * The URL path of every release page a build has, by locale: the pages one level under the
 * locale's news segment (`/fr/actualites/<slug>/`).
 */
export function releasePagesIn(pages: string[]): Record<Locale, string[]> {
	return Object.fromEntries(
		locales.map((l) => {
			const pattern = new RegExp(`^/${l}/${segments.news[l]}/(?!${segments.page[l]}/)[^/]+/$`);
			return [l, pages.filter((p) => pattern.test(p)).sort()];
		}),
	) as Record<Locale, string[]>;
}

/**
 * The URL path of every release a content folder publishes, by locale, worked out from the
 * files themselves with the site's publishing rule.
 */
export async function publishedReleases(
	content: string,
	/** The build's clock (NEWSROOM_NOW), which decides embargoes. */
	now = new Date(),
): Promise<Record<Locale, string[]>> {
	const result = Object.fromEntries(locales.map((l) => [l, [] as string[]])) as Record<
		Locale,
		string[]
	>;
	const base = join(content, 'releases');
	for (const folder of await readdir(base)) {
		for (const locale of locales) {
			const raw = await readFile(join(base, folder, `index.${locale}.md`), 'utf8').catch(
				() => null,
			);
			if (raw === null) continue;
			const data = parse(raw.split(/^---$/m)[1] ?? '') as {
				title: string;
				slug?: string;
				date: Date | string;
				embargo?: Date | string;
				draft?: boolean;
			};
			const published = isPublished(
				{
					date: new Date(data.date),
					embargo: data.embargo ? new Date(data.embargo) : undefined,
					draft: data.draft === true,
				},
				{ now, includeDrafts: false },
			);
			if (published) {
				const slug = slugOf({ title: data.title, slug: data.slug });
				result[locale].push(url('release', locale, { slug }));
			}
		}
	}
	for (const l of locales) result[l].sort();
	return result;
}
