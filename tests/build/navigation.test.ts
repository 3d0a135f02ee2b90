import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { describe, expect, inject, it } from 'vitest';
import { menuItems, type NavItem } from '../../src/content-model/menu-items';
import { locales } from '../../src/i18n/locales';
import { attr, listPages, readPage, selectAll, text, toString } from '../helpers/dist';

const dist = inject('siteDir');

/** The menu's links as the built home page of a locale has them, with their labels. */
async function menuLinks(locale: string) {
	const home = await readPage(dist, `/${locale}/`);
	return selectAll('.site-nav a', home).map((a) => ({
		href: String(a.properties.href),
		label: text(a, 'a'),
	}));
}

const countItems = (items: NavItem[]): number =>
	items.reduce((n, item) => n + 1 + countItems(item.children ?? []), 0);

describe('the site navigation', () => {
	it.each(locales)('links, in %s, only to built pages in the same language', async (locale) => {
		const links = await menuLinks(locale);
		expect(links.length).toBeGreaterThanOrEqual(countItems(menuItems));
		for (const { href } of links) {
			expect(href, href).toMatch(new RegExp(`^/${locale}/`));
			expect(existsSync(join(dist, href, 'index.html')), href).toBe(true);
			expect(attr(await readPage(dist, href), 'html', 'lang'), href).toBe(locale);
		}
	});

	it.each(locales)(
		'gives, in %s, each group an overview page that lists its children',
		async (locale) => {
			const home = await readPage(dist, `/${locale}/`);
			for (const group of selectAll('.site-nav .item', home)) {
				const overview = selectAll('.panel-title', group)[0];
				if (!overview) continue;
				const children = selectAll('.panel-links > li > a', group).map((a) =>
					String(a.properties.href),
				);
				const overviewHref = String(overview.properties.href);
				if (
					overviewHref.includes('/news/') ||
					overviewHref.includes('/actualites/') ||
					overviewHref.includes('/noticias/')
				)
					continue;
				const page = await readPage(dist, overviewHref);
				const listed = selectAll('.children a', page).map((a) => String(a.properties.href));
				expect(listed, overviewHref).toEqual(children);
			}
		},
	);

	it('labels the French menu with the words of the organisation’s own French page', async () => {
		// Quoted from the seed page (DESIGN.md), as it writes them.
		const seed = [
			'Qui sommes nous',
			'Structure',
			'Structure organisationnelle',
			'Directrice générale',
			'Directrice générale adjointe chargée de la gestion et des réformes',
			'Directrice générale adjointe chargée des opérations',
			'Bureau du Chef de Cabinet',
			'Bureau des partenariats, de la sensibilisation et de la communication',
			'Bureau de la stratégie et de la performance institutionnelle',
			'Notre travail',
			'Ce que nous faisons',
			'Partenariats',
			'Où travaillons-nous',
			'Agir',
			'Travailler avec nous',
			'Engagez-vous',
			'Données et recherche',
			'2030 Agenda',
		];
		const page = await readPage(dist, '/fr/');
		// Typography puts no-break spaces in labels ("2030 Agenda"): compare the words.
		const labels = selectAll('.site-nav a, .site-nav summary', page).map((e) =>
			toString(e).replace(/\s+/g, ' ').trim(),
		);
		for (const label of seed) expect(labels, label).toContain(label);
	});

	it('marks the current page in the menu and the breadcrumbs', async () => {
		const page = await readPage(dist, '/fr/qui-sommes-nous/structure/directrice-generale/');
		expect(attr(page, '.site-nav a[aria-current="page"]', 'href')).toBe(
			'/fr/qui-sommes-nous/structure/directrice-generale/',
		);
		expect(selectAll('.breadcrumbs a', page).map((a) => text(a, 'a'))).toEqual([
			'Accueil',
			'Qui sommes-nous',
			'Structure',
			'Directrice générale',
		]);
		expect(attr(page, '.breadcrumbs a[aria-current="page"]', 'href')).toBe(
			'/fr/qui-sommes-nous/structure/directrice-generale/',
		);
	});

	it.each([
		['en', '/en/agenda/', 'Agenda', '/en/media-contacts/', 'Media contacts'],
		['fr', '/fr/agenda/', 'Agenda', '/fr/contacts-presse/', 'Contacts presse'],
		['es', '/es/agenda/', 'Agenda', '/es/contactos-de-prensa/', 'Contactos de prensa'],
	])(
		'leads a journalist, in %s, from the News menu and the footer of every page to the agenda and the media contacts',
		async (locale, agenda, agendaLabel, contacts, contactsLabel) => {
			const entries = [
				{ href: agenda, label: agendaLabel },
				{ href: contacts, label: contactsLabel },
			];
			const links = (selector: string, page: Root) =>
				selectAll(selector, page).map((a) => ({
					href: String(a.properties.href),
					label: text(a, 'a'),
				}));
			const pages = (await listPages(dist)).filter((p) => p.startsWith(`/${locale}/`));
			expect(pages.length).toBeGreaterThan(20);
			for (const path of pages) {
				const page = await readPage(dist, path);
				// After the ways to browse releases, before Subscribe and the media library.
				const news = links('.site-nav .item:first-child .panel-links > li > a', page);
				expect(news.slice(5, 7), path).toEqual(entries);
				const footer = links('.site-footer .groups > li:first-child > ul a', page);
				expect(footer.slice(5, 7), path).toEqual(entries);
			}
			for (const { href } of entries) {
				const page = await readPage(dist, href);
				expect(attr(page, '.site-nav a[aria-current="page"]', 'href'), href).toBe(href);
				expect(selectAll('.site-nav a[aria-current]', page), href).toHaveLength(1);
				expect(attr(page, '.site-nav .item:first-child', 'className'), href).toBe('item active');
			}
		},
	);

	it('lists the countries with releases on “Where we work”, linked to their pages', async () => {
		for (const [path, href] of [
			['/en/our-work/where-we-work/', '/en/countries/guatemala/'],
			['/es/nuestro-trabajo/donde-trabajamos/', '/es/paises/guatemala/'],
		] as const) {
			const page = await readPage(dist, path);
			expect(
				selectAll('.term-list a', page).map((a) => a.properties.href),
				path,
			).toContain(href);
		}
	});

	it('repeats the navigation in the footer, with the other languages', async () => {
		const page = await readPage(dist, '/es/');
		const footer = selectAll('.site-footer .groups > li > a', page).map((a) => text(a, 'a'));
		expect(footer).toEqual([
			'Noticias',
			'Quiénes somos',
			'Nuestro trabajo',
			'Actúe',
			'Datos e investigación',
			'Agenda 2030',
		]);
		expect(selectAll('.site-footer .languages a', page).map((a) => a.properties.hrefLang)).toEqual([
			'en',
			'fr',
		]);
	});
});
