import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { topics, type TopicKey } from '../../src/i18n/topics';
import { isLocale, localeTable, locales } from '../../src/i18n/locales';
import { url } from '../../src/i18n/routes';
import { dictionaryOf } from '../../src/i18n/translate';
import { siteUrl } from '../../src/settings';
import { root } from '../helpers/astro';
import { attr, listFiles, listPages, readPage, select, selectAll, toString } from '../helpers/dist';
import {
	publishedReleases,
	readFeed,
	readSitemap,
	releasePagesIn,
	type FeedItem,
} from '../helpers/xml';
import { guatemala } from '../helpers/site';

const dist = inject('siteDir');
const site = new URL(siteUrl);
const abs = (path: string) => new URL(path, site).href;

/** A page's hreflang links: hreflang → absolute URL. */
async function hreflangs(path: string): Promise<Record<string, string>> {
	const tree = await readPage(dist, path);
	return Object.fromEntries(
		selectAll('head link[rel="alternate"][hreflang]', tree).map((l) => [
			String(l.properties.hrefLang),
			String(l.properties.href),
		]),
	);
}

/** Every page that search engines may index: all but those marked noindex (404, offline). */
async function indexablePages(): Promise<string[]> {
	const pages: string[] = [];
	for (const path of await listPages(dist)) {
		if (!select('meta[name="robots"]', await readPage(dist, path))) pages.push(path);
	}
	return pages;
}

describe('hreflang alternates', () => {
	it('name, on every indexable page, only built pages in the language they claim, reciprocally', async () => {
		for (const path of await indexablePages()) {
			const links = await hreflangs(path);
			expect(links['x-default'], path).toBe(abs('/'));
			const { 'x-default': _, ...languages } = links;
			if (path !== '/') expect(Object.values(languages), path).toContain(abs(path));
			for (const [lang, href] of Object.entries(languages)) {
				const target = new URL(href).pathname;
				expect(existsSync(join(dist, target, 'index.html')), `${path} → ${href}`).toBe(true);
				const page = await readPage(dist, target);
				expect(attr(page, 'html', 'lang'), `${path} → ${href}`).toBe(lang);
				expect(await hreflangs(target), `${href} does not link back to ${path}`).toEqual(links);
			}
		}
	});

	it('give the canonical URL of each page as its own address', async () => {
		for (const path of await indexablePages()) {
			expect(attr(await readPage(dist, path), 'link[rel="canonical"]', 'href'), path).toBe(
				abs(path),
			);
		}
	});
});

describe('the language switcher', () => {
	it('links, on every page, only to built pages in the language it names', async () => {
		for (const path of await listPages(dist)) {
			const tree = await readPage(dist, path);
			for (const link of selectAll('.switcher a', tree)) {
				const href = String(link.properties.href);
				expect(existsSync(join(dist, href, 'index.html')), `${path} → ${href}`).toBe(true);
				expect(attr(await readPage(dist, href), 'html', 'lang'), `${path} → ${href}`).toBe(
					link.properties.hrefLang,
				);
			}
		}
	});

	it.each(Object.entries(guatemala))(
		'leads from the Guatemala release in %s to its translations',
		async (locale, path) => {
			const links = selectAll('.switcher a', await readPage(dist, path));
			expect(
				Object.fromEntries(links.map((a) => [a.properties.hrefLang, a.properties.href])),
			).toEqual(Object.fromEntries(Object.entries(guatemala).filter(([l]) => l !== locale)));
		},
	);
});

