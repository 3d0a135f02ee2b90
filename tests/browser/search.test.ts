import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { launchBrowser } from '../../scripts/lib/chromium';
import { searchRecords } from '../helpers/dist';
import { serveSite, type StaticServer } from '../../scripts/lib/static-server';
import { guatemala } from '../helpers/site';
import { patience } from '../helpers/patience';

const dist = inject('siteDir');
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
/** Everything that went wrong in any page: CSP violations, console errors, uncaught errors. */
const problems: string[] = [];

beforeAll(async () => {
	// The production policy, sent as a real header: unlike <meta>, it also binds Pagefind's worker.
	server = await serveSite(dist);
	browser = await launchBrowser();
	context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
		);
	});
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
	expect(problems).toEqual([]);
});

async function open(path: string): Promise<Page> {
	const page = await context.newPage();
	page.on('console', (m) => m.type() === 'error' && problems.push(`${path}: ${m.text()}`));
	page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
	await page.goto(server.origin + path);
	return page;
}

/** The number a filter value shows beside its label, as in "Guatemala (1)". */
async function countBeside(page: Page, name: RegExp): Promise<number> {
	const text = await page
		.getByRole('checkbox', { name })
		.locator('xpath=..')
		.locator('.count')
		.textContent();
	return Number(/\((\d+)\)/.exec(text ?? '')?.[1]);
}

/** Opens the filter pane (a closed <details> until then) and waits for its groups. */
async function openFilters(page: Page): Promise<void> {
	await page.locator('details.filters summary').click();
	await expect
		.poll(() => page.locator('.filters fieldset').count(), { timeout: patience })
		.toBeGreaterThan(0);
}

/** The total the status announces, as in "12 résultats pour « traite »". */
async function announcedTotal(page: Page): Promise<number> {
	return Number(/^\d+/.exec((await page.locator('.search-form .status').textContent()) ?? '')?.[0]);
}

