// The searched words marked on a release opened from a search result, under the production
// headers (nginx with the site's CSP): Pagefind's highlighting script is loaded then and only
// then, the marks use the site's colours in both schemes, and print keeps them.
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { guatemala } from '../helpers/site';
import { siteInBrowser } from '../helpers/site';
import { patience } from '../helpers/patience';

const site = siteInBrowser();

/** A page of a fresh context, with what it requested and everything that went wrong. */
async function openPage(
	path: string,
	colorScheme: 'light' | 'dark' = 'light',
): Promise<{ page: Page; context: BrowserContext; requests: string[]; problems: string[] }> {
	const context = await site.browser.newContext({ colorScheme, serviceWorkers: 'block' });
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`),
		);
	});
	const requests: string[] = [];
	const problems: string[] = [];
	context.on('request', (r) => requests.push(new URL(r.url()).pathname));
	const page = await context.newPage();
	page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
	page.on('pageerror', (e) => problems.push(e.message));
	await page.goto(site.server.origin + path);
	return { page, context, requests, problems };
}

const highlighter = '/pagefind/en/recent/pagefind-highlight.js';
const marks = (page: Page, within: string) =>
	page.locator(`${within} mark.pagefind-highlight`).allTextContents();

describe('search hits highlighted on the opened page', () => {
	let opened: Awaited<ReturnType<typeof openPage>>;
	beforeAll(async () => {
		opened = await openPage('/en/search/?q=trafficking%20shelter');
		const result = opened.page.locator(`.results h2 a[href*="${guatemala.en}"]`).first();
		await result.waitFor({ timeout: patience });
		await result.click();
		await opened.page.waitForURL(/pagefind-highlight=/);
		await opened.page
			.locator('article mark.pagefind-highlight')
			.first()
			.waitFor({ timeout: patience });
	});

	it('carries the searched words from the result to the page, one parameter each', () => {
		const url = new URL(opened.page.url());
		expect(url.pathname).toBe(guatemala.en);
		expect(url.searchParams.getAll('pagefind-highlight')).toEqual(['trafficking', 'shelter']);
	});

	it('marks the words in the release’s text only, with no CSP violation or error', async () => {
		const inText = await marks(opened.page, 'article .body');
		expect(new Set(inText.map((w) => w.toLowerCase()))).toEqual(
			new Set(['trafficking', 'shelter']),
		);
		// The lead and title are indexed text too; the notes, contacts and navigation are not.
		expect(await marks(opened.page, 'article .lead')).toContain('trafficking');
		expect(await marks(opened.page, '.release-notes')).toEqual([]);
		expect(await marks(opened.page, '.site-header')).toEqual([]);
		expect(await marks(opened.page, '.filed')).toEqual([]);
		expect(opened.requests).toContain(highlighter);
		expect(opened.problems).toEqual([]);
	});

	it('loads no highlighting script on a page opened any other way', async () => {
		const direct = await openPage(guatemala.en);
		await direct.page.waitForLoadState('networkidle');
		expect(direct.requests.filter((r) => r.includes('pagefind'))).toEqual([]);
		expect(await direct.page.locator('mark').count()).toBe(0);
		expect(direct.problems).toEqual([]);
		await direct.context.close();
	});

	it.each(['light', 'dark'] as const)(
		'draws the marks in the site’s colours, readable, in the %s scheme',
		async (scheme) => {
			const { page, context, problems } = await openPage(
				`${guatemala.en}?pagefind-highlight=trafficking`,
				scheme,
			);
			const mark = page.locator('article .body mark.pagefind-highlight').first();
			await mark.waitFor({ timeout: patience });
			const colours = await mark.evaluate((m) => {
				const style = getComputedStyle(m);
				const root = getComputedStyle(document.documentElement);
				const rgb = (hex: string) => {
					const probe = document.createElement('i');
					probe.style.color = hex.trim();
					document.body.append(probe);
					const value = getComputedStyle(probe).color;
					probe.remove();
					return value;
				};
				return {
					background: style.backgroundColor,
					color: style.color,
					expected: {
						background: rgb(root.getPropertyValue('--color-mark')),
						color: rgb(root.getPropertyValue('--color-mark-text')),
					},
				};
			});
			// Pagefind's own inline style (yellow on black) is not added: the site's tokens apply,
			// whose contrast tests/unit/styles/contrast.test.ts checks.
			expect({ background: colours.background, color: colours.color }).toEqual(colours.expected);
			expect(problems).toEqual([]);
			await context.close();
		},
	);

	it('keeps the marks and the notes to editors in print', async () => {
		const { page, context } = await openPage(`${guatemala.en}?pagefind-highlight=trafficking`);
		const mark = page.locator('article .body mark.pagefind-highlight').first();
		await mark.waitFor({ timeout: patience });
		await page.emulateMedia({ media: 'print' });
		const printed = await mark.evaluate((m) => {
			const style = getComputedStyle(m);
			return { weight: style.fontWeight, line: style.textDecorationLine };
		});
		expect(printed).toEqual({ weight: '700', line: 'underline' });
		expect(await page.locator('.release-notes').isVisible()).toBe(true);
		expect(await page.locator('.release-notes').textContent()).toContain('About IOM');
		await context.close();
	});
});