describe('social and structured metadata', () => {
	it.each(Object.entries(guatemala))(
		'describes the Guatemala release in %s as a NewsArticle',
		async (locale, path) => {
			const tree = await readPage(dist, path);
			const scripts = selectAll('script[type="application/ld+json"]', tree);
			expect(scripts).toHaveLength(1);
			const data = JSON.parse(toString(scripts[0]!)) as Record<string, unknown>;
			expect(data).toMatchObject({
				'@context': 'https://schema.org',
				'@type': 'NewsArticle',
				headline: attr(tree, 'meta[property="og:title"]', 'content'),
				description: attr(tree, 'meta[name="description"]', 'content'),
				datePublished: '2024-09-16',
				dateModified: '2024-09-16',
				inLanguage: locale,
				contentLocation: { '@type': 'Place', name: 'Guatemala' },
				mainEntityOfPage: { '@type': 'WebPage', '@id': abs(path) },
				publisher: { '@type': 'Organization', name: dictionaryOf(locale as 'en')['site.org'] },
			});
			const og = (property: string) =>
				selectAll(`meta[property="${property}"]`, tree).map((m) => m.properties.content);
			expect(og('og:type')).toEqual(['article']);
			expect(og('og:url')).toEqual([abs(path)]);
			expect(og('og:locale')).toEqual([localeTable[locale as 'en'].ogLocale]);
			expect(og('og:locale:alternate').sort()).toEqual(
				locales
					.filter((l) => l !== locale)
					.map((l) => localeTable[l].ogLocale)
					.sort(),
			);
			expect(attr(tree, 'meta[name="twitter:card"]', 'content')).toBe('summary');
		},
	);

	it.each(locales)('describes the organization on the %s home page', async (locale) => {
		const tree = await readPage(dist, url('home', locale));
		const [script] = selectAll('script[type="application/ld+json"]', tree);
		expect(JSON.parse(toString(script!))).toMatchObject({
			'@type': 'Organization',
			name: dictionaryOf(locale)['site.org'],
			url: 'https://www.iom.int/',
		});
		expect(attr(tree, 'meta[property="og:type"]', 'content')).toBe('website');
	});
});

describe('the sitemap', () => {
	it('is named in robots.txt', async () => {
		const robots = await readFile(join(dist, 'robots.txt'), 'utf8');
		expect(robots).toContain(`Sitemap: ${abs('/sitemap-index.xml')}`);
		expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(true);
	});

	it('lists every indexable page once, and nothing else', async () => {
		const locs = (await readSitemap(dist)).map((u) => u.loc);
		expect(new Set(locs).size).toBe(locs.length);
		expect(locs.sort()).toEqual((await indexablePages()).map(abs).sort());
	});

	it('lists exactly the published releases, each with its date as lastmod', async () => {
		const urls = await readSitemap(dist);
		const pages = releasePagesIn(urls.map((u) => new URL(u.loc).pathname));
		expect(pages).toEqual(await publishedReleases(join(root, 'content')));
		expect(pages).toEqual(releasePagesIn(await listPages(dist)));
		for (const path of Object.values(guatemala)) {
			expect(urls.find((u) => u.loc === abs(path))?.lastmod).toBe('2024-09-16T00:00:00.000Z');
		}
	});

	it('gives each URL the same alternates, x-default included, as the page’s hreflang links', async () => {
		for (const entry of await readSitemap(dist)) {
			const links = entry['xhtml:link'] ?? [];
			expect(links.every((l) => l['@rel'] === 'alternate')).toBe(true);
			expect(Object.fromEntries(links.map((l) => [l['@hreflang'], l['@href']])), entry.loc).toEqual(
				await hreflangs(new URL(entry.loc).pathname),
			);
		}
	});
});

/** The feeds the route table names: one per locale, one per topic with releases per locale. */
/** Every feed the real content gives: each locale's, and one per topic and country it uses. */
function expectedFeeds(): {
	path: string;
	locale: (typeof locales)[number];
	/** A term's feed: its title and the listing it belongs to. */
	term?: { title: string; page: string };
}[] {
	const used: TopicKey[] = ['counter-trafficking', 'child-protection', 'capacity-building'];
	return locales.flatMap((locale) => {
		const t = dictionaryOf(locale);
		return [
			{ path: url('feed', locale), locale },
			...used.map((topic) => ({
				path: url('topicFeed', locale, { topic }),
				locale,
				term: {
					title: t['feed.topicTitle'].replace('{topic}', topics[topic][locale].label),
					page: url('topic', locale, { topic }),
				},
			})),
			{
				path: url('countryFeed', locale, { country: 'GT' }),
				locale,
				term: {
					title: t['feed.countryTitle'].replace('{country}', 'Guatemala'),
					page: url('country', locale, { country: 'GT' }),
				},
			},
		];
	});
}

