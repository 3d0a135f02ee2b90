/**
 * `npm run bench`: builds generated corpora of N releases per language with the site and with the
 * bare Astro baseline (bench/baseline), and measures time, CPU, memory, output and search index;
 * then a one-release rebuild and the page weight of the real site. Not a test: numbers depend on
 * the machine and on what else runs on it.
 *
 *   npm run bench                                   # quick: N = 100
 *   npm run bench -- --sizes 100,1000,3000 --write  # and rewrite the results in BENCHMARKS.md
 *   npm run bench -- --sizes 1000 --profile 1000    # also profile one build (node --cpu-prof)
 */
import { createHash } from 'node:crypto';
import { appendFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, root } from './generate';
import { folderStats, measure, pagefindSizes, pagefindTimeFromLog, type Run } from './measure';
import { pageWeight, type PageWeight } from './page-weight';
import { profileBuild, type ProfileSummary } from './cpuprofile';
import { machine, writeReport } from './report';
import type { BaselineRebuild, Measured, Search, SizeResult } from './types';

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '100' },
		write: { type: 'boolean', default: false },
		/** Profile a clean site build at this N (one of --sizes). */
		profile: { type: 'string' },
	},
});
const sizes = values.sizes.split(',').map(Number);
const tmp = join(root, 'bench/.tmp');
const node = process.execPath;
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const pagefind = join(root, 'node_modules/pagefind/lib/runner/bin.cjs');
/** A fixed clock, so every run publishes the same releases. */
const now = '2026-11-01T00:00:00Z';

/** Rebuilds the site, keeping the caches, with the incremental build on ('1') or off ('0'). */
async function rebuildSite(outDir: string, content: string, incremental: '0' | '1'): Promise<Run> {
	const run = await measure(node, [astro, 'build', '--outDir', outDir], {
		cwd: root,
		env: { NEWSROOM_CONTENT_DIR: content, NEWSROOM_NOW: now, NEWSROOM_INCREMENTAL: incremental },
	});
	if (!run.ok) throw new Error(`Rebuild failed:\n${run.output.slice(-4000)}`);
	return run;
}

/**
 * Paths whose bytes differ between two folders, or exist in one only. Search bundles included:
 * the reference build (`NEWSROOM_INCREMENTAL=0`) indexes every locale, where the incremental
 * rebuild reused the bundles of the locales whose pages did not change.
 */
async function compareFolders(a: string, b: string): Promise<string[]> {
	const digests = async (dir: string) => {
		const map = new Map<string, string>();
		for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
			const path = join(e.parentPath, e.name);
			if (!e.isFile()) continue;
			map.set(
				relative(dir, path),
				createHash('sha1')
					.update(await readFile(path))
					.digest('hex'),
			);
		}
		return map;
	};
	const [left, right] = await Promise.all([digests(a), digests(b)]);
	const paths = new Set([...left.keys(), ...right.keys()]);
	return [...paths].filter((p) => left.get(p) !== right.get(p)).sort();
}

const log = (line: string) => console.log(`[bench] ${line}`);

/** Indexes `dist` with the Pagefind CLI, as the baseline (and a site without the integration) does. */
async function indexWithCli(dist: string): Promise<Search> {
	const run = await measure(node, [pagefind, '--site', dist], { cwd: root });
	if (!run.ok) throw new Error(`Pagefind failed on ${dist}:\n${run.output}`);
	return { how: 'cli', ...run, index: (await pagefindSizes(dist)) ?? {} };
}

/** The site's search step: its integration's own report when it has one, else the CLI. */
async function siteSearch(dist: string, build: Run): Promise<Search> {
	const index = await pagefindSizes(dist);
	const seconds = pagefindTimeFromLog(build.output);
	if (index) return { how: 'integration', wall: seconds ?? Number.NaN, index };
	return indexWithCli(dist);
}

/** A clean `astro build` (content cache removed, `--force`) of one project. */
async function cleanBuild(
	projectRoot: string,
	outDir: string,
	content: string,
	env: Record<string, string> = {},
): Promise<Measured> {
	await rm(join(projectRoot, 'node_modules/.astro'), { recursive: true, force: true });
	await rm(outDir, { recursive: true, force: true });
	const build = await measure(
		node,
		[astro, 'build', '--force', '--root', projectRoot, '--outDir', outDir],
		{
			cwd: root,
			env: { NEWSROOM_CONTENT_DIR: content, BENCH_CONTENT_DIR: content, NEWSROOM_NOW: now, ...env },
		},
	);
	if (!build.ok) throw new Error(`Build of ${projectRoot} failed:\n${build.output.slice(-4000)}`);
	const { bytes, html } = await folderStats(outDir);
	return { build, pages: html, distBytes: bytes };
}

/**
 * The baseline's one-release rebuild with Astro's incremental build on (`BENCH_INCREMENTAL=1`,
 * a `cacheKey` per release page): a clean build that records, one edited release, a rebuild,
 * each followed by the Pagefind CLI. What Astro itself costs to rebuild, whatever the site adds.
 */
