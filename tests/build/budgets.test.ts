import { describe, expect, inject, it } from 'vitest';
import { pageWeight } from '../../bench/page-weight';
import { guatemala as release } from '../helpers/site';

const dist = inject('siteDir');

// Byte budgets (issue 9). Times are measured by `npm run bench`, never asserted here.
// Today (November 2026) a release page weighs about 10.5 KB gzip (HTML ≈ 7.8 KB + CSS ≈ 3 KB) and
// runs three small inline scripts, ≈ 1.3 KB raw together: the menu's Escape and close-on-leave
// handling (SiteNav, ≈ 460 bytes; the menu itself opens without JavaScript), the copy-link button
// (ShareLinks, ≈ 540) and the service-worker registration that makes the site work offline
// (≈ 330). The "0 bytes before interaction" cannot hold with offline reading, which needs
// a script to register its worker; the budget leaves room for these to grow a little, not for
// another one: search loads its code only on the search page.

/** HTML + CSS of a release page, gzipped (the target). */
const releaseBudget = 14 * 1024;
/** JavaScript a release page runs on load: menu, copy link, offline registration. */
const scriptBudget = 1536;

describe('page weight', () => {
	it.each(Object.entries(release))(
		'keeps the %s release page within 14 KB of gzipped HTML and CSS',
		async (_, path) => {
			const weight = await pageWeight(dist, path);
			expect(weight.totalGzip).toBeLessThanOrEqual(releaseBudget);
		},
	);

	it.each(Object.entries(release))(
		'runs no JavaScript on the %s release page beyond its three small inline scripts',
		async (_, path) => {
			const weight = await pageWeight(dist, path);
			expect(weight.externalScripts).toBe(0);
			expect(weight.scripts).toBeLessThanOrEqual(3);
			expect(weight.jsBytes).toBeLessThanOrEqual(scriptBudget);
		},
	);

	it('keeps the home page and the news index within the same budgets', async () => {
		for (const path of ['/en/', '/en/news/', '/fr/', '/fr/actualites/']) {
			const weight = await pageWeight(dist, path);
			expect(weight.totalGzip, path).toBeLessThanOrEqual(releaseBudget);
			expect(weight.jsBytes, path).toBeLessThanOrEqual(scriptBudget);
		}
	});
});
