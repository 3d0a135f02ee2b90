/**
 * Where a build spends its time: runs `node --cpu-prof astro build` and sums the self time of
 * every function in the resulting `.cpuprofile` files (V8's JSON: a call tree of nodes, and
 * samples with time deltas), by function and by package.
 *
 * As a script: `tsx bench/cpuprofile.ts <file-or-folder>` summarizes existing profiles.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from './generate';
import { measure } from './measure';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
	startTime: number;
	endTime: number;
}

/** Self time in milliseconds, by function and by package, over one or more profiles. */
export interface ProfileSummary {
	/** What was profiled. */
	label: string;
	/** Milliseconds sampled, all threads together. */
	totalMs: number;
	/** Build wall time, seconds (with the profiler's overhead). */
	wall?: number | undefined;
	functions: { name: string; where: string; ms: number }[];
	packages: { name: string; ms: number }[];
}

/** The package (or `src/…` folder, or `node:` internals) a script URL belongs to. */
export function packageOf(url: string): string {
	if (!url) return '(native / V8)';
	const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
	if (modules?.[1]) return modules[1];
	if (url.startsWith('node:')) return 'node internals';
	// The site's own code (src/, views, components) as Astro bundled it for prerendering.
	if (url.includes('/.prerender/')) return 'our code (bundled)';
	const local = /\/(src\/[^/]+)\//.exec(url);
	return local?.[1] ? `our ${local[1]}` : url.replace(/^file:\/\//, '').replace(root, '');
}

/** Sums self time per function and per package over parsed profiles. */
export function summarize(label: string, profiles: CpuProfile[], top = 20): ProfileSummary {
	const byFunction = new Map<string, { name: string; where: string; ms: number }>();
	const byPackage = new Map<string, number>();
	let totalMs = 0;
	for (const profile of profiles) {
		const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
		profile.samples.forEach((id, i) => {
			const ms = (profile.timeDeltas[i] ?? 0) / 1000;
			const frame = nodes.get(id)?.callFrame;
			if (!frame) return;
			totalMs += ms;
			const where = frame.url
				? `${frame.url.replace(/^file:\/\//, '').replace(root, '')}:${frame.lineNumber + 1}`
				: '';
			const name = frame.functionName || '(anonymous)';
			const key = `${name} ${where}`;
			const entry = byFunction.get(key) ?? { name, where, ms: 0 };
			entry.ms += ms;
			byFunction.set(key, entry);
			const pkg = frame.url ? packageOf(frame.url) : name.startsWith('(') ? name : '(native / V8)';
			byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
		});
	}
	return {
		label,
		totalMs,
		functions: [...byFunction.values()].sort((a, b) => b.ms - a.ms).slice(0, top),
		packages: [...byPackage]
			.map(([name, ms]) => ({ name, ms }))
			.sort((a, b) => b.ms - a.ms)
			.slice(0, top),
	};
}

/** Reads every `.cpuprofile` in a folder (or one file). */
async function readProfiles(path: string): Promise<CpuProfile[]> {
	const files = path.endsWith('.cpuprofile')
		? [path]
		: (await readdir(path)).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(path, f));
	return Promise.all(files.map(async (f) => JSON.parse(await readFile(f, 'utf8')) as CpuProfile));
}

/** Profiles one clean build of the site over a generated corpus and summarizes it. */
export async function profileBuild(
	content: string,
	dir: string,
	{ n, now }: { n: number; now: string },
): Promise<ProfileSummary> {
	await rm(dir, { recursive: true, force: true });
	await rm(join(root, 'node_modules/.astro'), { recursive: true, force: true });
	const astro = join(root, 'node_modules/astro/bin/astro.mjs');
	const run = await measure(
		process.execPath,
		['--cpu-prof', '--cpu-prof-dir', dir, astro, 'build', '--force', '--outDir', join(dir, 'dist')],
		{ cwd: root, env: { NEWSROOM_CONTENT_DIR: content, NEWSROOM_NOW: now } },
	);
	if (!run.ok) throw new Error(`Profiled build failed:\n${run.output.slice(-4000)}`);
	const summary = summarize(
		`clean build of the site, N = ${n} per language`,
		await readProfiles(dir),
	);
	return { ...summary, wall: run.wall };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const summary = summarize(process.argv[2] ?? '', await readProfiles(process.argv[2] ?? '.'));
	console.log(`${(summary.totalMs / 1000).toFixed(1)} s sampled`);
	for (const p of summary.packages) console.log(`${p.ms.toFixed(0).padStart(8)} ms  ${p.name}`);
	console.log('');
	for (const f of summary.functions)
		console.log(`${f.ms.toFixed(0).padStart(8)} ms  ${f.name}  ${f.where}`);
}
