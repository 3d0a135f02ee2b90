// Accessibility gate (issue 8): axe-core, WCAG 2.0/2.1/2.2 A and AA, on every page type of every
// locale, served with the production headers.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { locales, url, type Locale } from '../../src/i18n';
import { axeViolations } from '../helpers/axe';
import { launchBrowser } from '../helpers/browser';
import { serveSite, type StaticServer } from '../helpers/server';

const releases: Record<Locale, string> = {
	en: '/en/news/iom-assists-trafficking-victims-in-guatemala/',
	fr: '/fr/actualites/au-guatemala-l-oim-vient-en-aide-aux-victimes-de-la-traite/',
	es: '/es/noticias/la-oim-asiste-a-victimas-de-trata-en-guatemala/',
};

/** One page of each type in `locale`, from the route table. */
const pageTypes = (locale: Locale): Record<string, string> => ({
	home: url('home', locale),
	news: url('news', locale),
	release: releases[locale],
	topics: url('topics', locale),
	topic: url('topic', locale, { topic: 'counter-trafficking' }),
	countries: url('countries', locale),
	country: url('country', locale, { country: 'GT' }),
	archive: url('archive', locale),
	year: url('year', locale, { year: 2024 }),
	'page with children': `/${locale}/${{ en: 'who-we-are', fr: 'qui-sommes-nous', es: 'quienes-somos' }[locale]}/`,
	search: `${url('search', locale)}?q=Guatemala`,
	offline: url('offline', locale),
	'not found': `/${locale}/no-such-page/`,
});

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
	server = await serveSite(inject('siteDir'));
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** The page types also checked at phone width, where the layout changes most. */
const phoneChecks = new Set(['home', 'release', 'search', 'page with children']);

async function violations(path: string, width: number): Promise<string[]> {
	const context = await browser.newContext({ viewport: { width, height: 900 } });
	const page = await context.newPage();
	await page.goto(server.origin + path);
	if (path.includes('?q=')) {
		await page.locator('.results li').first().waitFor({ timeout: 10_000 });
	}
	const found = await axeViolations(page);
	await context.close();
	return found;
}

describe('axe-core finds no WCAG 2.2 A/AA violation', () => {
	it.each(locales)(
		'on every page type in %s, wide, and the main ones at phone width',
		async (locale) => {
			const problems: string[] = [];
			for (const [type, path] of Object.entries(pageTypes(locale))) {
				for (const width of phoneChecks.has(type) ? [1280, 360] : [1280]) {
					for (const v of await violations(path, width))
						problems.push(`${type} ${path} @${width}: ${v}`);
				}
			}
			expect(problems).toEqual([]);
		},
	);

	it('on the root language chooser and the root 404 page', async () => {
		expect(await violations('/', 1280)).toEqual([]);
		expect(await violations('/no-such-page', 1280)).toEqual([]);
	});
});
