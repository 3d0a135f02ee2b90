import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { url } from '../../src/i18n/routes';
import { listPages } from '../helpers/dist';
import { launchBrowser } from '../../scripts/lib/chromium';
import { serveSite, type StaticServer } from '../../scripts/lib/static-server';
import { pageTypes } from '../helpers/site';
import { patience } from '../helpers/patience';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
/** Every request any page made, as full URLs, and everything that went wrong. */
const requests: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
	server = await serveSite(inject('siteDir'));
	browser = await launchBrowser();
	// A language the site does not offer, so the root chooser stays instead of moving on.
	context = await browser.newContext({ locale: 'de-DE' });
	context.on('request', (r) => requests.push(r.url()));
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`),
		);
	});
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** Opens `path` (and waits for search results), returns the status and the problems seen. */
async function visit(
	path: string,
	act?: (page: Page, seen: string[]) => Promise<unknown>,
): Promise<{ status?: number; problems: string[] }> {
	const page = await context.newPage();
	const seen: string[] = [];
	page.on('console', (m) => m.type() === 'error' && seen.push(m.text()));
	page.on('pageerror', (e) => seen.push(e.message));
	const response = await page.goto(server.origin + path);
	if (path.includes('?q=')) {
		await expect
			.poll(() => page.locator('.results h2 a').count(), { timeout: patience })
			.toBeGreaterThan(0);
	}
	await act?.(page, seen);
	await page.close();
	return { status: response?.status(), problems: seen };
}

describe(`every page type under the production headers (${locales.join(', ')})`, () => {
	it.each(locales)('loads every page type in %s with no CSP violation or error', async (locale) => {
		const types = pageTypes(locale, await listPages(inject('siteDir')));
		for (const [type, path] of Object.entries(types)) {
			const { status, problems: seen } = await visit(path);
			expect(status, `${type} ${path}`).toBe(type === 'notFound' ? 404 : 200);
			// Chromium reports the 404 status of the page itself as a console error; nothing else may.
			const expected = type === 'notFound' ? /status of 404/ : /^$/;
			problems.push(...seen.filter((m) => !expected.test(m)).map((m) => `${path}: ${m}`));
		}
		expect(problems).toEqual([]);
	});

	it('loads the root language chooser and the root 404 page cleanly', async () => {
		expect(await visit('/')).toEqual({ status: 200, problems: [] });
		const missing = await visit('/no-such-page/');
		expect(missing.status).toBe(404);
		expect(missing.problems.filter((m) => !/status of 404/.test(m))).toEqual([]);
	});

	it('notices a violation: a style attribute set by a script is blocked and reported', async () => {
		const { problems: seen } = await visit(url('home', 'fr'), async (page, problems) => {
			await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
			await expect.poll(() => problems.length).toBeGreaterThan(0);
		});
		// Two policies bind the page, the header's and the meta's: each reports it.
		expect(seen).toContain('CSP violation: style-src-attr blocked inline');
		expect(seen.filter((m) => m.startsWith('Applying inline style violates')).length).toBe(2);
	});

	it('never requested anything outside the site’s origin, search included', () => {
		expect(requests.length).toBeGreaterThan(50);
		const external = requests.filter((r) => new URL(r).origin !== server.origin);
		expect(external).toEqual([]);
		// The search pages did fetch Pagefind's index, WebAssembly and fragments.
		for (const part of ['/pagefind/fr/recent/pagefind-entry.json', '.pagefind', '.pf_fragment']) {
			expect(
				requests.some((r) => r.includes(part)),
				part,
			).toBe(true);
		}
	});
});
