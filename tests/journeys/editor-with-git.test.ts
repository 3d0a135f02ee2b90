// Journey: the editor with git. She starts a release with `npm run new`, writes its text,
// previews it in `npm run dev` (styled exactly as the built site, scripts running, no error or
// security-policy violation in the console; search works on the last build's index, or says a
// build is needed), then builds, and the release is on the site.
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { url } from '../../src/i18n/routes';
import { launchBrowser } from '../../scripts/lib/chromium';
import { serveSite, type StaticServer } from '../../scripts/lib/static-server';
import { astroBuild, root, run, startDevServer, tmp, type DevServer } from '../helpers/astro';
import { guatemala, watchedPage } from '../helpers/site';
import { patience } from '../helpers/patience';

const content = join(tmp, 'journey-git', 'content');
const folder = '2026-11-30-iom-opens-a-shelter-in-quetzaltenango';
const release = '/en/news/iom-opens-a-shelter-in-quetzaltenango/';
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let built: StaticServer;
let dev: DevServer;

beforeAll(async () => {
	await rm(join(tmp, 'journey-git'), { recursive: true, force: true });
	await cp(join(root, 'content'), content, { recursive: true });
	browser = await launchBrowser();
	built = await serveSite(inject('siteDir'));
});

afterAll(async () => {
	await dev?.close();
	await built?.close();
	await browser?.close();
});

/** A page opened in Chromium, with every console error, warning and policy violation it met. */
async function open(origin: string, path: string): Promise<{ page: Page; problems: string[] }> {
	const watched = await watchedPage(
		browser,
		{ viewport: { width: 1280, height: 900 } },
		{
			warnings: true,
		},
	);
	await watched.page.goto(`${origin}${path}`, { waitUntil: 'load' });
	return watched;
}

/** What the stylesheet decides of a page: fonts, colours, widths of its main parts. */
function looks(page: Page) {
	return page.evaluate(() =>
		['body', '.site-header', '.site-nav', 'main .container', 'h1', 'p.lead', '.site-footer'].map(
			(selector) => {
				const element = document.querySelector(selector);
				if (!element) return `${selector}: missing`;
				const style = getComputedStyle(element);
				return [
					selector,
					style.fontFamily,
					style.fontSize,
					style.color,
					style.backgroundColor,
					style.maxWidth,
					style.display,
				].join(' | ');
			},
		),
	);
}

describe('the editor with git', () => {
	it('starts a release with npm run new and writes its text', async () => {
		const made = await run('npm', [
			...['run', '--silent', 'new', '--', '--content', content, '--lang', 'en'],
			...['--title', 'IOM opens a shelter in Quetzaltenango', '--date', '2026-11-30'],
			...['--dateline', 'Quetzaltenango', '--countries', 'GT', '--topics', 'counter-trafficking'],
			...['--summary', 'A shelter for people rescued from trafficking opened in Quetzaltenango.'],
		]);
		expect(made.code, made.output).toBe(0);
		const file = join(content, 'releases', folder, 'index.en.md');
		const scaffold = await readFile(file, 'utf8');
		await writeFile(
			file,
			scaffold.replace('Write the release here, in Markdown.', 'The shelter opened on Monday.'),
		);
	});

	it('previews it in npm run dev: styled as the build, no console error, no policy violation', async () => {
		dev = await startDevServer({ content, outDir: inject('siteDir') });
		// The draft shows in development, marked.
		const preview = await open(dev.origin, release);
		expect(await preview.page.locator('h1').innerText()).toBe(
			'IOM opens a shelter in Quetzaltenango',
		);
		expect(await preview.page.getByText('Draft: this release is not published.').count()).toBe(1);
		await preview.page.context().close();
		// The same release page, in development and as built, looks the same.
		const inDev = await open(dev.origin, guatemala.fr);
		const asBuilt = await open(built.origin, guatemala.fr);
		expect(await looks(inDev.page)).toEqual(await looks(asBuilt.page));
		// Scripts run: the menu opens.
		await inDev.page.setViewportSize({ width: 360, height: 800 });
		await inDev.page.getByRole('button', { name: 'Menu' }).click();
		await expect.poll(() => inDev.page.locator('#site-menu').isVisible()).toBe(true);
		expect(inDev.problems).toEqual([]);
		expect(asBuilt.problems).toEqual([]);
		await inDev.page.context().close();
		await asBuilt.page.context().close();
	});

	it('searches in npm run dev with the last build’s index', async () => {
		const { page, problems } = await open(dev.origin, `${url('search', 'fr')}?q=traite`);
		await page.locator('.results li').first().waitFor({ timeout: patience });
		expect(await page.locator('.status').innerText()).toMatch(
			/^\d+ résultats? pour «\s?traite\s?»$/,
		);
		const links = await page
			.locator('.results a')
			.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(links).toContain(guatemala.fr);
		expect(problems).toEqual([]);
		await page.context().close();
		await dev.close();
	});

	it('says in npm run dev that search needs a build when there is none', async () => {
		dev = await startDevServer({ content, outDir: join(tmp, 'journey-git', 'never-built') });
		const { page } = await open(dev.origin, `${url('search', 'es')}?q=trata`);
		await expect
			.poll(() => page.locator('.status').innerText(), { timeout: patience })
			.toBe(
				'La búsqueda lee el índice que escribe una compilación del sitio, y todavía no hay ninguno. Ejecute npm run build y vuelva a cargar esta página.',
			);
		await page.context().close();
		await dev.close();
	});

	it('builds: the release, published, is on the site', async () => {
		const file = join(content, 'releases', folder, 'index.en.md');
		await writeFile(file, (await readFile(file, 'utf8')).replace('draft: true\n', ''));
		const build = await astroBuild('journey-git/site', { content });
		expect(build.ok, build.output).toBe(true);
		const page = await readFile(join(build.outDir, release, 'index.html'), 'utf8');
		expect(page).toContain('The shelter opened on Monday.');
		// Built from a content folder given by its absolute path, the web editor's public
		// configuration still names it relative to the repository, never by a machine path.
		const config = await readFile(join(build.outDir, 'admin/config.yml'), 'utf8');
		expect(config).toContain('folder: tests/.tmp/journey-git/content/releases\n');
		expect(config).not.toContain(root);
	});
});
