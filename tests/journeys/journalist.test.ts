// Journey: the journalist, in French on a laptop. She searches the newsroom, opens the release
// she finds (the words she searched are marked), saves the press contact's card to her address
// book, and finds on the Subscribe page the feed of the country she covers; on the real site
// served with the production headers.
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { url } from '../../src/i18n/routes';
import { useTranslations } from '../../src/i18n/translate';
import { guatemala, siteInBrowser, watchedPage } from '../helpers/site';
import { patience } from '../helpers/patience';

const t = useTranslations('fr');
const site = siteInBrowser();

describe('the journalist', () => {
	it('searches, opens a result with her words marked, saves the contact card, finds the country feed', async () => {
		const { page, problems } = await watchedPage(site.browser, {
			viewport: { width: 1280, height: 900 },
			acceptDownloads: true,
		});

		// From the home page's search box, as a visitor would.
		await page.goto(site.server.origin + url('home', 'fr'));
		await page.getByRole('searchbox', { name: t('search.title') }).fill('traite');
		await page.keyboard.press('Enter');
		const result = page.locator('.results h2 a', { hasText: 'Au Guatemala' });
		await result.waitFor({ timeout: patience });
		await result.click();
		await page.waitForURL((u) => u.pathname === guatemala.fr);
		await expect
			.poll(() => page.locator('article mark.pagefind-highlight').count(), { timeout: patience })
			.toBeGreaterThan(0);

		// The press contact's card, saved as a file her address book reads.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: /Marina Palma.*vCard/ }).click(),
		]);
		expect(download.suggestedFilename()).toBe('marina-palma.vcf');
		const card = new ICAL.Component(
			ICAL.parse(await readFile(await download.path(), 'utf8')) as unknown[],
		);
		expect(card.getFirstPropertyValue('fn')).toBe('Marina Palma');
		expect(card.getFirstPropertyValue('email')).toBe('mpalma@iom.int');
		expect(String(card.getFirstPropertyValue('tel'))).toMatch(/\+502 ?2314 ?0041/);

		// The Subscribe page, from the site's footer, lists the feed of Guatemala.
		await page.locator('.site-footer').getByRole('link', { name: 'S’abonner' }).click();
		await page.waitForURL((u) => u.pathname === url('subscribe', 'fr'));
		const feed = page
			.locator('section', { has: page.getByRole('heading', { name: t('subscribe.byCountry') }) })
			.getByRole('link', { name: 'Guatemala' });
		const href = (await feed.getAttribute('href')) ?? '';
		const response = await page.request.get(site.server.origin + href);
		expect(response.headers()['content-type']).toMatch(/xml/);
		const rss = new XMLParser().parse(await response.text()) as {
			rss: { channel: { item: { link: string } | { link: string }[] } };
		};
		const items = [rss.rss.channel.item].flat();
		expect(items.map((item) => new URL(item.link).pathname)).toContain(guatemala.fr);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
