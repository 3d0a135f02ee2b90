// Quality gates over the whole built site (issue 8): links, reachability, nothing lost, metadata.
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { isLocale, locales, type Locale } from '../../src/i18n/locales';
import { url } from '../../src/i18n/routes';
import { root } from '../helpers/astro';
import { attr, listPages, readPage, searchRecords, select, selectAll, text } from '../helpers/dist';
import { publishedReleases, readSitemap } from '../helpers/xml';

const dist = inject('siteDir');
const pages = new Map<string, Root>();

beforeAll(async () => {
	for (const path of await listPages(dist)) pages.set(path, await readPage(dist, path));
});

/** The file a root-relative URL path is served from, or undefined when there is none. */
function served(path: string): string | undefined {
	const decoded = decodeURIComponent(path);
	const candidates = decoded.endsWith('/') ? [`${decoded}index.html`] : [decoded];
	return candidates.map((c) => join(dist, c)).find((file) => existsSync(file));
}

/** Every internal URL a page points to: links, form actions, sources and srcsets. */
function internalUrls(tree: Root): string[] {
	const urls = [
		...selectAll('a[href], link[href], area[href]', tree).map((e) => String(e.properties.href)),
		...selectAll('form[action]', tree).map((e) => String(e.properties.action)),
		...selectAll('[src]', tree).map((e) => String(e.properties.src)),
		...selectAll('[srcset]', tree).flatMap((e) =>
			String(e.properties.srcSet ?? e.properties.srcset ?? '')
				.split(',')
				.map((part) => part.trim().split(/\s+/)[0] ?? ''),
		),
	];
	return urls.filter((u) => u.startsWith('/') || u.startsWith('#'));
}

const localeOfPath = (path: string): Locale | undefined => {
	const first = path.split('/')[1] ?? '';
	return isLocale(first) ? first : undefined;
};

describe('links', () => {
	it('resolve, on every page: every internal href, src, srcset, form action and #fragment', () => {
		const broken: string[] = [];
		let checked = 0;
		for (const [path, tree] of pages) {
			for (const raw of internalUrls(tree)) {
				checked++;
				const target = new URL(raw, `http://site${path}`);
				if (!served(target.pathname)) {
					broken.push(`${path} → ${raw}`);
					continue;
				}
				if (target.hash.length > 1) {
					const page = pages.get(target.pathname);
					const id = decodeURIComponent(target.hash.slice(1));
					if (page && !select(`[id="${id.replace(/"/g, '\\"')}"]`, page)) {
						broken.push(`${path} → ${raw} (no element with that id)`);
					}
				}
			}
		}
		expect(broken).toEqual([]);
		expect(checked).toBeGreaterThan(pages.size * 20);
	});

	it('that lead to another language say so with hreflang', () => {
		const missing: string[] = [];
		for (const [path, tree] of pages) {
			const from = localeOfPath(path);
			if (!from) continue;
			for (const a of selectAll('a[href^="/"]', tree)) {
				const to = localeOfPath(String(a.properties.href));
				if (to && to !== from && !a.properties.hrefLang) {
					missing.push(`${path} → ${String(a.properties.href)}`);
				}
			}
		}
		expect(missing).toEqual([]);
	});

	it('in another language carry that language (lang) on their text', () => {
		const missing: string[] = [];
		// Walks the tree with the language each element inherits, as a screen reader would.
		const walk = (node: Root | Element, inherited: string, path: string) => {
			for (const child of node.children) {
				if (child.type !== 'element') continue;
				const lang = typeof child.properties.lang === 'string' ? child.properties.lang : inherited;
				const target = child.tagName === 'a' ? child.properties.hrefLang : undefined;
				if (typeof target === 'string' && target !== 'x-default' && target !== lang) {
					// The link's own text may still carry the language, on an element inside it.
					if (!select(`[lang="${target}"]`, child)) {
						missing.push(`${path} → ${String(child.properties.href)}`);
					}
				}
				walk(child, lang, path);
			}
		};
		for (const [path, tree] of pages) walk(tree, '', path);
		expect(missing).toEqual([]);
	});

	it('reach every page of a locale from its home page (no orphans)', () => {
		for (const locale of locales) {
			const seen = new Set<string>([`/${locale}/`]);
			const queue = [`/${locale}/`];
			for (let path = queue.shift(); path; path = queue.shift()) {
				const tree = pages.get(path);
				if (!tree) continue;
				for (const raw of internalUrls(tree)) {
					const target = new URL(raw, `http://site${path}`).pathname;
					if (localeOfPath(target) === locale && pages.has(target) && !seen.has(target)) {
						seen.add(target);
						queue.push(target);
					}
				}
			}
			// The 404 and offline pages are served by the host and the service worker, not linked.
			const orphans = [...pages.keys()].filter(
				(p) =>
					localeOfPath(p) === locale &&
					!seen.has(p) &&
					!select('meta[name="robots"][content~="noindex"]', pages.get(p)),
			);
			expect(orphans, locale).toEqual([]);
		}
	});
});

describe('nothing lost', () => {
	it('gives every published release file one page, one listing entry, one sitemap URL and one search record', async () => {
		const published = await publishedReleases(join(root, 'content'));
		const sitemap = (await readSitemap(dist)).map((u) => new URL(u.loc).pathname);
		const records = await searchRecords(dist);
		const files = (await readdir(join(root, 'content/releases'), { recursive: true })).filter((f) =>
			f.endsWith('.md'),
		);
		expect(Object.values(published).flat()).toHaveLength(files.length);
		for (const locale of locales) {
			// Every page of the locale's news index, as the route table numbers them.
			const listed: string[] = [];
			for (let page = 1; pages.has(url('news', locale, { page })); page++) {
				const tree = pages.get(url('news', locale, { page }))!;
				listed.push(...selectAll('.card h2 a', tree).map((a) => String(a.properties.href)));
			}
			for (const release of published[locale]) {
				expect(pages.has(release), release).toBe(true);
				expect(
					listed.filter((href) => href === release),
					release,
				).toHaveLength(1);
				expect(
					sitemap.filter((loc) => loc === release),
					release,
				).toHaveLength(1);
				expect(
					records.filter((r) => r.url === release),
					release,
				).toHaveLength(1);
			}
		}
	});
});

describe('metadata', () => {
	it('gives every page a title unique in its locale, a description, a canonical URL and og:title', () => {
		const titles = new Map<string, string>();
		const problems: string[] = [];
		for (const [path, tree] of pages) {
			const title = text(tree, 'title');
			const key = `${localeOfPath(path) ?? 'root'} ${title}`;
			if (titles.has(key)) problems.push(`${path}: same title as ${titles.get(key)}`);
			titles.set(key, path);
			if (!attr(tree, 'meta[name="description"]', 'content')) problems.push(`${path}: description`);
			const noindex = select('meta[name="robots"][content~="noindex"]', tree);
			if (!noindex && !attr(tree, 'link[rel="canonical"]', 'href'))
				problems.push(`${path}: canonical`);
			if (!noindex && !attr(tree, 'meta[property="og:title"]', 'content'))
				problems.push(`${path}: og:title`);
		}
		expect(problems).toEqual([]);
	});
});
