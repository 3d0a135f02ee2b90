import { inject, describe, expect, it } from 'vitest';
import { attr, listPages, readPage, select, selectAll, text, toString } from '../helpers/dist';
import { isLocale, type Locale } from '../../src/i18n/locales';
import { useTranslations } from '../../src/i18n/translate';
import { guatemala } from '../helpers/site';

const dist = inject('siteDir');

describe('the built site', () => {
	it('has a page at each localized URL of the route table', async () => {
		const pages = await listPages(dist);
		for (const path of [
			'/',
			'/en/',
			'/fr/',
			'/es/',
			'/en/news/',
			'/fr/actualites/',
			'/es/noticias/',
			...Object.values(guatemala),
			'/fr/thematiques/lutte-contre-la-traite/',
			'/es/temas/lucha-contra-la-trata/',
			'/en/countries/guatemala/',
			'/fr/pays/guatemala/',
			'/es/archivo/2024/',
			'/fr/404/',
		]) {
			expect(pages, path).toContain(path);
		}
	});

	it('marks every page with the language of its URL', async () => {
		for (const path of await listPages(dist)) {
			const tree = await readPage(dist, path);
			// The root chooser and root 404 speak every language and are tagged English.
			const first = path.split('/')[1] ?? '';
			const lang = isLocale(first) ? first : 'en';
			expect(attr(tree, 'html', 'lang'), path).toBe(lang);
			expect(attr(tree, 'html', 'dir'), path).toBe('ltr');
		}
	});

	it.each(Object.entries(guatemala))(
		'renders the Guatemala release in %s with all its parts',
		async (locale, path) => {
			const page = await readPage(dist, path);
			expect(text(page, 'article h1')).toMatch(/65/);
			expect(text(page, 'article .dateline')).toContain('Guatemala');
			expect(attr(page, 'article .dateline time', 'dateTime')).toBe('2024-09-16');
			expect(text(page, 'article .lead')).toMatch(/65/);
			expect(text(page, 'article .body')).toContain('USAID');
			expect(text(page, 'article .body')).toContain('61');
			expect(text(page, 'article .body')).toContain('ECPAT');
			expect(attr(page, '.contacts a[href^="mailto:"]', 'href')).toBe('mailto:mpalma@iom.int');
			expect(attr(page, '.contacts a[href^="tel:"]', 'href')).toBe('tel:+50223140041');
			expect(text(page, '.filed')).toContain('Guatemala');
			const translations = selectAll('.filed a[hreflang]', page).map((a) => a.properties.href);
			expect(translations.sort()).toEqual(
				Object.entries(guatemala)
					.filter(([l]) => l !== locale)
					.map(([, p]) => p)
					.sort(),
			);
		},
	);

	it.each(Object.entries(guatemala))(
		'offers share links in %s that carry the encoded canonical URL and title',
		async (locale, path) => {
			const page = await readPage(dist, path);
			const canonical = attr(page, 'link[rel="canonical"]', 'href')!;
			expect(canonical).toBe(`https://newsroom.example.org${path}`);
			// As written, no-break spaces included (text() would collapse them).
			const title = toString(select('article h1', page)!);
			const href = (service: string) => new URL(attr(page, `.share a.${service}`, 'href')!);
			const email = href('email');
			expect(email.protocol).toBe('mailto:');
			expect(email.searchParams.get('subject')).toBe(title);
			expect(email.searchParams.get('body')).toBe(canonical);
			expect(String(email)).toContain(encodeURIComponent(canonical));
			expect(href('x').searchParams.get('url')).toBe(canonical);
			expect(href('x').searchParams.get('text')).toBe(title);
			expect(href('facebook').searchParams.get('u')).toBe(canonical);
			expect(href('linkedin').searchParams.get('url')).toBe(canonical);
			expect(href('whatsapp').searchParams.get('text')).toBe(`${title} ${canonical}`);
			for (const service of ['x', 'facebook', 'linkedin', 'whatsapp']) {
				expect(attr(page, `.share a.${service}`, 'rel'), service).toBe('noopener noreferrer');
			}
			expect(attr(page, '.share a.copy-link', 'href')).toBe(canonical);
			const t = useTranslations(locale as Locale);
			expect(text(page, '.share h2')).toBe(t('share.title'));
			expect(text(page, '.share a.copy-link')).toBe(t('share.copy'));
			expect(attr(page, '.share', 'dataCopied')).toBe(t('share.copied'));
			expect(attr(page, '.share [role="status"]', 'ariaLive')).toBe('polite');
		},
	);

	it('writes each release date in the reader’s language', async () => {
		expect(text(await readPage(dist, guatemala.en), '.dateline time')).toBe('16 September 2024');
		expect(text(await readPage(dist, guatemala.fr), '.dateline time')).toBe('16 septembre 2024');
		expect(text(await readPage(dist, guatemala.es), '.dateline time')).toBe(
			'16 de septiembre de 2024',
		);
	});

	it('gives every page a skip link to its main content', async () => {
		for (const path of await listPages(dist)) {
			// The root chooser and root 404 have no header to skip: main is their first content.
			if (!isLocale(path.split('/')[1] ?? '')) continue;
			const tree = await readPage(dist, path);
			expect(attr(tree, 'body > a.skip-link', 'href'), path).toBe('#main');
			expect(selectAll('main#main', tree), path).toHaveLength(1);
		}
	});

	it('offers each language at the root', async () => {
		const root = await readPage(dist, '/');
		expect(selectAll('a[hreflang]', root).map((a) => a.properties.href)).toEqual([
			'/en/',
			'/fr/',
			'/es/',
		]);
	});

	it('ships the scripts of content pages as deferred module files of its own, never inline', async () => {
		for (const path of [guatemala.fr, '/fr/actualites/', '/es/']) {
			const tree = await readPage(dist, path);
			// JSON-LD is data, never executed: the only script element without a file.
			const scripts = selectAll('script:not([type="application/ld+json"])', tree);
			expect(scripts.length, path).toBeGreaterThan(0);
			for (const script of scripts) {
				expect(script.properties.type, path).toBe('module');
				expect(String(script.properties.src), path).toMatch(/^\/_astro\/[\w.-]+\.js$/);
				expect(toString(script), path).toBe('');
			}
			const csp = attr(tree, 'meta[http-equiv="content-security-policy"]', 'content') ?? '';
			expect(csp, path).toMatch(/script-src 'self'/);
			expect(csp, path).not.toContain('unsafe-inline');
		}
	});
});
