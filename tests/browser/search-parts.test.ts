// Search over both parts of a language's index (file-routes.ts `searchParts`): the real site's
// releases are all of one year, so its archive part is empty; here an older copy of a release
// fills it, and the real search step indexes the site again.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pagefindSearch } from '../../src/integrations/pagefind';
import { launchBrowser } from '../../scripts/lib/chromium';
import { serveSite, type StaticServer } from '../../scripts/lib/static-server';
import { guatemala } from '../helpers/site';
import { patience } from '../helpers/patience';

const older = '/en/news/an-older-copy-of-the-guatemala-release/';
let site = '';
let server: StaticServer;
let browser: Browser;
const problems: string[] = [];

beforeAll(async () => {
	// Under tests/.tmp, which the nginx worker can read (mkdtemp's folders are the owner's only).
	site = join(import.meta.dirname, '../.tmp/search-parts');
	rmSync(site, { recursive: true, force: true });
	cpSync(inject('siteDir'), site, { recursive: true });
	// The English Guatemala release, published five years earlier under another address.
	const html = readFileSync(join(site, guatemala.en, 'index.html'), 'utf8');
	expect(html).toContain('data-pagefind-sort="date">2024-09-16');
	mkdirSync(join(site, older), { recursive: true });
	writeFileSync(join(site, older, 'index.html'), html.replaceAll('2024-09-16', '2019-09-16'));
	const { hooks } = pagefindSearch({ reuse: false });
	const done = hooks['astro:build:done'] as unknown as (options: {
		dir: URL;
		logger: { info(message: string): void };
	}) => Promise<void>;
	const logged: string[] = [];
	await done({ dir: pathToFileURL(`${site}/`), logger: { info: (m) => logged.push(m) } });
	expect(logged[0]).toMatch(
		/^pages indexed: en \d+ recent \+ 1 archive, fr \d+ recent \+ 0 archive/,
	);
	server = await serveSite(site);
	browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
	await browser?.close();
	await server?.close();
	rmSync(site, { recursive: true, force: true });
	expect(problems).toEqual([]);
});

/** Opens a page, counting the Pagefind files that came over the network (not from the cache). */
async function open(path: string): Promise<{ page: Page; downloaded: string[] }> {
	const page = await browser.newPage();
	const downloaded: string[] = [];
	page.on('console', (m) => m.type() === 'error' && problems.push(`${path}: ${m.text()}`));
	page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
	page.on('requestfinished', (request) => {
		const { pathname } = new URL(request.url());
		if (!pathname.startsWith('/pagefind/')) return;
		void request.sizes().then((sizes) => {
			if (sizes.responseBodySize > 0) downloaded.push(pathname);
		});
	});
	await page.goto(server.origin + path);
	return { page, downloaded };
}

/** The result links, once the status says the search has finished. */
async function results(page: Page): Promise<string[]> {
	await expect
		.poll(() => page.locator('.search-form .status').textContent(), { timeout: patience })
		.toMatch(/^\d+ results? for/);
	return page
		.locator('.results h2 a')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search over the recent and archive parts of a language', () => {
	it('finds releases of both parts, loading the runtime and WebAssembly once', async () => {
		const { page, downloaded } = await open('/en/search/?q=trafficking');
		const found = await results(page);
		expect(found).toEqual(expect.arrayContaining([guatemala.en, older]));
		expect(downloaded.filter((f) => f.endsWith('.pagefind'))).toEqual([
			'/pagefind/en/recent/wasm.en.pagefind',
		]);
		expect(downloaded.filter((f) => f.endsWith('/pagefind.js'))).toEqual([
			'/pagefind/en/recent/pagefind.js',
		]);
		expect(downloaded.filter((f) => f.startsWith('/pagefind/en/archive/fragment/'))).toHaveLength(
			1,
		);
		await page.close();
	});

	it('puts the archive’s releases after the latest year’s, newest first', async () => {
		const { page } = await open('/en/search/?q=trafficking&sort=newest');
		const found = await results(page);
		expect(found.indexOf(guatemala.en)).toBeGreaterThanOrEqual(0);
		expect(found.indexOf(older)).toBeGreaterThan(found.indexOf(guatemala.en));
		await page.close();
	});

	it('counts the filters of both parts', async () => {
		const { page } = await open('/en/search/?q=trafficking');
		await results(page);
		await page.locator('details.filters summary').click();
		const guatemalaCount = page
			.getByRole('checkbox', { name: /^Guatemala/ })
			.locator('xpath=..')
			.locator('.count');
		await expect.poll(() => guatemalaCount.textContent(), { timeout: patience }).toMatch(/\(2\)/);
		await page.close();
	});
});
