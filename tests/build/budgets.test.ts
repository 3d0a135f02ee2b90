import { describe, expect, inject, it } from 'vitest';
import { pageWeight } from '../../bench/page-weight';

const dist = inject('siteDir');
const release = {
	en: '/en/news/iom-assists-trafficking-victims-in-guatemala/',
	fr: '/fr/actualites/au-guatemala-l-oim-vient-en-aide-aux-victimes-de-la-traite/',
	es: '/es/noticias/la-oim-asiste-a-victimas-de-trata-en-guatemala/',
};

// Byte budgets (issue 9). Times are measured by `npm run bench`, never asserted here.
// Today (November 2026) a release page weighs about 8 KB gzip (HTML ≈ 5.9 KB + CSS ≈ 2.1 KB) and
// runs one script: the inline menu script of SiteNav (≈ 800 bytes raw, 430 gzip). The JS budget
// leaves room for that script to grow a little, not for a second one: search must load its code
// only when the reader opens it.

/** HTML + CSS of a release page, gzipped (the target). */
const releaseBudget = 14 * 1024;
/** JavaScript a release page runs before any interaction: the menu script only. */
const menuScriptBudget = 1024;

describe('page weight', () => {
	it.each(Object.entries(release))(
		'keeps the %s release page within 14 KB of gzipped HTML and CSS',
		async (_, path) => {
			const weight = await pageWeight(dist, path);
			expect(weight.totalGzip).toBeLessThanOrEqual(releaseBudget);
		},
	);

	it.each(Object.entries(release))(
		'runs no JavaScript on the %s release page beyond the small menu script',
		async (_, path) => {
			const weight = await pageWeight(dist, path);
			expect(weight.externalScripts).toBe(0);
			expect(weight.scripts).toBeLessThanOrEqual(1);
			expect(weight.jsBytes).toBeLessThanOrEqual(menuScriptBudget);
		},
	);

	it('keeps the home page and the news index within the same budgets', async () => {
		for (const path of ['/en/', '/en/news/', '/fr/', '/fr/actualites/']) {
			const weight = await pageWeight(dist, path);
			expect(weight.totalGzip, path).toBeLessThanOrEqual(releaseBudget);
			expect(weight.jsBytes, path).toBeLessThanOrEqual(menuScriptBudget);
		}
	});
});
