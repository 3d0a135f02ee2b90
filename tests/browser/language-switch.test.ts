import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { guatemala, siteInBrowser } from '../helpers/site';
import { patience } from '../helpers/patience';

type Lang = keyof typeof guatemala;

const site = siteInBrowser();

/** Opens a page, recording Content-Security-Policy violations and console errors. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
	const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(m.text());
	});
	page.on('pageerror', (e) => problems.push(e.message));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
		);
	});
	await page.goto(site.server.origin + path);
	return { page, problems };
}

const directions = (Object.keys(guatemala) as Lang[]).flatMap((from) =>
	(Object.keys(guatemala) as Lang[]).filter((to) => to !== from).map((to) => [from, to] as const),
);

describe('switching language from the Guatemala release', () => {
	it.each(directions)('leads from %s to its %s translation', async (from, to) => {
		const { page, problems } = await open(guatemala[from]);
		await page.locator(`.switcher a[hreflang="${to}"]`).click();
		await page.waitForURL(site.server.origin + guatemala[to]);
		expect(await page.getAttribute('html', 'lang')).toBe(to);
		expect(await page.locator('article h1').textContent()).toMatch(/65/);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

describe('the head metadata in a browser, under the site’s CSP', () => {
	it.each(Object.keys(guatemala) as Lang[])(
		'keeps the JSON-LD of the %s release readable and violates no policy',
		async (lang) => {
			const { page, problems } = await open(guatemala[lang]);
			const json = await page.locator('script[type="application/ld+json"]').textContent();
			expect(JSON.parse(json ?? '')).toMatchObject({ '@type': 'NewsArticle', inLanguage: lang });
			expect(problems).toEqual([]);
			expect(await axeViolations(page)).toEqual([]);
			await page.context().close();
		},
	);

	it('would notice a blocked script: an inline one added to the page is reported', async () => {
		const { page, problems } = await open(guatemala.en);
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'document.title = "ran";';
			document.head.append(script);
		});
		await expect
			.poll(() => problems, { timeout: patience })
			.toContainEqual(expect.stringContaining('CSP violation: script-src'));
		expect(await page.title()).not.toBe('ran');
		await page.context().close();
	});
});