describe('the RSS feeds', () => {
	it('exist exactly where the route table puts them', async () => {
		const files = (await listFiles(dist)).filter((f) => f.endsWith('rss.xml'));
		expect(files.map((f) => `/${f}`).sort()).toEqual(
			expectedFeeds()
				.map((f) => f.path)
				.sort(),
		);
	});

	it.each(expectedFeeds().map((f) => [f.path, f] as const))(
		'%s is valid RSS 2.0 listing exactly the releases published in its language',
		async (path, { locale, term }) => {
			const { rss } = await readFeed(dist, path);
			const t = dictionaryOf(locale);
			expect(rss['@version']).toBe('2.0');
			const { channel } = rss;
			expect(channel.title).toBe(term ? term.title : t['feed.title']);
			expect(channel.description).toBeTruthy();
			expect(channel.link).toBe(abs(term ? term.page : url('news', locale)));
			expect(channel.language).toBe(locale);
			expect(channel['atom:link']).toMatchObject({ '@href': abs(path), '@rel': 'self' });
			const items: FeedItem[] = channel.item ?? [];
			expect(items.map((i) => new URL(i.link).pathname).sort()).toEqual(
				(await publishedReleases(join(root, 'content')))[locale],
			);
			for (const item of items) {
				expect(item.title).toBeTruthy();
				expect(item.guid['#text']).toBe(item.link);
				expect(new Date(item.pubDate).toISOString()).toBe('2024-09-16T00:00:00.000Z');
				expect(item.category).toEqual(
					(['counter-trafficking', 'child-protection', 'capacity-building'] as const).map(
						(k) => topics[k][locale].label,
					),
				);
				expect(item.description).toBeTruthy();
				// A locale's feed carries each release in full; a topic's or country's, its lead only.
				if (term) {
					expect(item['content:encoded']).toBeUndefined();
					continue;
				}
				expect(item['content:encoded']).toContain('<p>');
				expect(item['content:encoded']).toContain('USAID');
				expect(item['content:encoded']).not.toMatch(/(href|src)="\/(?!\/)/);
				expect(item['content:encoded']).toContain('<h2');
				expect(item['content:encoded']).not.toContain('heading-anchor');
			}
		},
	);

	it('are announced in the head and linked from the footer, with the topic’s on topic pages', async () => {
		for (const path of await listPages(dist)) {
			const locale = path.split('/')[1] ?? '';
			if (!isLocale(locale)) continue;
			const tree = await readPage(dist, path);
			const announced = selectAll('head link[type="application/rss+xml"]', tree).map(
				(l) => l.properties.href,
			);
			const footer = selectAll('.site-footer .feeds a', tree).map((a) => a.properties.href);
			expect(announced[0], path).toBe(url('feed', locale));
			expect(footer, path).toEqual(announced);
			for (const href of announced) expect(existsSync(join(dist, String(href))), path).toBe(true);
		}
		const chooser = await readPage(dist, '/');
		expect(
			selectAll('head link[type="application/rss+xml"]', chooser).map((l) => l.properties.href),
		).toEqual(locales.map((l) => url('feed', l)));
		const topicPage = await readPage(dist, url('topic', 'es', { topic: 'counter-trafficking' }));
		expect(
			selectAll('.site-footer .feeds a', topicPage).map((a) => [a.properties.href, toString(a)]),
		).toEqual([
			['/es/noticias/rss.xml', 'Canal RSS de todos los comunicados'],
			['/es/temas/lucha-contra-la-trata/rss.xml', 'Canal RSS: Lucha contra la trata'],
		]);
	});
});

describe('validation with html-validate (the project’s .htmlvalidate.mjs: recommended rules)', () => {
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	const problems = async (path: string) => {
		const report = await validator.validateFile(
			join(dist, path.endsWith('.html') ? path : `${path}index.html`),
		);
		return report.results.flatMap((r) =>
			r.messages.map((m) => `${path} ${m.ruleId} (${m.line}:${m.column}): ${m.message}`),
		);
	};

	it.each(Object.entries(guatemala))(
		'finds no error in the Guatemala release in %s',
		async (_l, path) => {
			expect(await problems(path)).toEqual([]);
		},
	);

	it('finds no error in any other page of the site', async () => {
		const all = await Promise.all((await listPages(dist)).map(problems));
		expect(all.flat()).toEqual([]);
	});
});
