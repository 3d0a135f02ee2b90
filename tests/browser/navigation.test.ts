import type { Page } from 'playwright-core';
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

/** Presses Tab until `selector` has focus (at most 60 times), as a keyboard user would. */
async function tabTo(page: Page, selector: string): Promise<void> {
	for (let i = 0; i < 60; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
	}
	throw new Error(`Tab never reached ${selector}`);
}

describe('the main menu with a keyboard, on a wide screen', () => {
	it('opens and closes every group with the keyboard alone; Escape returns focus', async () => {
		const page = await open('/en/', 1280);
		const toggles = page.locator('.site-nav .top-toggle');
		const count = await toggles.count();
		expect(count).toBe(4);
		for (let i = 0; i < count; i++) {
			const toggle = toggles.nth(i);
			const panel = page.locator(`#${await toggle.getAttribute('aria-controls')}`);
			await tabTo(
				page,
				`.top-toggle[aria-controls="${await toggle.getAttribute('aria-controls')}"]`,
			);
			await expect.poll(() => panel.isVisible()).toBe(false);
			await page.keyboard.press('Enter');
			expect(await toggle.getAttribute('aria-expanded')).toBe('true');
			expect(await panel.isVisible()).toBe(true);
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => document.activeElement?.closest('.panel') !== null)).toBe(
				true,
			);
			await page.keyboard.press('Escape');
			expect(await toggle.getAttribute('aria-expanded')).toBe('false');
			expect(await panel.isVisible()).toBe(false);
			expect(
				await page.evaluate(() => document.activeElement?.classList.contains('top-toggle')),
			).toBe(true);
			expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
		}
		await page.context().close();
	});

	it('keeps one panel open at a time and shows a visible focus ring', async () => {
		const page = await open('/fr/', 1280);
		const [first, second] = [
			page.locator('.top-toggle').nth(0),
			page.locator('.top-toggle').nth(1),
		];
		await first.click();
		await second.click();
		expect(await first.getAttribute('aria-expanded')).toBe('false');
		expect(await second.getAttribute('aria-expanded')).toBe('true');
		await page.locator('body').click({ position: { x: 5, y: 700 } });
		expect(await second.getAttribute('aria-expanded')).toBe('false');
		await tabTo(page, '.top-toggle');
		const outline = await page.evaluate(
			() => getComputedStyle(document.activeElement!).outlineStyle,
		);
		expect(outline).toBe('solid');
		await page.context().close();
	});
});

describe('the main menu on a 360 px phone', () => {
	it('is one collapsible menu: closed at first, opened by its button, closed by Escape', async () => {
		const page = await open('/es/', 360);
		const toggle = page.locator('.menu-toggle');
		const list = page.locator('#menu-list');
		expect(await toggle.isVisible()).toBe(true);
		expect(await list.isVisible()).toBe(false);
		await tabTo(page, '.menu-toggle');
		await page.keyboard.press('Enter');
		expect(await toggle.getAttribute('aria-expanded')).toBe('true');
		expect(await list.isVisible()).toBe(true);
		const group = page.locator('.top-toggle').nth(1);
		await group.click();
		expect(await page.locator('#menu-panel-1 a').first().isVisible()).toBe(true);
		await group.press('Escape');
		expect(await group.getAttribute('aria-expanded')).toBe('false');
		await toggle.focus();
		await page.keyboard.press('Escape');
		expect(await toggle.getAttribute('aria-expanded')).toBe('false');
		expect(await list.isVisible()).toBe(false);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.context().close();
	});
});

describe('the main menu without JavaScript', () => {
	it('shows every group as a link to its overview page', async () => {
		const page = await open('/fr/', 1280, false);
		const links = page.locator('.site-nav .top-link');
		expect(await links.count()).toBe(6);
		for (let i = 0; i < 6; i++) expect(await links.nth(i).isVisible()).toBe(true);
		expect(await page.locator('.site-nav .top-toggle').first().isVisible()).toBe(false);
		expect(await links.nth(1).getAttribute('href')).toBe('/fr/qui-sommes-nous/');
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
			await page.locator('.top-toggle').nth(1).click();
			expect(await axeViolations(page), 'open menu').toEqual([]);
			await page.context().close();
		},
	);
});
