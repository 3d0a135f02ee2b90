import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { astroBuild } from '../helpers/astro';
import { axeViolations } from '../helpers/axe';
import { launchBrowser } from '../../scripts/lib/chromium';
import { serveSite, type StaticServer } from '../../scripts/lib/static-server';
import { patience } from '../helpers/patience';

// The real site's release (contacts, share links) and the fixture release with pictures and a
// link in its body (tests/fixtures/markdown), each served as a static host would.
const guatemala = '/en/news/iom-assists-trafficking-victims-in-guatemala/';
const pictures = '/en/news/release-with-pictures/';

let site: StaticServer;
let fixture: StaticServer;
let browser: Browser;
beforeAll(async () => {
	const build = await astroBuild('release-browser', { content: 'tests/fixtures/markdown' });
	expect(build.ok, build.output).toBe(true);
	site = await serveSite(inject('siteDir'));
	fixture = await serveSite(build.outDir);
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
	await fixture?.close();
});

async function open(
	url: string,
	options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ page: Page; context: BrowserContext }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
	const page = await context.newPage();
	await page.goto(url);
	return { page, context };
}

describe('a release page in print', () => {
	it('prints the release and its contacts, without navigation, footer or share links', async () => {
		const { page, context } = await open(site.origin + guatemala);
		await page.emulateMedia({ media: 'print' });
		for (const hidden of ['.site-header', '.site-nav', '.site-footer', '.breadcrumbs', '.share']) {
			expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
		}
		for (const shown of ['article h1', 'article .lead', 'article .body', '.contacts']) {
			expect(await page.locator(shown).first().isVisible(), shown).toBe(true);
		}
		expect(await page.locator('.contacts a[href^="mailto:"]').textContent()).toBe('mpalma@iom.int');
		await page.emulateMedia({ media: 'screen' });
		expect(await page.locator('.site-nav').isVisible()).toBe(true);
		expect(await page.locator('.share').isVisible()).toBe(true);
		await context.close();
	});

	it('prints the address of a link of the body after it, and keeps the pictures and contacts', async () => {
		const { page, context } = await open(fixture.origin + pictures);
		await page.emulateMedia({ media: 'print' });
		const after = (selector: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((a) => getComputedStyle(a, '::after').content);
		expect(await after('article .body a[href^="https:"]')).toBe('" <https://www.iom.int/>"');
		expect(await page.locator('figure.hero img').isVisible()).toBe(true);
		expect(await page.locator('.contacts').isVisible()).toBe(true);
		await page.emulateMedia({ media: 'screen' });
		expect(await after('article .body a[href^="https:"]')).toBe('none');
		await context.close();
	});
});

describe('the copy-link control', () => {
	it('copies the canonical URL to the clipboard and announces it', async () => {
		const { page, context } = await open(site.origin + guatemala, {
			permissions: ['clipboard-read', 'clipboard-write'],
		});
		const button = page.locator('.share button.copy-link');
		expect(await button.textContent()).toBe('Copy link');
		expect(await page.locator('.share a.copy-link').count()).toBe(0);
		await button.focus();
		await page.keyboard.press('Enter');
		const status = page.locator('.share [role="status"]');
		await expect
			.poll(() => status.textContent(), { timeout: patience })
			.toBe('Link copied to the clipboard.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`https://newsroom.example.org${guatemala}`,
		);
		await context.close();
	});

	it('is a plain link to the canonical URL without JavaScript', async () => {
		const { page, context } = await open(site.origin + guatemala, {
			javaScriptEnabled: false,
		});
		const link = page.locator('.share a.copy-link');
		expect(await link.getAttribute('href')).toBe(`https://newsroom.example.org${guatemala}`);
		expect(await link.isVisible()).toBe(true);
		await context.close();
	});

	it('leaves release pages without accessibility violations, before and after copying', async () => {
		const { page, context } = await open(fixture.origin + pictures, {
			permissions: ['clipboard-read', 'clipboard-write'],
		});
		expect(await axeViolations(page)).toEqual([]);
		await page.locator('.share button.copy-link').click();
		await expect
			.poll(() => page.locator('.share [role="status"]').textContent(), { timeout: patience })
			.not.toBe('');
		expect(await axeViolations(page)).toEqual([]);
		await page.goto(
			site.origin + '/fr/actualites/au-guatemala-l-oim-vient-en-aide-aux-victimes-de-la-traite/',
		);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});
});
