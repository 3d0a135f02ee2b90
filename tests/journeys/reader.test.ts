// Journey: the reader. She arrives on a release from a link (her first visit), reads it, loses
// the network, reloads it, opens the home page and searches, all offline; in each language, on
// the real site served with the production headers.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { offlineSummary } from '../../src/i18n/file-routes';
import { locales, type Locale } from '../../src/i18n/locales';
import { url } from '../../src/i18n/routes';
import { useTranslations } from '../../src/i18n/translate';
import type { OfflineSummary } from '../../src/offline/rules';
import { guatemala, queries, siteInBrowser } from '../helpers/site';
import { patience } from '../helpers/patience';

const site = siteInBrowser();

/** Every path in the caches of the page's origin. */
const cached = (page: Page) =>
	page.evaluate(async () => {
		const paths: string[] = [];
		for (const name of await caches.keys()) {
			for (const request of await (await caches.open(name)).keys())
				paths.push(new URL(request.url).pathname);
		}
		return paths;
	});

/** What the reader sees of the page: its headline, and whether the site's stylesheet applies. */
const seen = (page: Page) =>
	page.evaluate(() => ({
		headline: document.querySelector('main h1')?.textContent ?? '',
		styled: getComputedStyle(document.querySelector('.site-header')!).backgroundColor,
	}));

describe.each(locales)('the reader, in %s', (locale: Locale) => {
	const t = useTranslations(locale);

	it('arrives on a release from a link, and reads it, the home page and search offline', async () => {
		const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
		const page = await context.newPage();
		const problems: string[] = [];
		page.on('pageerror', (e) => problems.push(e.message));
		await page.goto(site.server.origin + guatemala[locale]);
		const online = await seen(page);
		// The service worker installs after the page has loaded, and keeps the page it arrived on,
		// then the locale's essentials (home page, search page and index) in the background.
		await page.evaluate(() => navigator.serviceWorker.ready);
		const { essentials } = JSON.parse(
			await readFile(join(inject('siteDir'), offlineSummary(locale)), 'utf8'),
		) as OfflineSummary;
		await expect
			.poll(() => cached(page), { timeout: patience })
			.toEqual(expect.arrayContaining([guatemala[locale], ...essentials]));

		await context.setOffline(true);
		await page.reload();
		expect(await seen(page)).toEqual(online);
		expect(await page.getByText(t('offline.lead')).count()).toBe(0);

		await page.goto(site.server.origin + url('home', locale));
		expect(await page.locator('main h1').textContent()).toBe(t('home.title'));

		await page.goto(`${site.server.origin}${url('search', locale)}?q=${queries[locale]}`);
		await expect
			.poll(() => page.locator('.search-form .status').textContent(), { timeout: patience })
			.toMatch(/\d/);
		const status = (await page.locator('.search-form .status').textContent()) ?? '';
		const links = await page
			.locator('.results h2 a')
			.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		// The release she read is found and shown; the status says the others are not saved.
		expect(links).toContain(guatemala[locale]);
		expect(status).toMatch(new RegExp(`^\\d+ .+${queries[locale]}.+\\. `));
		expect(status.endsWith(`. ${t('search.offlineSome')}`)).toBe(true);
		expect(problems).toEqual([]);
		await context.close();
	});
});
