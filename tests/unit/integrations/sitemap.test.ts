import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { readHead } from '../../../src/integrations/dist-reader';
import { presorted, sitemapOptions, type HeadIndex } from '../../../src/integrations/sitemap';

const page = `<!doctype html><html><head><meta charset="utf-8">
<meta name="description" content="a > b">
<link rel="canonical" href="https://x.org/fr/actualites/a/">
<link rel="alternate" hreflang="fr" href="https://x.org/fr/actualites/a/">
<link rel="alternate" hreflang="en" href="https://x.org/en/news/a/">
<link rel="alternate" hreflang="x-default" href="https://x.org/">
<link rel="alternate" type="application/rss+xml" title="Flux" href="/fr/actualites/rss.xml">
<meta property="article:modified_time" content="2024-09-20T00:00:00.000Z">
</head><body><link rel="alternate" hreflang="de" href="https://x.org/de/"></body></html>`;

describe('reading a built page’s head', () => {
	it('finds the canonical URL, the hreflang alternates and the modification time in the head', () => {
		expect(readHead(page)).toEqual({
			canonical: 'https://x.org/fr/actualites/a/',
			noindex: false,
			alternates: {
				fr: 'https://x.org/fr/actualites/a/',
				en: 'https://x.org/en/news/a/',
				'x-default': 'https://x.org/',
			},
			modified: '2024-09-20T00:00:00.000Z',
		});
	});

	it('notices noindex pages', () => {
		expect(readHead('<meta name="robots" content="noindex">').noindex).toBe(true);
	});
});

describe('the sitemap options', () => {
	const index: HeadIndex = new Map([['https://x.org/fr/actualites/a/', readHead(page)]]);
	const { filter, serialize } = sitemapOptions(index);

	it('keeps only indexed pages', () => {
		expect(filter?.('https://x.org/fr/actualites/a/')).toBe(true);
		expect(filter?.('https://x.org/fr/404/')).toBe(false);
	});

	it('gives each page its localized alternates, x-default and lastmod', async () => {
		expect(await serialize?.({ url: 'https://x.org/fr/actualites/a/' })).toEqual({
			url: 'https://x.org/fr/actualites/a/',
			links: [
				{ lang: 'fr', url: 'https://x.org/fr/actualites/a/' },
				{ lang: 'en', url: 'https://x.org/en/news/a/' },
				{ lang: 'x-default', url: 'https://x.org/' },
			],
			lastmod: '2024-09-20T00:00:00.000Z',
		});
	});
});

describe('@astrojs/sitemap handed its pages in its own order', () => {
	/** Pages in no order: numbers, accents, nested paths. */
	const pathnames = [
		'fr/page/10/',
		'en/',
		'fr/page/2/',
		'es/noticias/ñandú/',
		'es/noticias/nube/',
		'fr/',
		'en/news/a-2/',
		'en/news/a-10/',
		'fr/actualités/é/',
		'fr/actualites/e/',
	];

	/** What @astrojs/sitemap writes for `pages`, through `wrap`. */
	async function written(
		wrap: (integration: AstroIntegration) => AstroIntegration,
	): Promise<Record<string, string>> {
		const dir = await mkdtemp(join(tmpdir(), 'newsroom-sitemap-'));
		const plugin = wrap(sitemap());
		const hooks = plugin.hooks as Record<string, (params: unknown) => Promise<void> | void>;
		const logger = { info() {}, warn() {}, error() {} };
		await hooks['astro:routes:resolved']?.({ routes: [] });
		await hooks['astro:config:done']?.({
			config: {
				site: 'https://x.org',
				base: '/',
				trailingSlash: 'always',
				build: { format: 'directory' },
			},
		});
		await hooks['astro:build:done']?.({
			dir: pathToFileURL(`${dir}/`),
			pages: pathnames.map((pathname) => ({ pathname })),
			logger,
		});
		const files: Record<string, string> = {};
		for (const name of (await readdir(dir)).sort())
			files[name] = await readFile(join(dir, name), 'utf8');
		await rm(dir, { recursive: true, force: true });
		return files;
	}

	it('hands the pages over sorted as the sitemap sorts them', async () => {
		let handed: string[] = [];
		const spy: AstroIntegration = {
			name: 'spy',
			hooks: { 'astro:build:done': ({ pages }) => void (handed = pages.map((p) => p.pathname)) },
		};
		await presorted(spy).hooks['astro:build:done']?.({
			pages: pathnames.map((pathname) => ({ pathname })),
		} as never);
		expect(handed).toEqual(
			[...pathnames].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
		);
	});

	it('writes the same sitemap as @astrojs/sitemap alone', async () => {
		const alone = await written((integration) => integration);
		expect(Object.keys(alone)).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
		expect(alone['sitemap-0.xml']).toContain('<loc>https://x.org/fr/page/2/</loc>');
		expect(await written(presorted)).toEqual(alone);
	});
});
