import { describe, expect, it } from 'vitest';
import { offlineFor, type BuiltFiles } from '../../../src/offline/manifests';
import {
	backgroundBudget,
	latestReleases,
	pagesPerShard,
	shardOf,
} from '../../../src/offline/rules';

const manifestFor = (...args: Parameters<typeof offlineFor>) => offlineFor(...args).manifest;

/** A built French site: `count` releases (one a day, the last newest), listings, an index. */
function site(count: number): BuiltFiles {
	const built: BuiltFiles = {
		files: [],
		sizes: new Map(),
		fragments: new Map(),
		downloads: new Map(),
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
	add('/pagefind/fr/recent/pagefind.js', 100);
	for (let n = 1; n <= count; n++) {
		add(`/fr/actualites/r${n}/index.html`, 20);
		add(fragmentOf(n), 5);
		const published = new Date(Date.UTC(2024, 0, n)).toISOString().slice(0, 10);
		built.fragments.set(fragmentOf(n), {
			url: `/fr/actualites/r${n}/`,
			published,
		});
	}
	return built;
}

/** The search fragment of the `n`th release: the two oldest in the archive part of the index. */
const fragmentOf = (n: number) =>
	`/pagefind/fr/${n <= 2 ? 'archive' : 'recent'}/fragment/fr_${n}.pf_fragment`;

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
		expect(files).toContain(fragmentOf(3));
		// The two oldest releases, their fragments and later listing pages stay behind.
		for (const left of [
			'/fr/actualites/r1/',
			'/fr/actualites/r2/',
			fragmentOf(1),
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
		const index = [
			'/pagefind/fr/archive/index/fr_a.pf_index',
			'/pagefind/fr/recent/filter/fr_b.pf_filter',
		];
		for (const file of index) {
			small.files.push(file);
			small.sizes.set(file, 1_000);
		}
		const opening = ['/fr/', '/fr/actualites/', '/fr/recherche/', '/fr/hors-ligne/'];
		expect(offlineFor(small, 'fr', shell).summary.essentials).toEqual([
			...opening,
			'/pagefind/fr/recent/pagefind.js',
			...index,
		]);
		// An archive whose index is over the budget: the first visit keeps the pages; the search
		// runtime and index come with "Save for offline", which still lists them.
		small.sizes.set(index[0]!, backgroundBudget);
		const { manifest: large, summary } = offlineFor(small, 'fr', shell);
		expect(summary.essentials).toEqual(opening);
		expect(large.everything).toContain('/pagefind/fr/recent/pagefind.js');
		expect(large.everything).toEqual(expect.arrayContaining(index));
		expect(large.latest.files).toEqual(expect.arrayContaining(index));
	});

	it('lists the material each set’s pages offer apart, with its size, and never in the set itself', () => {
		const count = latestReleases + 2;
		const built = site(count);
		const file = (name: string, bytes: number) => {
			built.files.push(name);
			built.sizes.set(name, bytes);
		};
		// In the order of the build's files, which are sorted.
		file('/files/r1/clip.es.vtt', 100);
		file('/files/r1/clip.mp4', 30_000_000);
		file('/files/r1/fact-sheet.pdf', 2_000_000);
		file(`/files/r${count}/photo.jpg`, 500_000);
		// The oldest release offers a document and a video; the newest a picture; a listing links
		// the document too; and no page links the Spanish captions.
		built.downloads.set('/fr/actualites/r1/', ['/files/r1/clip.mp4', '/files/r1/fact-sheet.pdf']);
		built.downloads.set(`/fr/actualites/r${count}/`, [`/files/r${count}/photo.jpg`]);
		built.downloads.set('/fr/actualites/page/2/', ['/files/r1/fact-sheet.pdf']);
		const { manifest, summary } = offlineFor(built, 'fr', shell);
		const saved = [...manifest.everything, ...manifest.latest.files, ...summary.essentials];
		expect(saved.filter((f) => f.startsWith('/files/'))).toEqual([]);
		expect(manifest.bytes).toBe(manifestFor(site(count), 'fr', shell).bytes);
		expect(manifest.material).toEqual({
			files: ['/files/r1/clip.mp4', '/files/r1/fact-sheet.pdf', `/files/r${count}/photo.jpg`],
			bytes: 32_500_000,
		});
		// The latest set leaves the oldest release out, and its material with it.
		expect(manifest.latest.material).toEqual({
			files: [`/files/r${count}/photo.jpg`],
			bytes: 500_000,
		});
		expect(summary.material).toEqual({ files: 3, bytes: 32_500_000 });
		expect(summary.latest.material).toEqual({ files: 1, bytes: 500_000 });
	});

	it('makes the latest set the whole locale when it has few releases', () => {
		const manifest = manifestFor(site(3), 'fr', shell);
		expect(manifest.latest.releases).toBe(3);
		expect([...manifest.latest.files].sort()).toEqual(
			manifest.everything.filter((f) => f !== '/fr/actualites/page/2/').sort(),
		);
	});

	it('sums up the sizes, and splits the map of search fragments so that each page is in the file shardOf names', () => {
		const count = 2 * pagesPerShard + 1;
		const { manifest, summary, shards } = offlineFor(site(count), 'fr', shell);
		expect(summary).toMatchObject({
			bytes: manifest.bytes,
			releases: count,
			latest: { bytes: manifest.latest.bytes, releases: latestReleases },
			fragmentShards: 3,
		});
		expect(shards).toHaveLength(3);
		expect(shards.reduce((n, shard) => n + Object.keys(shard).length, 0)).toBe(count);
		for (let n = 1; n <= count; n++) {
			const page = `/fr/actualites/r${n}/`;
			expect(shards[shardOf(page, 3)]![page]).toBe(fragmentOf(n));
		}
		// No file holds much more than its share.
		for (const shard of shards) expect(Object.keys(shard).length).toBeLessThan(pagesPerShard * 1.5);
		// A small site's map is one file.
		expect(offlineFor(site(3), 'fr', shell).shards).toHaveLength(1);
	});
});
