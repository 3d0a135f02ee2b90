import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtSite, readBuiltSite, type FileFacts } from '../../../src/integrations/dist-reader';
import { fileMemo } from '../../../src/integrations/file-memo';

let dist = '';
beforeEach(async () => {
	dist = await mkdtemp(join(tmpdir(), 'newsroom-built-site-'));
});
afterEach(async () => {
	await rm(dist, { recursive: true, force: true });
});

async function write(files: Record<string, string | Buffer>) {
	for (const [path, body] of Object.entries(files)) {
		await mkdir(dirname(join(dist, path)), { recursive: true });
		await writeFile(join(dist, path), body);
	}
}

const page = (canonical: string, policy: string) =>
	`<!doctype html><html lang="fr"><head><meta http-equiv="content-security-policy" content="${policy}"><link rel="canonical" href="${canonical}"><link rel="alternate" hreflang="en" href="https://x.org/en/a/"></head><body></body></html>`;

describe('reading a built site once', () => {
	it('lists every file with its size, each page’s head and policy, and each search fragment’s page and date', async () => {
		await write({
			'fr/a/index.html': page('https://x.org/fr/a/', "script-src 'self' 'sha256-A'"),
			'fr/404.html': page('https://x.org/fr/404.html', "script-src 'self' 'sha256-B'"),
			'pagefind/fr/recent/fragment/fr_1.pf_fragment': gzipSync(
				'pagefind_dcd{"url":"/fr/a/","content":"…","meta":{"published":"2024-09-16"}}',
			),
			'pagefind/fr/recent/fragment/fr_2.pf_fragment': gzipSync(
				'pagefind_dcd{"url":"/fr/b/","meta":{}}',
			),
			'_astro/site.css': 'body{}',
		});
		const site = readBuiltSite(dist);
		expect(site.files).toEqual([
			'/_astro/site.css',
			'/fr/404.html',
			'/fr/a/index.html',
			'/pagefind/fr/recent/fragment/fr_1.pf_fragment',
			'/pagefind/fr/recent/fragment/fr_2.pf_fragment',
		]);
		expect(site.sizes.get('/_astro/site.css')).toBe(6);
		expect([...site.heads.keys()]).toEqual(['/fr/404.html', '/fr/a/']);
		expect(site.heads.get('/fr/a/')).toMatchObject({
			canonical: 'https://x.org/fr/a/',
			alternates: { en: 'https://x.org/en/a/' },
		});
		expect([...site.policies]).toEqual([
			"script-src 'self' 'sha256-B'",
			"script-src 'self' 'sha256-A'",
		]);
		expect(site.fragments).toEqual(
			new Map([
				[
					'/pagefind/fr/recent/fragment/fr_1.pf_fragment',
					{ url: '/fr/a/', published: '2024-09-16' },
				],
				['/pagefind/fr/recent/fragment/fr_2.pf_fragment', { url: '/fr/b/' }],
			]),
		);
	});

	it('lists the release files each page links to or plays, and only those', async () => {
		await write({
			'fr/a/index.html': `${page('https://x.org/fr/a/', "script-src 'self'")}<body>
				<a href="/files/a/fact-sheet.pdf" download>Fiche</a>
				<video controls><source src="/files/a/clip.mp4" type="video/mp4">
				<track kind="captions" src="/files/a/clip.fr.vtt" srclang="fr" default></video>
				<a href="/files/a/l%C3%A9gende.pdf">Légende</a><a href="/files/a/fact-sheet.pdf">Encore</a>
				<script type="application/ld+json">{"contentUrl":"https://x.org/files/a/clip.mp4"}</script>
				<p>/files/a/mentioned-in-text.pdf</p></body>`,
			'fr/b/index.html': page('https://x.org/fr/b/', "script-src 'self'"),
		});
		expect(readBuiltSite(dist).downloads).toEqual(
			new Map([
				[
					'/fr/a/',
					[
						'/files/a/clip.fr.vtt',
						'/files/a/clip.mp4',
						'/files/a/fact-sheet.pdf',
						'/files/a/légende.pdf',
					],
				],
			]),
		);
	});

	it('versions every byte but the service worker’s own', async () => {
		await write({ 'fr/index.html': '<p>Un</p>', 'sw.js': 'old' });
		const first = readBuiltSite(dist).version;
		expect(first).toMatch(/^[0-9a-f]{12}$/);
		await write({ 'sw.js': 'new' });
		expect(readBuiltSite(dist).version).toBe(first);
		await write({ 'fr/index.html': '<p>Deux</p>' });
		expect(readBuiltSite(dist).version).not.toBe(first);
	});

	it('with a memo, reads again only the files written since, and finds what a full read finds', async () => {
		await write({
			'fr/a/index.html': page('https://x.org/fr/a/', "script-src 'self'"),
			'fr/b/index.html': page('https://x.org/fr/b/', "script-src 'self'"),
			'_astro/site.css': 'body{}',
		});
		const memoFile = join(dist, '..', `${basename(dist)}.memo`);
		const reads: string[] = [];
		const memo = () => {
			const inner = fileMemo<FileFacts>(memoFile, 'test');
			return {
				get: (path: string, read: (bytes: Buffer) => FileFacts) =>
					inner.get(path, (bytes) => (reads.push(relative(dist, path)), read(bytes))),
				save: () => inner.save(),
			};
		};
		try {
			readBuiltSite(dist, memo());
			expect(reads.sort()).toEqual(['_astro/site.css', 'fr/a/index.html', 'fr/b/index.html']);
			reads.length = 0;
			// Same size, new bytes: the change time tells.
			await write({ 'fr/b/index.html': page('https://x.org/fr/c/', "script-src 'self'") });
			const site = readBuiltSite(dist, memo());
			expect(reads).toEqual(['fr/b/index.html']);
			expect(site).toEqual(readBuiltSite(dist));
			expect(site.heads.get('/fr/b/')?.canonical).toBe('https://x.org/fr/c/');
		} finally {
			await rm(memoFile, { force: true });
		}
	});

	it('tells a step listed before the reader what to change in astro.config.ts', () => {
		expect(() => builtSite().get('newsroom:offline')).toThrow(
			'newsroom:offline needs the built site, but newsroom:built-site has not read it: list built.integration (from builtSite()) before newsroom:offline in astro.config.ts.',
		);
	});
});