/** The hrefs of the results, once the status says the search has finished. */
async function results(page: Page): Promise<string[]> {
	await expect
		.poll(() => page.locator('.search-form .status').textContent(), { timeout: patience })
		.toMatch(/\d|Aucun|No /);
	return page
		.locator('.results h2 a')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search in the browser, under the production CSP header', () => {
	it('finds the French release for "traite" on the French search page, and not the English one', async () => {
		const page = await open('/fr/recherche/?q=traite');
		const found = await results(page);
		expect(found[0]).toBe(guatemala.fr);
		expect(found).not.toContain(guatemala.en);
		expect(found.every((u) => u.startsWith('/fr/'))).toBe(true);
		expect(await page.locator('.search-form .status').textContent()).toMatch(
			/^\d+ résultats pour «\u202ftraite\u202f»$/,
		);
		await expect.poll(() => page.locator('.results mark').first().textContent()).toMatch(/trait/);
		await page.close();
	});

	it('finds the English release for "trafficking" on the English search page', async () => {
		const page = await open('/en/search/?q=trafficking');
		const found = await results(page);
		expect(found[0]).toBe(guatemala.en);
		expect(found.every((u) => u.startsWith('/en/'))).toBe(true);
		await page.close();
	});

	it('fills the form from ?q= and shows the date and dateline of each release', async () => {
		const page = await open('/es/buscar/?q=trata');
		expect(await page.locator('#search-query').inputValue()).toBe('trata');
		expect(await results(page)).toContain(guatemala.es);
		const first = page.locator('.results li').first();
		expect(await first.locator('.meta').textContent()).toBe('16 de septiembre de 2024 · Guatemala');
		await page.close();
	});

	it('narrows by a localized filter and keeps the choice in the URL', async () => {
		const page = await open('/fr/recherche/?q=traite');
		const all = await results(page);
		expect(all.length).toBeGreaterThan(1);
		await openFilters(page);
		// Counts are those of this search, not of the whole index: "Guatemala (1)", the one
		// result checking it leaves.
		expect(await countBeside(page, /^Guatemala/)).toBe(1);
		await page.getByRole('checkbox', { name: /^Guatemala/ }).check();
		await expect.poll(() => page.locator('.results h2 a').count()).toBe(1);
		expect(await results(page)).toEqual([guatemala.fr]);
		// The URL keeps the language-neutral code, so the link works in any language.
		expect(new URL(page.url()).searchParams.getAll('country')).toEqual(['GT']);
		await expect
			.poll(() => page.locator('.filters legend').allTextContents())
			.toEqual(['Thématique', 'Pays', 'Année', 'Type']);
		await page.close();
	});

	it('fetches no filter data for a search until the reader opens the filters, or a link names one', async () => {
		const filterFiles: string[] = [];
		const page = await context.newPage();
		page.on('console', (m) => m.type() === 'error' && problems.push(`filters: ${m.text()}`));
		page.on('request', (r) => {
			const path = new URL(r.url()).pathname;
			if (/^\/pagefind\/[a-z]+\/[a-z]+\/filter\//.test(path)) filterFiles.push(path);
		});
		await page.goto(`${server.origin}/en/search/?q=trafficking`);
		expect(await results(page)).toContain(guatemala.en);
		const pane = page.locator('details.filters');
		expect(await pane.getAttribute('open')).toBeNull();
		expect(await page.locator('.filters fieldset').count()).toBe(0);
		expect(filterFiles).toEqual([]);
		// Opening the pane loads them and counts this search's results under each value.
		await openFilters(page);
		expect(filterFiles.length).toBeGreaterThan(0);
		expect(await countBeside(page, /^Guatemala/)).toBe(1);
		// A shared link that names a value opens the pane with the value ticked.
		const shared = await open('/en/search/?q=trafficking&country=GT');
		expect(await results(shared)).toEqual([guatemala.en]);
		expect(await shared.locator('details.filters').getAttribute('open')).toBe('');
		expect(await shared.getByRole('checkbox', { name: /^Guatemala/ }).isChecked()).toBe(true);
		await Promise.all([page.close(), shared.close()]);
	});

	it('searches every language at once, labelling each result with its language', async () => {
		const page = await open('/fr/recherche/?q=Guatemala&all=1');
		expect(await page.locator('input[name="all"]').isChecked()).toBe(true);
		const found = await results(page);
		expect(found).toEqual(expect.arrayContaining(Object.values(guatemala)));
		// Each link carries the searched word, which the opened page marks (highlight.test.ts).
		const english = page.locator(`.results a[href^="${guatemala.en}?pagefind-highlight="]`);
		expect(await english.getAttribute('hreflang')).toBe('en');
		const item = page.locator('.results li', {
			has: page.locator(`h2 a[href^="${guatemala.en}?"]`),
		});
		expect(await item.locator('.language').textContent()).toBe('English');
		await openFilters(page);
		await expect.poll(() => page.locator('.filters legend').allTextContents()).toContain('Langue');
		// Each topic once, in French, counting its releases in all three languages.
		const topicsShown = page.locator('fieldset', { hasText: 'Thématique' }).locator('label');
		expect(await topicsShown.allTextContents()).toEqual([
			'Lutte contre la traite(3)',
			'Protection de l’enfance(3)',
			'Renforcement des capacités(3)',
		]);
		// The language filter counts this search's results in each language, and narrows across
		// the three: checking English leaves as many results as it said.
		const englishCount = await countBeside(page, /^English/);
		expect(englishCount).toBeGreaterThan(0);
		expect(englishCount).toBeLessThan(await announcedTotal(page));
		await page.getByRole('checkbox', { name: /^English/ }).check();
		await expect
			.poll(async () => (await results(page)).every((url) => url.startsWith('/en/')), {
				timeout: patience,
			})
			.toBe(true);
		expect(await results(page)).toContain(guatemala.en);
		expect(await announcedTotal(page)).toBe(englishCount);
		await page.close();
	});

	it('shows the whole index’s counts while nothing is searched', async () => {
		const page = await open('/fr/recherche/?all=1');
		const englishPages = (await searchRecords(dist)).filter((r) => r.language === 'en').length;
		await openFilters(page);
		await expect
			.poll(() => countBeside(page, /^English/), { timeout: patience })
			.toBe(englishPages);
		// A search changes the counts; emptying the box brings the index's back.
		await page.locator('#search-query').fill('Guatemala');
		await expect
			.poll(() => countBeside(page, /^English/), { timeout: patience })
			.toBeLessThan(englishPages);
		await page.locator('#search-query').fill('');
		await expect
			.poll(() => countBeside(page, /^English/), { timeout: patience })
			.toBe(englishPages);
		await page.close();
	});

	it('merges the languages newest first, undated pages after the releases rather than left out', async () => {
		const published = new Map(
			(await searchRecords(dist)).map((r) => [r.url, r.meta.published ?? '']),
		);
		const status = (page: Page) => page.locator('.search-form .status').textContent();
		// A word of the release's text in all three languages, and of institutional pages.
		const byRelevance = await open('/en/search/?q=Guatemala&all=1');
		await results(byRelevance);
		const page = await open('/en/search/?q=Guatemala&all=1&sort=newest');
		const found = await results(page);
		// Pagefind drops a record without the sort key: every page has one, so none is lost.
		expect(await status(page)).toBe(await status(byRelevance));
		// The one release of the site, in its three languages (the order is unit-tested), then pages.
		expect(found.slice(0, 3).sort()).toEqual(Object.values(guatemala).sort());
		expect(found.slice(0, 3).map((url) => published.get(url))).toEqual(Array(3).fill('2024-09-16'));
		expect(found.length).toBeGreaterThan(3);
		expect(found.slice(3).map((url) => published.get(url))).toEqual(
			Array(found.length - 3).fill(''),
		);
		await Promise.all([page.close(), byRelevance.close()]);
	});

	it('works with the keyboard alone, from the header search box of any page', async () => {
		const page = await open('/es/');
		await page.locator('#header-search').focus();
		await page.keyboard.type('trata');
		await page.keyboard.press('Enter');
		await page.waitForURL('**/es/buscar/?q=trata');
		expect(await results(page)).toContain(guatemala.es);
		await page.locator('#search-query').focus();
		// From the query field, Tab reaches the options, the filters, then the first result.
		for (let i = 0; i < 30; i++) {
			await page.keyboard.press('Tab');
			const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
			if (href) {
				expect(href).toBe(`${guatemala.es}?pagefind-highlight=trata`);
				break;
			}
		}
		await page.keyboard.press('Enter');
		await page.waitForURL(`**${guatemala.es}?pagefind-highlight=trata`);
		await page.close();
	});

	it('has no WCAG 2.2 A/AA violation with results and filters shown', async () => {
		for (const path of ['/en/search/?q=IOM', '/fr/recherche/?q=traite&all=1']) {
			const page = await open(path);
			await results(page);
			await openFilters(page);
			expect(await axeViolations(page), path).toEqual([]);
			await page.close();
		}
	});
});
