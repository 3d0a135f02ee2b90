import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { siteInBrowser } from '../helpers/site';

const site = siteInBrowser();

async function open(path: string, width: number, javaScriptEnabled = true): Promise<Page> {
	const context = await site.browser.newContext({
		viewport: { width, height: 800 },
		javaScriptEnabled,
	});
	const page = await context.newPage();
	await page.goto(site.server.origin + path);
	return page;
}

/** Presses Tab until `target` has focus (at most 60 times), as a keyboard user would. */
async function tabTo(page: Page, target: string | Locator): Promise<void> {
	const element = typeof target === 'string' ? page.locator(target).first() : target;
	for (let i = 0; i < 60; i++) {
		await page.keyboard.press('Tab');
		if (await element.evaluate((el) => el === document.activeElement)) return;
	}
	throw new Error(`Tab never reached ${String(target)}`);
}

/** Whether the `<details>` group of summary `n` is open. */
const groupOpen = (page: Page, n: number) =>
	page
		.locator('.site-nav details')
		.nth(n)
		.evaluate((el) => (el as HTMLDetailsElement).open);

/** Whether the narrow screens' menu drawer is open. */
const drawerOpen = (page: Page) =>
	page.locator('#site-menu').evaluate((el) => el.matches(':popover-open'));

const focusIn = (page: Page, selector: string) =>
	page.evaluate((s) => document.activeElement?.closest(s) !== null, selector);

describe('the main menu with a keyboard, on a wide screen', () => {
	it('opens and closes every group with the keyboard alone; Escape returns focus', async () => {
		const page = await open('/en/', 1280);
		const groups = page.locator('.site-nav details');
		const count = await groups.count();
		expect(count).toBe(4);
		for (let i = 0; i < count; i++) {
			const summary = groups.nth(i).locator('summary');
			const panel = groups.nth(i).locator('.panel');
			await tabTo(page, summary);
			expect(await panel.isVisible()).toBe(false);
			await page.keyboard.press('Enter');
			expect(await groupOpen(page, i), `group ${i}`).toBe(true);
			expect(await panel.isVisible()).toBe(true);
			await page.keyboard.press('Tab');
			expect(await focusIn(page, '.panel')).toBe(true);
			await page.keyboard.press('Escape');
			expect(await groupOpen(page, i)).toBe(false);
			expect(await panel.isVisible()).toBe(false);
			expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
		}
		await page.context().close();
	});

	it('keeps one panel open at a time, closes it when a click or the focus goes elsewhere, and shows a visible focus ring', async () => {
		const page = await open('/fr/', 1280);
		const summaries = page.locator('.site-nav summary');
		await summaries.nth(0).click();
		await summaries.nth(1).click();
		expect(await groupOpen(page, 0)).toBe(false);
		expect(await groupOpen(page, 1)).toBe(true);
		await page.locator('body').click({ position: { x: 5, y: 700 } });
		expect(await groupOpen(page, 1)).toBe(false);

		// Focus leaving an open group closes it, so its panel never covers what has focus.
		await summaries.last().click();
		const lastGroup = (await page.locator('.site-nav details').count()) - 1;
		expect(await groupOpen(page, lastGroup)).toBe(true);
		await tabTo(page, '.site-nav .item:last-child a');
		await page.keyboard.press('Tab');
		expect(await focusIn(page, '.site-nav')).toBe(false);
		expect(await groupOpen(page, lastGroup)).toBe(false);

		await page.goto(site.server.origin + '/fr/');
		await tabTo(page, '.site-nav summary');
		const outline = await page.evaluate(
			() => getComputedStyle(document.activeElement!).outlineStyle,
		);
		expect(outline).toBe('solid');
		await page.context().close();
	});
});

