import { describe, expect, it } from 'vitest';
import { manifestFor, type BuiltFiles } from '../../../src/offline/manifests';
import { backgroundBudget, latestReleases } from '../../../src/offline/rules';

/** A built French site: `count` releases (one a day, the last newest), listings, an index. */
function site(count: number): BuiltFiles {
	const built: BuiltFiles = {
		files: [],
		sizes: new Map(),
		fragments: new Map(),
	};
	const add = (file: string, size: number) => {
		built.files.push(file);
		built.sizes.set(file, size);
	};
	add('/_astro/site.css', 1_000);
	add('/fr/index.html', 10);
	add('/fr/actualites/index.html', 10);
	add('/fr/actualites/page/2/index.html', 10);
	add('/fr/archives/2024/index.html', 10);
	add('/fr/404.html', 10);
	add('/pagefind/fr/pagefind.js', 100);
	for (let n = 1; n <= count; n++) {
		add(`/fr/actualites/r${n}/index.html`, 20);
		add(`/pagefind/fr/fragment/fr_${n}.pf_fragment`, 5);
		const published = new Date(Date.UTC(2024, 0, n)).toISOString().slice(0, 10);
		built.fragments.set(`/pagefind/fr/fragment/fr_${n}.pf_fragment`, {
			url: `/fr/actualites/r${n}/`,
			published,
		});
	}
	return built;
}

describe('the offline manifest of a locale', () => {
	const shell = ['/_astro/site.css'];

	it('lists every page and search file, and the latest releases with the first listing pages', () => {
		const count = latestReleases + 2;
		const manifest = manifestFor(site(count), 'fr', shell);
		expect(manifest.releases).toBe(count);
		expect(manifest.everything).toHaveLength(1 + 4 + 1 + 2 * count);
		expect(manifest.bytes).toBe(1_000 + 4 * 10 + 100 + count * 25);

		const { files, bytes, releases } = manifest.latest;
		expect(releases).toBe(latestReleases);
		expect(files).toContain(`/fr/actualites/r${count}/`);
		expect(files).toContain('/fr/actualites/r3/');
		expect(files).toContain('/pagefind/fr/fragment/fr_3.pf_fragment');
		// The two oldest releases, their fragments and later listing pages stay behind.
		for (const left of [
			'/fr/actualites/r1/',
			'/fr/actualites/r2/',
			'/pagefind/fr/fragment/fr_1.pf_fragment',
			'/fr/actualites/page/2/',
		]) {
			expect(files).not.toContain(left);
		}
		// A year's archive is a first page, and stays.
		expect(files).toContain('/fr/archives/2024/');
		expect(files).not.toContain('/fr/404.html');
		expect(bytes).toBe(1_000 + 3 * 10 + 100 + latestReleases * 25);
	});

	it('keeps the search index on the first visit only while it fits the background budget', () => {
		const small = site(3);
		const index = ['/pagefind/fr/index/fr_a.pf_index', '/pagefind/fr/filter/fr_b.pf_filter'];
		for (const file of index) {
			small.files.push(file);
			small.sizes.set(file, 1_000);
		}
		const opening = ['/fr/', '/fr/actualites/', '/fr/recherche/', '/fr/hors-ligne/'];
		expect(manifestFor(small, 'fr', shell).essentials).toEqual([
			...opening,
			'/pagefind/fr/pagefind.js',
			...index,
		]);
		// An archive whose index is over the budget: the first visit keeps the pages and the
		// search runtime; the index comes with "Save for offline", which still lists it.
		small.sizes.set(index[0]!, backgroundBudget);
		const large = manifestFor(small, 'fr', shell);
		expect(large.essentials).toEqual([...opening, '/pagefind/fr/pagefind.js']);
		expect(large.everything).toEqual(expect.arrayContaining(index));
		expect(large.latest.files).toEqual(expect.arrayContaining(index));
	});

	it('makes the latest set the whole locale when it has few releases', () => {
		const manifest = manifestFor(site(3), 'fr', shell);
		expect(manifest.latest.releases).toBe(3);
		expect([...manifest.latest.files].sort()).toEqual(
			manifest.everything.filter((f) => f !== '/fr/actualites/page/2/').sort(),
		);
	});
});