async function rebuildBaseline(content: string, edited: string): Promise<BaselineRebuild> {
	const project = join(root, 'bench/baseline');
	const outDir = join(tmp, 'out/baseline-incremental');
	const env = { BENCH_INCREMENTAL: '1' };
	const clean = (await cleanBuild(project, outDir, content, env)).build;
	const cleanSearch = await indexWithCli(outDir);
	await appendFile(edited, '\nA sentence for the baseline.\n');
	const rebuild = await measure(node, [astro, 'build', '--root', project, '--outDir', outDir], {
		cwd: root,
		env: { BENCH_CONTENT_DIR: content, ...env },
	});
	if (!rebuild.ok) throw new Error(`Baseline rebuild failed:\n${rebuild.output.slice(-4000)}`);
	const rebuildSearch = await indexWithCli(outDir);
	const restored = rebuild.output.match(/\(restored\)/g)?.length ?? 0;
	return { clean, cleanSearch, rebuild, rebuildSearch, restored };
}

async function benchSize(n: number): Promise<SizeResult> {
	const content = join(tmp, `content-${n}`);
	const corpus = await generateCorpus(content, n);
	log(`N=${n}: ${corpus.files} files, ${corpus.meanWords} words on average`);

	const oursDir = join(tmp, `out/ours-${n}`);
	const ours = await cleanBuild(root, oursDir, content);
	log(`N=${n}: site built in ${ours.build.wall.toFixed(1)} s (${ours.pages} pages)`);
	ours.search = await siteSearch(oursDir, ours.build);

	// One release edited, the content store cache kept: what an editor's next build costs.
	const edited = join(
		content,
		`releases/release-${String(Math.ceil(n / 2)).padStart(5, '0')}/en.md`,
	);
	await appendFile(edited, '\nOne more sentence, added by the benchmark.\n');
	const rebuild = await rebuildSite(oursDir, content, '1');
	const rebuildSearch = await siteSearch(oursDir, rebuild);
	const restored = rebuild.output.match(/\(restored\)/g)?.length ?? 0;
	log(`N=${n}: one-release rebuild in ${rebuild.wall.toFixed(1)} s (${restored} pages reused)`);
	// The same content rendered in full (incremental off) is the reference the incremental
	// output must equal. Switching the flag changes Astro's config, which makes it sync the
	// content again, so that build is not a fair rebuild: a second edit and a second build with
	// the flag off measure the rebuild without the incremental cache.
	const plainDir = join(tmp, `out/ours-plain-${n}`);
	await rm(plainDir, { recursive: true, force: true });
	await rebuildSite(plainDir, content, '0');
	const differences = await compareFolders(oursDir, plainDir);
	await appendFile(edited, '\nAnd another one.\n');
	const plainRebuild = await rebuildSite(plainDir, content, '0');
	log(`N=${n}: rebuild without incremental cache in ${plainRebuild.wall.toFixed(1)} s`);

	const baseDir = join(tmp, `out/baseline-${n}`);
	const baseline = await cleanBuild(join(root, 'bench/baseline'), baseDir, content);
	baseline.search = await indexWithCli(baseDir);
	log(`N=${n}: baseline built in ${baseline.build.wall.toFixed(1)} s (${baseline.pages} pages)`);
	const baselineRebuild = await rebuildBaseline(content, edited);
	log(
		`N=${n}: baseline one-release rebuild in ${baselineRebuild.rebuild.wall.toFixed(1)} s (${baselineRebuild.restored} pages reused)`,
	);
	return {
		n,
		files: corpus.files,
		meanWords: corpus.meanWords,
		ours,
		baseline,
		rebuild,
		restored,
		rebuildSearch,
		plainRebuild,
		differences,
		baselineRebuild,
	};
}

/** Page weight of the real site, built from content/. */
async function realSiteWeights(): Promise<Record<string, PageWeight>> {
	const outDir = join(tmp, 'out/real');
	const build = await measure(node, [astro, 'build', '--outDir', outDir], { cwd: root });
	if (!build.ok) throw new Error(`Build of the real site failed:\n${build.output.slice(-4000)}`);
	const pages = {
		'release (en)': '/en/news/iom-assists-trafficking-victims-in-guatemala/',
		'release (fr)': '/fr/actualites/au-guatemala-l-oim-vient-en-aide-aux-victimes-de-la-traite/',
		'home (en)': '/en/',
		'news index (en)': '/en/news/',
		'language chooser': '/',
	};
	const weights: Record<string, PageWeight> = {};
	for (const [name, path] of Object.entries(pages)) weights[name] = await pageWeight(outDir, path);
	return weights;
}

await mkdir(tmp, { recursive: true });
const started = new Date();
const before = await machine();
const results: SizeResult[] = [];
for (const n of sizes) results.push(await benchSize(n));
const weights = await realSiteWeights();
let profile: ProfileSummary | undefined;
if (values.profile) {
	const n = Number(values.profile);
	profile = await profileBuild(join(tmp, `content-${n}`), join(tmp, 'profile'), { n, now });
	log(`profiled the N=${n} build`);
}
const after = await machine();
const run = { started: started.toISOString(), before, after, command: process.argv.slice(2) };
await writeFile(
	join(tmp, 'results.json'),
	JSON.stringify({ run, results, weights, profile }, null, '\t'),
);
const report = await writeReport({ run, results, weights, profile }, values.write);
console.log(report);
if (values.write) log('BENCHMARKS.md and bench/build-time.svg updated');