describe('the main menu on a 360 px phone', () => {
	it('is a drawer: closed at first, opened by its button, closed by Escape one level at a time', async () => {
		const page = await open('/es/', 360);
		const toggle = page.locator('.menu-toggle');
		const list = page.locator('.site-nav .menu');
		expect(await toggle.isVisible()).toBe(true);
		expect(await list.isVisible()).toBe(false);
		await tabTo(page, '.menu-toggle');
		await page.keyboard.press('Enter');
		expect(await drawerOpen(page)).toBe(true);
		expect(await list.isVisible()).toBe(true);
		const group = page.locator('.site-nav summary').nth(1);
		await group.click();
		expect(await page.locator('.site-nav details').nth(1).locator('a').first().isVisible()).toBe(
			true,
		);
		await group.press('Escape');
		expect(await groupOpen(page, 1)).toBe(false);
		expect(await drawerOpen(page)).toBe(true);
		await page.keyboard.press('Escape');
		expect(await drawerOpen(page)).toBe(false);
		expect(await list.isVisible()).toBe(false);
		expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.context().close();
	});

	it('holds the page still while open, and closes with its Close button or when the focus leaves', async () => {
		const page = await open('/fr/', 360);
		await page.locator('.menu-toggle').click();
		// The page behind the open drawer does not scroll.
		const overflow = () => page.evaluate(() => getComputedStyle(document.documentElement).overflow);
		expect(await overflow()).toBe('hidden');
		await page.locator('.menu-close').click();
		expect(await drawerOpen(page)).toBe(false);
		expect(await overflow()).toBe('visible');
		await page.locator('.menu-toggle').click();
		await page.locator('.site-nav .item:last-child a').focus();
		await page.keyboard.press('Tab');
		expect(await focusIn(page, '.site-nav')).toBe(false);
		expect(await drawerOpen(page)).toBe(false);
		await page.context().close();
	});
});

describe('the main menu without JavaScript', () => {
	it('still opens its groups on a wide screen, each with a link to its overview page', async () => {
		const page = await open('/fr/', 1280, false);
		const summaries = page.locator('.site-nav summary');
		expect(await summaries.count()).toBe(4);
		await summaries.nth(1).click();
		const overview = page.locator('.site-nav details').nth(1).locator('.panel-title');
		expect(await overview.isVisible()).toBe(true);
		expect(await overview.getAttribute('href')).toBe('/fr/qui-sommes-nous/');
		await summaries.nth(2).click();
		expect(await overview.isVisible()).toBe(false);
		await page.context().close();
	});

	it('still opens its drawer on a 360 px phone', async () => {
		const page = await open('/en/', 360, false);
		await page.locator('.menu-toggle').click();
		expect(await drawerOpen(page)).toBe(true);
		await page.locator('.site-nav summary').first().click();
		expect(await page.locator('.site-nav .panel-title').first().isVisible()).toBe(true);
		await page.context().close();
	});
});

describe('accessibility of the pages with navigation (axe-core, WCAG 2.2 A and AA)', () => {
	const pages = {
		en: [
			'/en/',
			'/en/news/',
			'/en/who-we-are/',
			'/en/our-work/',
			'/en/take-action/',
			'/en/data-and-research/',
			'/en/2030-agenda/',
		],
		fr: [
			'/fr/',
			'/fr/actualites/',
			'/fr/qui-sommes-nous/',
			'/fr/notre-travail/',
			'/fr/agir/',
			'/fr/donnees-et-recherche/',
			'/fr/programme-2030/',
		],
		es: [
			'/es/',
			'/es/noticias/',
			'/es/quienes-somos/',
			'/es/nuestro-trabajo/',
			'/es/actue/',
			'/es/datos-e-investigacion/',
			'/es/agenda-2030/',
		],
	};
	it.each(Object.entries(pages))(
		'has no violation in %s, menus closed and open',
		async (_locale, paths) => {
			const page = await open('/', 1280);
			for (const path of paths) {
				await page.goto(site.server.origin + path);
				expect(await axeViolations(page), path).toEqual([]);
			}
			await page.locator('.site-nav summary').nth(1).click();
			expect(await axeViolations(page), 'open menu').toEqual([]);
			await page.context().close();
		},
	);
});
