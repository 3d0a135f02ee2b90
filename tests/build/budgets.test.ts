import { describe, expect, inject, it } from 'vitest';
import { pageWeight } from '../../bench/page-weight';
import { guatemala as release } from '../helpers/site';

const dist = inject('siteDir');

// Byte budgets. Times are measured by `npm run bench`, never asserted here. A release page runs
// three small scripts, each a cached module file of its own: the menu's Escape and close-on-leave
// handling (the menu itself opens without JavaScript), the copy-link button and the
// service-worker registration that makes the site work offline. The budget leaves room for these
// to grow a little, not for another one: search loads its code only on the search page.

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
		'runs no JavaScript on the %s release page beyond its three small script files',
		async (_, path) => {
			const weight = await pageWeight(dist, path);
			expect(weight.scripts).toBeLessThanOrEqual(3);
			expect(weight.externalScripts).toBe(weight.scripts);
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
