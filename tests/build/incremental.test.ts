// An incremental rebuild gives exactly what a clean build gives: every page's cache key covers
// everything it shows (src/page-model/cache-key.ts), including what one release can change on
// pages that are not its own (search filters, term indexes, menus, offline manifests).
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, root, tmp } from '../helpers/astro';
import { relatedStart, searchedBytes } from '../../src/search/bundles';
import { attr, listFiles, readPage } from '../helpers/dist';

const base = join(tmp, 'incremental');
const content = join(base, 'content');
const now = { NEWSROOM_NOW: '2026-06-01T00:00:00Z' };

/**
 * A release in a country and a topic that no release of the real content uses, and one topic it
 * shares with the Guatemala release, whose related releases it joins. A year after it, it moves
 * the Guatemala release to the archive part of the search index.
 */
const honduras = (lang: 'en' | 'fr', title: string) => `---
title: ${title}
summary: A synthetic release for the incremental build test.
date: 2025-03-04
dateline: Tegucigalpa
countries: [HN]
topics: [emergencies, counter-trafficking]
---

One paragraph of synthetic text in ${lang}.
`;

/** The files of two builds that differ, or that only one of them has. */
async function differences(a: string, b: string): Promise<string[]> {
	const [left, right] = await Promise.all([listFiles(a), listFiles(b)]);
	const all = [...new Set([...left, ...right])].sort();
	const differing: string[] = [];
	for (const file of all) {
		if (!left.includes(file) || !right.includes(file)) {
			differing.push(file);
			continue;
		}
		const [x, y] = await Promise.all([readFile(join(a, file)), readFile(join(b, file))]);
		if (!x.equals(y)) differing.push(file);
	}
	return differing;
}

describe('an incremental rebuild after a release in a new country and topic', () => {
	let incremental = '';
	let clean = '';
	let rebuildOutput = '';
	let cleanOutput = '';
	beforeAll(async () => {
		await rm(base, { recursive: true, force: true });
		await mkdir(base, { recursive: true });
		await cp(join(root, 'content'), content, { recursive: true });
		const env = { ...now, NEWSROOM_CACHE_DIR: join(base, 'cache') };
		const first = await astroBuild('incremental/site', { content, env });
		expect(first.ok, first.output).toBe(true);

		const folder = join(content, 'releases', 'honduras-synthetic');
		await mkdir(folder, { recursive: true });
		await writeFile(join(folder, 'index.en.md'), honduras('en', 'Synthetic release from Honduras'));
		await writeFile(
			join(folder, 'index.fr.md'),
			honduras('fr', 'Communiqué synthétique du Honduras'),
		);

		const rebuild = await astroBuild('incremental/site', { content, env });
		expect(rebuild.ok, rebuild.output).toBe(true);
		incremental = rebuild.outDir;
		rebuildOutput = rebuild.output;
		const reference = await astroBuild('incremental/clean', {
			content,
			args: ['--force'],
			env: { ...now, NEWSROOM_INCREMENTAL: '0', NEWSROOM_CACHE_DIR: join(base, 'clean-cache') },
		});
		expect(reference.ok, reference.output).toBe(true);
		clean = reference.outDir;
		cleanOutput = reference.output;
	});

	it('reused pages, so the comparison says something', () => {
		expect(rebuildOutput).toMatch(/\(cached\)|\(restored\)/);
	});

	// src/integrations/build-log.mjs and build-steps.ts. Astro renders eight pages at a time, and
	// its own output ran their paths together and printed lines holding only "(+20ms)".
	it('prints a build log a person can read: one page a line, then one line timing every step', () => {
		for (const output of [cleanOutput, rebuildOutput]) {
			const lines = output.split('\n');
			const pages = lines.filter((line) => line.includes('├─'));
			expect(pages.length).toBeGreaterThan(50);
			for (const line of pages) {
				expect(line).toMatch(/^\d\d:\d\d:\d\d {3}├─ \/\S+( \((cached|restored)\))?$/);
			}
			expect(lines.filter((line) => /^\s*\(\+[\d.]+m?s\)/.test(line))).toEqual([]);
		}
		const steps = (output: string) =>
			/\[newsroom:steps\] (.*)$/m
				.exec(output)?.[1]
				?.split(' · ')
				.map((s) => s.split(' ')[0]);
		const order = ['start', 'content', 'bundling', 'pages', 'old', 'search', 'reading', 'offline'];
		expect(steps(cleanOutput)).toEqual([...order, 'sitemap', 'headers', 'web']);
		// Each part of each language's search index, built again or reused, with its time.
		const bundle = (locale: string) =>
			['recent', 'archive'].map((part) => `${locale} ${part} (indexed|reused) [\\d.]+ m?s`);
		expect(rebuildOutput).toMatch(
			new RegExp(`search [\\d.]+ m?s \\(${['en', 'fr', 'es'].flatMap(bundle).join(', ')}\\)`),
		);
	});

	it('gives the same files, byte for byte, as a clean build of the same content', async () => {
		expect(await differences(incremental, clean)).toEqual([]);
	});

	it('leaves the related releases out of the search digest, as RelatedReleases.astro writes them', async () => {
		// The component and `relatedStart` must agree, or every release sharing a new release's
		// topics would be indexed again on each publish.
		const html = await readFile(
			join(incremental, 'en/news/iom-assists-trafficking-victims-in-guatemala/index.html'),
		);
		expect(html.includes(relatedStart)).toBe(true);
		const searched = searchedBytes(html).toString();
		expect(searched).not.toContain('Synthetic release from Honduras');
		expect(searched).toContain('data-pagefind-body');
		// The Guatemala release, a year older than the Honduras one, is in the archive part.
		expect(rebuildOutput).toMatch(
			/pages indexed: en \d+ recent \+ 1 archive, fr \d+ recent \+ 1 archive/,
		);
	});

	it('offers the new country and topic as search filters', async () => {
		const search = await readPage(incremental, '/en/search/');
		const strings = JSON.parse(attr(search, '#search-strings', 'dataStrings') ?? '{}') as {
			labels?: Record<string, Record<string, string>>;
		};
		expect(strings.labels?.country).toHaveProperty('HN', 'Honduras');
		expect(strings.labels?.topic).toHaveProperty('emergencies', 'Emergencies');
	});
});

