// Accessibility gate (issue 8): axe-core, WCAG 2.0/2.1/2.2 A and AA, on every page type of every
// locale, served with the production headers.
import { describe, expect, inject, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { axeViolations } from '../helpers/axe';
import { listPages } from '../helpers/dist';
import { pageTypes, siteInBrowser } from '../helpers/site';
import { patience } from '../helpers/patience';

const site = siteInBrowser();

/** The page types also checked at phone width, where the layout changes most. */
const phoneChecks = new Set(['home', 'release', 'search', 'institutional']);

async function violations(path: string, width: number): Promise<string[]> {
	const context = await site.browser.newContext({ viewport: { width, height: 900 } });
	const page = await context.newPage();
	await page.goto(site.server.origin + path);
	if (path.includes('?q=')) {
		await page.locator('.results li').first().waitFor({ timeout: patience });
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
			const pages = await listPages(inject('siteDir'));
			for (const [type, path] of Object.entries(pageTypes(locale, pages))) {
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
