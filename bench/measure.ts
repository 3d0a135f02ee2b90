/**
 * Measuring one command: wall time, CPU time (user + system of the process and every descendant
 * it waited for) and peak RSS. Node's `process.resourceUsage()` covers only the current process,
 * so the child runs under GNU time (`/usr/bin/time -f`), which reads the children's rusage from
 * `wait4`; without it, CPU and RSS are reported as unknown.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

/** What one run of a command cost. */
export interface Run {
	ok: boolean;
	/** Seconds. */
	wall: number;
	/** User + system CPU seconds, or undefined without GNU time. */
	cpu?: number | undefined;
	/** Peak resident set size of the largest process, in bytes. */
	peakRss?: number | undefined;
	/** stdout and stderr together. */
	output: string;
	/** The 1-minute load average when the run ended (other work on the machine). */
	load: number;
}

const gnuTime = '/usr/bin/time';

/** Runs `command args…` in `cwd` with extra `env`, and measures it. */
export async function measure(
	command: string,
	args: string[],
	{ cwd, env = {} }: { cwd: string; env?: Record<string, string> },
): Promise<Run> {
	const scratch = await mkdtemp(join(tmpdir(), 'bench-time-'));
	const report = join(scratch, 'time.txt');
	const timed = existsSync(gnuTime);
	const [file, argv] = timed
		? [gnuTime, ['-o', report, '-f', '%U %S %M', command, ...args]]
		: [command, args];
	const start = performance.now();
	const child = spawn(file, argv, {
		cwd,
		env: {
			...process.env,
			ASTRO_TELEMETRY_DISABLED: '1',
			NO_COLOR: '1',
			// V8's default heap limit (about 4 GB here) was once too small for N = 10,000 per
			// language and still costs garbage collection there (BENCHMARKS.md): every build, site
			// and baseline, gets the same larger one, so that runs compare.
			NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=16384`.trim(),
			...env,
		},
	});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	const wall = (performance.now() - start) / 1000;
	let cpu: number | undefined;
	let peakRss: number | undefined;
	if (timed && existsSync(report)) {
		// The last line: GNU time writes "Command exited with non-zero status" above it on failure.
		const last = (await readFile(report, 'utf8')).trim().split('\n').at(-1) ?? '';
		const [user, system, rssKb] = last.split(' ').map(Number);
		if (user !== undefined && system !== undefined) cpu = user + system;
		if (rssKb !== undefined) peakRss = rssKb * 1024;
	}
	await rm(scratch, { recursive: true, force: true });
	return { ok: code === 0, wall, cpu, peakRss, output, load: loadavg()[0] ?? 0 };
}

/** Total bytes, files and `.html` files under a folder. */
export async function folderStats(
	dir: string,
): Promise<{ bytes: number; files: number; html: number }> {
	let bytes = 0;
	let files = 0;
	let html = 0;
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		bytes += (await stat(join(entry.parentPath, entry.name))).size;
		files++;
		if (entry.name.endsWith('.html')) html++;
	}
	return { bytes, files, html };
}

/**
 * Bytes of the Pagefind index of each language in a build (`index/<lang>_…`, `fragment/<lang>_…`,
 * `pagefind.<lang>_….pf_meta`), whether the build has one bundle holding every language
 * (`pagefind/`, the CLI's default) or bundles per language (`pagefind/<locale>/<part>/`, the
 * site's);
 * undefined when there is no index.
 */
export async function pagefindSizes(dist: string): Promise<Record<string, number> | undefined> {
	const dir = join(dist, 'pagefind');
	if (!existsSync(dir)) return undefined;
	const files = await readdir(dir, { recursive: true, withFileTypes: true });
	const languages = new Set<string>();
	for (const file of files.filter((f) => f.name === 'pagefind-entry.json')) {
		const entry = JSON.parse(await readFile(join(file.parentPath, file.name), 'utf8')) as {
			languages: Record<string, unknown>;
		};
		for (const lang of Object.keys(entry.languages)) languages.add(lang);
	}
	if (languages.size === 0) return undefined;
	const sizes: Record<string, number> = {};
	for (const file of files) {
		if (!file.isFile()) continue;
		const lang = [...languages].find(
			(l) => file.name.startsWith(`${l}_`) || file.name.startsWith(`pagefind.${l}_`),
		);
		if (lang)
			sizes[lang] = (sizes[lang] ?? 0) + (await stat(join(file.parentPath, file.name))).size;
	}
	return sizes;
}

/**
 * The site's build steps and their times in seconds, from the build log's last line
 * (`[newsroom:steps] start 1.3 s · content 6.1 s · …`, src/integrations/build-steps.ts), in order.
 */
export function stepsFromLog(output: string): Record<string, number> | undefined {
	const line = /\[newsroom:steps\] (.*)$/m.exec(output)?.[1];
	if (!line) return undefined;
	const steps: Record<string, number> = {};
	for (const part of line.split(' · ')) {
		const match = /^(.+?) ([\d.]+) (ms|s)\b/.exec(part);
		if (match?.[1] && match[2]) {
			steps[match[1]] = Number(match[2]) / (match[3] === 'ms' ? 1000 : 1);
		}
	}
	return steps;
}

/**
 * The time the site's build took to find the related releases of every release, as it logs it
 * (src/page-model/release-pages.ts), in seconds.
 */
export function relatedTimeFromLog(output: string): number | undefined {
	const match = /\[newsroom\] related releases of \d+ releases in ([\d.]+) ms/.exec(output);
	return match ? Number(match[1]) / 1000 : undefined;
}
