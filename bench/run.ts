/**
 * `npm run bench`: builds a generated corpus with the site, a bare Astro site and Hugo, and
 * reports the build times and sizes (docs/BENCHMARK.md). Usage: the parseCommand call below.
 */
import { appendFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { profileBuild, type ProfileSummary } from './cpuprofile';
import { compareFolders, publishNew, realisticEdit } from './edits';
import { generateCorpus, root } from './generate';
import { hugoSite } from './hugo-content';
import { folderStats, measure, relatedTimeFromLog, stepsFromLog, type Run } from './measure';
import { corpusPageWeight, realSiteWeights } from './page-weight';
import { machine, writeReport } from './report';
import type { Peer, PeerRun, Rebuild, SizeResult } from './types';
import { parseCommand } from '../scripts/lib/cli';

const { values } = parseCommand({
	name: 'npm run bench',
	about: `Builds a generated corpus of N releases per language with the site and with the two peers
a newsroom would pick instead, over the same page set: a bare Astro site (bench/baseline) and
Hugo (bench/hugo), each indexed by the Pagefind CLI. Clean builds run in alternated rounds after
a warm-up round; the report gives each ratio's minimum, median and maximum over the rounds. Then
the site's one-release rebuild (incremental) against Hugo's clean build, a realistic edit rebuilt
and compared file by file with a full render, the size of dist/ against the hosts' limits, and
page weights. Not a test: numbers depend on the machine and on what else runs on it.`,
	flags: {
		sizes: {
			type: 'string',
			value: 'n,…',
			default: '100',
			about: 'releases per language of each corpus, separated by commas (default: 100)',
		},
		rounds: { type: 'string', value: 'n', default: '3', about: 'counted rounds (default: 3)' },
		warmup: {
			type: 'string',
			value: 'n',
			default: '1',
			about: 'rounds run first and not counted, as the first build warms caches (default: 1)',
		},
		write: {
			type: 'boolean',
			default: false,
			about: 'write the results into BENCHMARKS.md and bench/build-time.svg',
		},
		profile: {
			type: 'string',
			value: 'n',
			about: 'also profile a clean site build at this N, one of --sizes (node --cpu-prof)',
		},
	},
	examples: [
		'npm run bench',
		'npm run bench -- --sizes 1000,10000 --rounds 3 --write',
		'npm run bench -- --sizes 1000 --profile 1000',
	],
});
const sizes = values.sizes.split(',').map(Number);
const rounds = Number(values.rounds);
const warmup = Number(values.warmup);
const tmp = join(root, 'bench/.tmp');
const node = process.execPath;
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const pagefindCli = join(root, 'node_modules/pagefind/lib/runner/bin.cjs');
/** A fixed clock, so every run publishes the same releases. */
const now = '2026-11-01T00:00:00Z';
const log = (line: string) => console.log(`[bench] ${line}`);

/** Adds a step's cost to a run's. */
const plus = (a: Run, b: Run): Run => ({
	...a,
	ok: a.ok && b.ok,
	wall: a.wall + b.wall,
	cpu: a.cpu !== undefined && b.cpu !== undefined ? a.cpu + b.cpu : undefined,
	peakRss: Math.max(a.peakRss ?? 0, b.peakRss ?? 0) || undefined,
	output: `${a.output}\n${b.output}`,
});

function check(run: Run, what: string): Run {
	if (!run.ok) throw new Error(`${what} failed:\n${run.output.slice(-4000)}`);
	return run;
}

/** The site's clean build: its own Pagefind integration runs inside it. */
async function buildSite(content: string, outDir: string, cache: string): Promise<Run> {
	await rm(cache, { recursive: true, force: true });
	await rm(outDir, { recursive: true, force: true });
	return check(
		await measure(node, [astro, 'build', '--force', '--outDir', outDir], {
			cwd: root,
			env: { NEWSROOM_CONTENT_DIR: content, NEWSROOM_NOW: now, NEWSROOM_CACHE_DIR: cache },
		}),
		'site build',
	);
}

/** The bare Astro baseline's clean build, then the Pagefind CLI over it. */
async function buildBaseline(content: string, outDir: string): Promise<Run> {
	const project = join(root, 'bench/baseline');
	await rm(join(project, 'node_modules/.astro'), { recursive: true, force: true });
	await rm(outDir, { recursive: true, force: true });
	const build = check(
		await measure(node, [astro, 'build', '--force', '--root', project, '--outDir', outDir], {
			cwd: root,
			env: { BENCH_CONTENT_DIR: content },
		}),
		'baseline build',
	);
	return plus(
		build,
		check(await measure(node, [pagefindCli, '--site', outDir], { cwd: root }), 'Pagefind CLI'),
	);
}

/** Hugo's clean build of the converted corpus, then the Pagefind CLI over it. */
async function buildHugo(site: string, outDir: string): Promise<Run> {
	await rm(outDir, { recursive: true, force: true });
	const build = check(
		await measure('hugo', ['--quiet', '--source', site, '--destination', outDir], { cwd: root }),
		'Hugo build',
	);
	return plus(
		build,
		check(await measure(node, [pagefindCli, '--site', outDir], { cwd: root }), 'Pagefind CLI'),
	);
}

/** One counted build of a peer, with what its dist/ holds. */
async function counted(peer: Peer, run: Run, outDir: string): Promise<PeerRun> {
	const stats = await folderStats(outDir);
	const steps = peer === 'site' ? stepsFromLog(run.output) : undefined;
	const related = peer === 'site' ? relatedTimeFromLog(run.output) : undefined;
	return { peer, run: { ...run, output: '' }, ...stats, steps, related };
}

async function benchSize(n: number): Promise<SizeResult> {
	const content = join(tmp, `content-${n}`);
	const corpus = await generateCorpus(content, n);
	const hugo = join(tmp, `hugo-${n}`);
	await hugoSite(content, hugo);
	log(`N=${n}: ${corpus.files} files, ${corpus.meanWords} words on average`);
	const out = (peer: string) => join(tmp, `out/${peer}-${n}`);
	const siteCache = join(tmp, `cache/site-${n}`);
	const builders: Record<Peer, () => Promise<Run>> = {
		site: () => buildSite(content, out('site'), siteCache),
		baseline: () => buildBaseline(content, out('baseline')),
		hugo: () => buildHugo(hugo, out('hugo')),
	};
	/** `rounds` edits, each rebuilt incrementally and alternated with Hugo's clean build. */
	const rebuildRounds = async (label: string, edit: (round: number) => Promise<unknown>) => {
		const results: Rebuild[] = [];
		for (let round = 1; round <= rounds; round++) {
			await edit(round);
			const site = check(
				await measure(node, [astro, 'build', '--outDir', out('site')], {
					cwd: root,
					env: { NEWSROOM_CONTENT_DIR: content, NEWSROOM_NOW: now, NEWSROOM_CACHE_DIR: siteCache },
				}),
				`site rebuild (${label})`,
			);
			const clean = await buildHugo(hugo, out('hugo'));
			log(
				`N=${n} ${label}, round ${round}: site ${site.wall.toFixed(1)} s, Hugo clean ${clean.wall.toFixed(1)} s`,
			);
			results.push({
				site: { ...site, output: '' },
				hugo: { ...clean, output: '' },
				steps: stepsFromLog(site.output),
			});
		}
		return results;
	};
	const runs: PeerRun[] = [];
	for (let round = 0; round < warmup + rounds; round++) {
		for (const peer of ['site', 'baseline', 'hugo'] as const) {
			const run = await builders[peer]();
			log(
				`N=${n} round ${round + 1}${round < warmup ? ' (warm-up)' : ''}: ${peer} ${run.wall.toFixed(1)} s`,
			);
			if (round >= warmup) runs.push(await counted(peer, run, out(peer)));
		}
	}
	const weight = await corpusPageWeight(out('site'));

	// An editor's rebuild: one English release edited, everything incremental (the site's last
	// clean build left its caches), alternated with Hugo's clean build of the same corpus.
	const edited = join(
		content,
		`releases/release-${String(Math.ceil(n / 2)).padStart(5, '0')}/index.en.md`,
	);
	const rebuilds = await rebuildRounds('one release edited', () =>
		appendFile(edited, '\nA sentence the benchmark added.\n'),
	);
	// The most common publish: one new release in three languages, at the top of every listing.
	const publishes = await rebuildRounds('one release published', (round) =>
		publishNew(content, round),
	);

	// A realistic edit (a new release in a country and a topic no release used, a changed date,
	// a removed translation), rebuilt incrementally and compared with a full render.
	const edit = await realisticEdit(content, n);
	const realistic = check(
		await measure(node, [astro, 'build', '--outDir', out('site')], {
			cwd: root,
			env: { NEWSROOM_CONTENT_DIR: content, NEWSROOM_NOW: now, NEWSROOM_CACHE_DIR: siteCache },
		}),
		'site rebuild after the realistic edit',
	);
	const reference = join(tmp, `out/site-reference-${n}`);
	await rm(reference, { recursive: true, force: true });
	check(
		await measure(node, [astro, 'build', '--force', '--outDir', reference], {
			cwd: root,
			env: {
				NEWSROOM_CONTENT_DIR: content,
				NEWSROOM_NOW: now,
				NEWSROOM_INCREMENTAL: '0',
				NEWSROOM_CACHE_DIR: join(tmp, `cache/reference-${n}`),
			},
		}),
		'full render after the realistic edit',
	);
	const differences = await compareFolders(out('site'), reference);
	log(
		`N=${n}: realistic edit rebuilt in ${realistic.wall.toFixed(1)} s, ${differences.length} files differ`,
	);
	return {
		n,
		files: corpus.files,
		meanWords: corpus.meanWords,
		runs,
		rebuilds,
		publishes,
		realistic: { edit, run: { ...realistic, output: '' }, differences },
		weight,
	};
}

await mkdir(tmp, { recursive: true });
const started = new Date();
const before = await machine();
const results: SizeResult[] = [];
for (const n of sizes) results.push(await benchSize(n));
const weights = await realSiteWeights(join(tmp, 'out/real'));
let profile: ProfileSummary | undefined;
if (values.profile) {
	const n = Number(values.profile);
	profile = await profileBuild(join(tmp, `content-${n}`), join(tmp, 'profile'), { n, now });
	log(`profiled the N=${n} build`);
}
const after = await machine();
const run = {
	started: started.toISOString(),
	before,
	after,
	command: process.argv.slice(2),
	rounds,
	warmup,
};
await writeFile(
	join(tmp, 'results.json'),
	JSON.stringify({ run, results, weights, profile }, null, '\t'),
);
const report = await writeReport({ run, results, weights, profile }, values.write);
console.log(report);
if (values.write) log('BENCHMARKS.md and bench/build-time.svg updated');
