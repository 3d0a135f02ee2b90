// The web editor in the real build of the site: /admin/ holds Decap CMS and a configuration made
// from the schema, and nothing of it reaches the rest of the site (no page loads it, the sitemap,
// the search index and the offline manifests leave it out, hosts serve it under its own policy).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it, inject } from 'vitest';
import { adminPolicy } from '../../src/hosting/security-headers';
import { cmsConfig } from '../../src/cms/config';
import { listFiles, searchRecords } from '../helpers/dist';
import { readSitemap } from '../helpers/xml';

const dist = inject('siteDir');

describe('the web editor in the built site', () => {
	it('is served from /admin/: its page, its generated configuration and Decap CMS’s bundle', async () => {
		const files = await readdir(join(dist, 'admin'));
		expect(files).toEqual(
			expect.arrayContaining(['index.html', 'config.yml', 'editor.js', 'decap-cms.js']),
		);
		const config: unknown = parse(await readFile(join(dist, 'admin/config.yml'), 'utf8'));
		expect(config).toEqual(cmsConfig());
		const page = await readFile(join(dist, 'admin/index.html'), 'utf8');
		expect(page).toContain('<meta name="robots" content="noindex">');
		// The preview applies the site's own stylesheet.
		const [style] = (await readdir(join(dist, '_astro'))).filter((f) => f.endsWith('.css'));
		expect(page).toContain(`data-styles="/_astro/${style}"`);
	});

	it('is loaded by no other page, and left out of the sitemap, the search index and the offline manifests', async () => {
		const pages = (await listFiles(dist)).filter((f) => f.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(100);
		for (const file of pages.filter((f) => !f.startsWith('admin/'))) {
			expect(await readFile(join(dist, file), 'utf8'), file).not.toContain('/admin/');
		}
		expect((await readSitemap(dist)).map((u) => u.loc).filter((u) => u.includes('/admin'))).toEqual(
			[],
		);
		expect((await searchRecords(dist)).filter((r) => r.url.includes('/admin'))).toEqual([]);
		for (const file of (await listFiles(dist)).filter((f) => f.startsWith('offline/'))) {
			expect(await readFile(join(dist, file), 'utf8'), file).not.toContain('/admin/');
		}
	});

	it('tells Netlify and Cloudflare Pages to serve it under its own policy, the site keeping its own', async () => {
		const headers = await readFile(join(dist, '_headers'), 'utf8');
		expect(headers).toContain(
			`/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${adminPolicy}\n  X-Robots-Tag: noindex\n`,
		);
		const site = /^\/\*\n {2}Content-Security-Policy: (.*)$/m.exec(headers)?.[1];
		expect(site).toMatch(/^default-src 'self'/);
		expect(site).not.toMatch(/'unsafe-(eval|inline)'/);
	});
});
