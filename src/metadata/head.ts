import { isoDate } from '../i18n/format';
import { localeTable, locales, type Locale } from '../i18n/locales';
import { url } from '../i18n/routes';
import { organizationUrl } from '../settings';
import { faviconUrl } from '../i18n/file-routes';

/** A picture as social cards and JSON-LD name it: absolute URL, size and text alternative. */
export interface MetaImage {
	src: string;
	alt: string;
	width: number;
	height: number;
}

/** An RSS feed a page announces in its head (autodiscovery) and footer. */
export interface FeedLink {
	href: string;
	/** The feed's title, for feed readers. */
	title: string;
	/** The link text in the footer. */
	label: string;
}

/** What a release page adds to the metadata of every page. */
export interface ArticleMeta {
	published: Date;
	/** The last substantive update (the publication date when there is none). */
	modified: Date;
	/** The dateline: the place the release is issued from. */
	place: string;
	/** Topic labels in the page's language. */
	section: string[];
	/** The kind of document (press release, statement…), in the page's language. */
	genre: string;
	image?: MetaImage | undefined;
	/** The release's material (pictures, documents, video, sound), for JSON-LD `associatedMedia`. */
	media?: AssociatedMedia[] | undefined;
}

/** One file of a release's material, as JSON-LD describes it. */
export interface AssociatedMedia {
	type: 'ImageObject' | 'MediaObject' | 'VideoObject' | 'AudioObject';
	/** The absolute URL of the file, or of a hosted video's page. */
	url: string;
	name?: string | undefined;
	/** The MIME type of the file (none for a hosted video). */
	encodingFormat?: string | undefined;
	/** Its size in bytes. */
	bytes?: number | undefined;
	/** The absolute URL of its licence. */
	license: string;
	creditText: string;
}

/** What a view knows about its page, for the `<head>`. */
export interface MetadataInput {
	locale: Locale;
	/** The page's own title, without the site name. */
	title: string;
	description: string;
	/** The page's path, from the route table. */
	path: string;
	/** The page in every locale it exists in (this one included). */
	alternates: Partial<Record<Locale, string>>;
	/** The public origin the absolute URLs are made on. */
	site: URL;
	/** The site name and the organization's names, in the page's language. */
	names: { site: string; org: string; orgShort: string };
	/** Set on release pages: the page is an Open Graph `article` and a JSON-LD `NewsArticle`. */
	article?: ArticleMeta | undefined;
	/** Set on home pages: the page describes the organization (JSON-LD `Organization`). */
	organization?: boolean;
}

/** One `<meta>` tag: Open Graph uses `property`, Twitter `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/** The `<head>` metadata of a page: social tags and JSON-LD objects. */
export interface HeadMetadata {
	meta: MetaTag[];
	jsonLd: Record<string, unknown>[];
}

/** The publishing organization, as JSON-LD describes it. */
function organization(input: MetadataInput): Record<string, unknown> {
	return {
		'@type': 'Organization',
		name: input.names.org,
		alternateName: input.names.orgShort,
		url: organizationUrl,
		logo: new URL(faviconUrl, input.site).href,
	};
}

/**
 * Open Graph, Twitter card and JSON-LD for one page. `og:locale:alternate` names exactly the
 * translations that exist, like the hreflang links.
 */
export function headMetadata(input: MetadataInput): HeadMetadata {
	const { locale, title, description, article, site } = input;
	const pageUrl = new URL(input.path, site).href;
	const image = article?.image;
	const meta: MetaTag[] = [
		{ property: 'og:type', content: article ? 'article' : 'website' },
		{ property: 'og:site_name', content: input.names.site },
		{ property: 'og:title', content: title },
		{ property: 'og:description', content: description },
		{ property: 'og:url', content: pageUrl },
		{ property: 'og:locale', content: localeTable[locale].ogLocale },
		...locales
			.filter((l) => l !== locale && input.alternates[l])
			.map((l) => ({ property: 'og:locale:alternate', content: localeTable[l].ogLocale })),
		...(image
			? [
					{ property: 'og:image', content: image.src },
					{ property: 'og:image:width', content: String(image.width) },
					{ property: 'og:image:height', content: String(image.height) },
					{ property: 'og:image:alt', content: image.alt },
				]
			: []),
		...(article
			? [
					{ property: 'article:published_time', content: article.published.toISOString() },
					{ property: 'article:modified_time', content: article.modified.toISOString() },
					...article.section.map((s) => ({ property: 'article:tag', content: s })),
				]
			: []),
		// X reads og:title, og:description and og:image when its own tags are absent (its "Cards
		// markup" reference), so only the card type and the picture's description are repeated.
		{ name: 'twitter:card', content: image ? 'summary_large_image' : 'summary' },
		...(image ? [{ name: 'twitter:image:alt', content: image.alt }] : []),
	];
	const jsonLd: Record<string, unknown>[] = [];
	if (article) {
		jsonLd.push({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: title,
			description,
			datePublished: isoDate(article.published),
			dateModified: isoDate(article.modified),
			inLanguage: localeTable[locale].lang,
			contentLocation: { '@type': 'Place', name: article.place },
			articleSection: article.section,
			genre: article.genre,
			mainEntityOfPage: { '@type': 'WebPage', '@id': pageUrl },
			url: pageUrl,
			publisher: organization(input),
			...(image ? { image: [image.src] } : {}),
			...(article.media?.length
				? {
						associatedMedia: article.media.map((item) => ({
							'@type': item.type,
							[item.encodingFormat ? 'contentUrl' : 'url']: item.url,
							...(item.name ? { name: item.name } : {}),
							...(item.encodingFormat ? { encodingFormat: item.encodingFormat } : {}),
							...(item.bytes === undefined ? {} : { contentSize: `${item.bytes} B` }),
							license: item.license,
							creditText: item.creditText,
						})),
					}
				: {}),
		});
	}
	if (input.organization) {
		jsonLd.push({
			'@context': 'https://schema.org',
			...organization(input),
			mainEntityOfPage: { '@type': 'WebPage', '@id': new URL(url('home', locale), site).href },
		});
	}
	return { meta, jsonLd };
}

/**
 * JSON for a `<script type="application/ld+json">` body. `<`, `>` and `&` are escaped as
 * `\u003c`… so no text in the data can close the script element or open a comment; JSON parsers
 * read the escapes back as the original characters.
 * @example jsonLdText({ a: '</script>' }) // => '{"a":"\u003c/script\u003e"}'
 */
export function jsonLdText(data: unknown): string {
	return JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}
