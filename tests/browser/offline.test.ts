import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useTranslations } from '../../src/i18n/translate';
import { fragmentShard, offlineSummary } from '../../src/i18n/file-routes';
import { shardOf, type OfflineManifest, type OfflineSummary } from '../../src/offline/rules';
import { astroBuild, tmp } from '../helpers/astro';
import { launchBrowser } from '../../scripts/lib/chromium';
import { writeContent } from '../helpers/content';
import { serveSite, type StaticServer } from '../../scripts/lib/static-server';
import { patience } from '../helpers/patience';

const guatemala = '/fr/actualites/au-guatemala-l-oim-vient-en-aide-aux-victimes-de-la-traite/';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** A fresh browser profile on `server`, with the service worker installed from `path`. */
async function visit(
	server: StaticServer,
	path: string,
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(server.origin + path);
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	return { context, page };
}

/** The paths in every cache of the page's origin, by cache name. */
const cached = (page: Page) =>
	page.evaluate(async () => {
		const out: Record<string, string[]> = {};
		for (const name of await caches.keys()) {
			const keys = await (await caches.open(name)).keys();
			out[name] = keys.map((r) => new URL(r.url).pathname);
		}
		return out;
	});

async function searchResults(page: Page): Promise<string[]> {
	await expect
		.poll(() => page.locator('.search-form .status').textContent(), { timeout: patience })
		.toMatch(/\d/);
	return page
		.locator('.results h2 a')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('reading and searching offline, on the real site under the production headers', () => {
	let server: StaticServer;
	const dist = inject('siteDir');
	beforeAll(async () => {
		server = await serveSite(dist);
	});
	afterAll(async () => server?.close());

	/** Waits until the worker has kept every file of the French summary's essentials. */
	async function essentialsKept(page: Page): Promise<void> {
		const { essentials } = JSON.parse(
			await readFile(join(dist, offlineSummary('fr')), 'utf8'),
		) as OfflineSummary;
		await expect
			.poll(async () => Object.values(await cached(page)).flat(), { timeout: patience })
			.toEqual(expect.arrayContaining(essentials));
	}

	it('after one visit, reloads, opens a visited release and finds it by search with the network cut', async () => {
		const { context, page } = await visit(server, '/fr/');
		// The worker keeps the locale's essentials (search runtime and index included) in the background.
		await essentialsKept(page);
		await page.goto(server.origin + guatemala);
		// The worker stores the page, then its search fragment, found in one file of the map.
		const { fragmentShards } = JSON.parse(
			await readFile(join(dist, offlineSummary('fr')), 'utf8'),
		) as OfflineSummary;
		const map = JSON.parse(
			await readFile(join(dist, fragmentShard('fr', shardOf(guatemala, fragmentShards))), 'utf8'),
		) as Record<string, string>;
		expect(map[guatemala]).toMatch(/^\/pagefind\/fr\/recent\/fragment\/fr_/);
		await expect
			.poll(async () => Object.values(await cached(page)).flat(), { timeout: patience })
			.toEqual(expect.arrayContaining([guatemala, map[guatemala]]));
		await context.setOffline(true);
		await page.goto(server.origin + '/fr/');
		expect(await page.locator('h1').textContent()).toBe('Derniers communiqués de presse');
		await page.goto(server.origin + guatemala);
		expect(await page.locator('article h1').textContent()).toMatch(/^Au Guatemala/);
		await page.goto(server.origin + '/fr/recherche/?q=traite');
		expect(await searchResults(page)).toContain(guatemala);
		await context.close();
	});

	/**
	 * After one visit, removes from the caches and the browser's HTTP cache every file under
	 * `prefix`, then searches offline: the search page must say the index is not saved.
	 */
	async function searchWithout(prefix: string): Promise<void> {
		const { context, page } = await visit(server, '/fr/');
		await essentialsKept(page);
		await page.evaluate(async (prefix) => {
			for (const name of await caches.keys()) {
				const cache = await caches.open(name);
				for (const request of await cache.keys()) {
					if (new URL(request.url).pathname.startsWith(prefix)) await cache.delete(request);
				}
			}
		}, prefix);
		// The files the worker fetched are in the browser's HTTP cache too (the chunks are immutable).
		await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
		await context.setOffline(true);
		await page.goto(server.origin + '/fr/recherche/?q=traite');
		await expect
			.poll(() => page.locator('.search-form .status').textContent(), { timeout: patience })
			.toBe(useTranslations('fr')('search.indexNotSaved'));
		await context.close();
	}

	it('says, offline, that the search index is not saved, rather than that nothing matches', async () => {
		// As a browser that evicted the index: Pagefind loads, and answers with no results.
		await searchWithout('/pagefind/fr/recent/index/');
	});

	it('says so too when the search runtime is not saved, as on an archive over the budget', async () => {
		// Past the background budget (unit-tested in manifests.test.ts) the first visit keeps no
		// file of the search: Pagefind itself cannot load.
		await searchWithout('/pagefind/fr/');
	});

	it('on a first visit to the search page, installs the worker only after the first results', async () => {
		const context = await browser.newContext();
		/** Each request's path, marked when the service worker made it. */
		const requests: { path: string; byWorker: boolean }[] = [];
		context.on('request', (request) =>
			requests.push({
				path: new URL(request.url()).pathname,
				byWorker: request.serviceWorker() !== null,
			}),
		);
		const page = await context.newPage();
		await page.goto(server.origin + '/fr/recherche/?q=traite');
		expect(await searchResults(page)).toContain(guatemala);
		// The worker still installs, and then keeps the essentials as on any first visit.
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		await essentialsKept(page);
		const list = requests.map((r) => `${r.byWorker ? '(worker) ' : ''}${r.path}`).join('\n');
		const worker = requests.findIndex((r) => r.path === '/sw.js');
		const fragments = requests.flatMap((r, i) =>
			!r.byWorker && r.path.startsWith('/pagefind/fr/recent/fragment/') ? [i] : [],
		);
		expect(fragments.length, list).toBeGreaterThan(0);
		// The first search's result fragments were all asked for before the worker's script.
		expect(Math.max(...fragments), list).toBeLessThan(worker);
		await context.close();
	});

	it('answers a page never visited with the offline page, in French', async () => {
		const { context, page } = await visit(server, '/fr/');
		await context.setOffline(true);
		await page.goto(server.origin + '/fr/thematiques/');
		expect(await page.locator('html').getAttribute('lang')).toBe('fr');
		expect(await page.locator('h1').textContent()).toBe('Vous êtes hors ligne');
		await context.close();
	});

	it('after "Save for offline", opens every French release and page offline', async () => {
		const manifest = JSON.parse(
			await readFile(join(dist, 'offline', 'fr.json'), 'utf8'),
		) as OfflineManifest;
		// The buttons read their sizes from the small summary, not from the file lists.
		const { essentials, ...sizes } = JSON.parse(
			await readFile(join(dist, offlineSummary('fr')), 'utf8'),
		) as OfflineSummary;
		expect(essentials).toEqual(expect.arrayContaining(['/fr/', '/fr/recherche/']));
		expect(sizes).toEqual({
			bytes: manifest.bytes,
			releases: manifest.releases,
			// The site's own content has no documents, video or sound to offer.
			material: { files: 0, bytes: 0 },
			latest: {
				bytes: manifest.latest.bytes,
				releases: manifest.latest.releases,
				material: { files: 0, bytes: 0 },
			},
			fragmentShards: 1,
		});
		const { context, page } = await visit(server, '/fr/recherche/');
		const section = page.locator('.save-offline');
		await expect.poll(() => section.isVisible()).toBe(true);
		// One release: "the latest" would be everything, so it is not offered.
		const buttons = section.getByRole('button');
		expect(await buttons.allTextContents()).toEqual([
			expect.stringMatching(/^Enregistrer tous les communiqués \(\d+(,\d)?\s?[kM]o\)$/),
		]);
		// Nothing is downloading yet: no progress bar until the reader asks.
		expect(await section.locator('progress').isVisible()).toBe(false);
		await buttons.click();
		await expect
			.poll(() => section.locator('[role="status"]').textContent(), { timeout: 30_000 })
			.toMatch(/^C’est fait/);
		await context.setOffline(true);
		const pages = manifest.everything.filter(
			(u) => u.startsWith('/fr/') && u !== '/fr/hors-ligne/',
		);
		expect(pages.length).toBeGreaterThan(10);
		for (const path of pages) {
			await page.goto(server.origin + path);
			expect(await page.locator('h1').first().textContent(), path).not.toBe('Vous êtes hors ligne');
		}
		await page.goto(server.origin + '/fr/recherche/?q=OIM');
		const found = await searchResults(page);
		expect(found.length).toBeGreaterThan(3);
		expect(await page.locator('.search-form .status').textContent()).not.toMatch(/enregistrés/);
		await context.close();
	});
});

describe('saving only the latest releases', () => {
	it('keeps the 50 newest releases and the first listing pages, and search counts the rest', async () => {
		// 52 French releases, one a day: the two oldest are left out of "the latest".
		const releases = Object.fromEntries(
			Array.from({ length: 52 }, (_, i) => {
				const n = i + 1;
				const date = new Date(Date.UTC(2024, 0, n)).toISOString().slice(0, 10);
				const title = `Communiqué numéro ${n}`;
				const body = `Le mot repère${n === 1 ? ' cormoran' : ''} figure dans ce communiqué.`;
				return [`r${n}`, { fr: { title, slug: `communique-${n}`, date, body } }];
			}),
		);
		const content = await writeContent(join(tmp, 'offline-latest-content'), releases);
		const built = await astroBuild('offline-latest', { content });
		expect(built.ok, built.output).toBe(true);
		const server = await serveSite(built.outDir);
		try {
			const { context, page } = await visit(server, '/fr/recherche/');
			const section = page.locator('.save-offline');
			await expect.poll(() => section.isVisible()).toBe(true);
			const latest = section.getByRole('button', { name: /^Enregistrer les 50 derniers/ });
			const everything = section.getByRole('button', { name: /^Enregistrer tous/ });
			// "(706,7 ko)" or "(1,2 Mo)": in bytes, so that sizes in different units compare.
			const sizeOf = async (button: typeof latest) => {
				const [, number = '', unit] =
					/\(([\d,]+)\s?([kM])o\)/.exec((await button.textContent()) ?? '') ?? [];
				return Number(number.replace(',', '.')) * (unit === 'M' ? 1e6 : 1e3);
			};
			expect(await everything.isVisible()).toBe(true);
			expect(await sizeOf(latest)).toBeLessThan(await sizeOf(everything));
			await latest.click();
			await expect
				.poll(() => section.locator('[role="status"]').textContent(), { timeout: 30_000 })
				.toMatch(/^C’est fait\s: les 50 derniers communiqués/);

			await context.setOffline(true);
			await page.goto(server.origin + '/fr/actualites/communique-52/');
			expect(await page.locator('article h1').textContent()).toBe('Communiqué numéro 52');
			await page.goto(server.origin + '/fr/actualites/communique-3/');
			expect(await page.locator('article h1').textContent()).toBe('Communiqué numéro 3');
			await page.goto(server.origin + '/fr/actualites/');
			expect(await page.locator('h1').textContent()).not.toBe('Vous êtes hors ligne');
			for (const left of ['/fr/actualites/communique-1/', '/fr/actualites/page/2/']) {
				await page.goto(server.origin + left);
				expect(await page.locator('h1').textContent(), left).toBe('Vous êtes hors ligne');
			}
			// The oldest release is not saved: search counts it and says it cannot show it.
			await page.goto(server.origin + '/fr/recherche/?q=cormoran');
			expect(await searchResults(page)).toEqual([]);
			expect(await page.locator('.search-form .status').textContent()).toBe(
				`1\u00a0résultat pour «\u202fcormoran\u202f». ${useTranslations('fr')('search.offlineNone')}`,
			);
			await context.close();
		} finally {
			await server.close();
		}
	});
});

describe('a new deploy', () => {
	it('is served on the next online visit, and the old build’s caches are removed', async () => {
		const content = join(tmp, 'offline-content');
		const release = (title: string) => ({
			story: { fr: { title, slug: 'histoire', date: '2024-05-02' } },
		});
		await writeContent(content, release('Première version du communiqué'));
		const first = await astroBuild('offline-deploy', { content });
		expect(first.ok, first.output).toBe(true);
		let server = await serveSite(first.outDir);
		const port = Number(new URL(server.origin).port);
		try {
			const { context, page } = await visit(server, '/fr/actualites/histoire/');
			const before = Object.keys(await cached(page));
			expect(before.length).toBeGreaterThan(0);

			await server.close();
			await writeContent(content, release('Seconde version du communiqué'));
			const second = await astroBuild('offline-deploy', { content });
			expect(second.ok, second.output).toBe(true);
			// The same origin, as after a deploy.
			server = await serveSite(second.outDir, { port });

			await page.goto(server.origin + '/fr/actualites/histoire/');
			expect(await page.locator('article h1').textContent()).toBe('Seconde version du communiqué');
			await expect
				.poll(async () => Object.keys(await cached(page)).filter((n) => before.includes(n)), {
					timeout: patience,
				})
				.toEqual([]);
			await context.close();
		} finally {
			await server.close();
		}
	});
});