// src/integrations/dist-in-place.ts: an editor's next build writes over the last dist/ instead of
// emptying it and copying every unchanged page back.
describe('a rebuild over the last dist/, after a release is deleted', () => {
	let output = '';
	beforeAll(async () => {
		await rm(join(content, 'releases', 'honduras-synthetic'), { recursive: true });
		const env = { ...now, NEWSROOM_CACHE_DIR: join(base, 'cache') };
		const rebuild = await astroBuild('incremental/site', { content, env, keepDist: true });
		expect(rebuild.ok, rebuild.output).toBe(true);
		output = rebuild.output;
	}, 300_000);

	it('leaves unchanged pages as they are, and removes the page of the deleted release', async () => {
		expect(output).toContain(
			'[newsroom:dist-in-place] writing over the dist/ of the last build: unchanged pages stay as they are',
		);
		expect(output).toMatch(/\(cached\)/);
		expect(output).not.toMatch(/\(restored\)/);
		expect(output).toMatch(
			/\[newsroom:dist-in-place\] removed \d+ files of the last build that this one has not written/,
		);
		const files = await listFiles(join(base, 'site', 'dist'));
		expect(files.filter((file) => /honduras/i.test(file))).toEqual([]);
		// Nor is the folder its page was in left behind, empty.
		const folders = await readdir(join(base, 'site', 'dist'), { recursive: true });
		expect(folders.filter((folder) => /honduras/i.test(folder))).toEqual([]);
	});

	it('gives the same files, byte for byte, as a clean build of the same content', async () => {
		const reference = await astroBuild('incremental/clean-after-delete', {
			content,
			args: ['--force'],
			env: { ...now, NEWSROOM_INCREMENTAL: '0', NEWSROOM_CACHE_DIR: join(base, 'clean-cache-2') },
		});
		expect(reference.ok, reference.output).toBe(true);
		expect(await differences(join(base, 'site', 'dist'), reference.outDir)).toEqual([]);
	}, 300_000);

	it('leaves each search bundle where it is when its pages did not change', async () => {
		const env = { ...now, NEWSROOM_CACHE_DIR: join(base, 'cache') };
		const rebuild = await astroBuild('incremental/site', { content, env, keepDist: true });
		expect(rebuild.ok, rebuild.output).toBe(true);
		expect(rebuild.output).toMatch(
			/search [\d.]+ m?s \(en recent kept [\d.]+ m?s, en archive kept [\d.]+ m?s, fr recent kept [\d.]+ m?s, fr archive kept [\d.]+ m?s, es recent kept [\d.]+ m?s, es archive kept [\d.]+ m?s\)/,
		);
		const reference = join(base, 'clean-after-delete', 'dist');
		expect(await differences(join(base, 'site', 'dist'), reference)).toEqual([]);
	}, 300_000);

	it('renders again the bodies whose files were removed from the cache, and gives the same files', async () => {
		// Rendered bodies are kept beside the content store (src/content-model/stored-html.ts).
		const bodies = join(base, 'cache', 'newsroom-html', 'releases');
		const names = await readdir(bodies);
		expect(names.length).toBeGreaterThan(1);
		await rm(join(bodies, names[0]!));
		await writeFile(join(bodies, 'stray.html'), '<p>no entry names this file</p>');
		const env = { ...now, NEWSROOM_CACHE_DIR: join(base, 'cache') };
		const rebuild = await astroBuild('incremental/site', { content, env, keepDist: true });
		expect(rebuild.ok, rebuild.output).toBe(true);
		const after = await readdir(bodies);
		expect(after.sort()).toEqual(names.sort());
		expect(after).not.toContain('stray.html');
		const reference = join(base, 'clean-after-delete', 'dist');
		expect(await differences(join(base, 'site', 'dist'), reference)).toEqual([]);
	}, 300_000);

	it('empties dist/ first when the last build there did not finish', async () => {
		// A build stopped half-way leaves no record of a finished dist/ in the cache.
		await rm(join(base, 'cache', 'newsroom-dist.json'));
		const env = { ...now, NEWSROOM_CACHE_DIR: join(base, 'cache') };
		const rebuild = await astroBuild('incremental/site', { content, env, keepDist: true });
		expect(rebuild.ok, rebuild.output).toBe(true);
		expect(rebuild.output).not.toContain('[newsroom:dist-in-place]');
		expect(rebuild.output).toMatch(/\(restored\)/);
	}, 300_000);
});
