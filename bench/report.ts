/**
 * The benchmark's report: machine and versions, a table per N, the growth exponent, the page
 * weights, the profile summary, and an SVG chart of build time against N (drawn by hand, no
 * dependency). `writeReport(…, true)` replaces the generated part of BENCHMARKS.md (between the
 * `bench:start` and `bench:end` markers), keeping the notes around it.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { ProfileSummary } from './cpuprofile';
import { root } from './generate';
import type { PageWeight } from './page-weight';
import type { Measured, SizeResult } from './types';

/** The machine and the load on it at one moment. */
export async function machine() {
	const version = async (pkg: string) =>
		(
			JSON.parse(await readFile(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as {
				version: string;
			}
		).version;
	return {
		cores: cpus().length,
		cpu: cpus()[0]?.model ?? 'unknown',
		memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
		load: loadavg().map((l) => Math.round(l * 100) / 100),
		node: process.version,
		astro: await version('astro'),
		pagefind: await version('pagefind'),
	};
}

type Machine = Awaited<ReturnType<typeof machine>>;
interface Report {
	run: { started: string; before: Machine; after: Machine; command: string[] };
	results: SizeResult[];
	weights: Record<string, PageWeight>;
	profile?: ProfileSummary | undefined;
}

const s = (seconds: number | undefined) =>
	seconds === undefined || Number.isNaN(seconds) ? 'n/a' : `${seconds.toFixed(1)} s`;
const mb = (bytes: number | undefined) =>
	bytes === undefined ? 'n/a' : `${(bytes / 2 ** 20).toFixed(bytes < 2 ** 24 ? 1 : 0)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)} ×`;
const percentOf = (part: number, whole: number) =>
	`${((part / whole) * 100).toFixed(0)} % of ${s(whole)} clean`;

/**
 * Build plus search indexing, in seconds. The site's Pagefind integration runs inside its build,
 * so only a separate CLI run (the baseline's) is added.
 */
export const total = (m: Measured) =>
	m.build.wall + (m.search?.how === 'cli' ? m.search.wall || 0 : 0);

/** The slope of log(y) against log(x) by least squares: 1 means linear growth. */
export function growthExponent(points: [number, number][]): number | undefined {
	if (points.length < 2) return undefined;
	const xs = points.map(([x]) => Math.log(x));
	const ys = points.map(([, y]) => Math.log(y));
	const mx = xs.reduce((a, b) => a + b) / xs.length;
	const my = ys.reduce((a, b) => a + b) / ys.length;
	let num = 0;
	let den = 0;
	xs.forEach((x, i) => ((num += (x - mx) * ((ys[i] ?? 0) - my)), (den += (x - mx) ** 2)));
	return num / den;
}

function sizeTable(r: SizeResult): string {
	const { ours, baseline } = r;
	const row = (label: string, a: string, b: string, c = '') => `| ${label} | ${a} | ${b} | ${c} |`;
	const index = (m: Measured) =>
		m.search
			? Object.entries(m.search.index)
					.map(([lang, bytes]) => `${lang} ${kb(bytes)}`)
					.join(', ')
			: 'n/a';
	const searchHow = ours.search?.how === 'cli' ? ' (CLI over dist/: no integration yet)' : '';
	// The baseline's rebuild against its own clean build with the incremental build on, each
	// followed by the Pagefind CLI.
	const b = r.baselineRebuild;
	const baseClean = b.clean.wall + b.cleanSearch.wall;
	const baseRebuild = b.rebuild.wall + b.rebuildSearch.wall;
	return [
		`### N = ${r.n} releases per language (${r.files} files, ${r.meanWords} words each on average)`,
		'',
		'| | site | bare Astro baseline | site ÷ baseline |',
		'| --- | ---: | ---: | ---: |',
		row(
			'clean `astro build`, wall',
			s(ours.build.wall),
			s(baseline.build.wall),
			ratio(ours.build.wall, baseline.build.wall),
		),
		row('clean `astro build`, CPU (user + sys)', s(ours.build.cpu), s(baseline.build.cpu)),
		row('peak RSS', mb(ours.build.peakRss), mb(baseline.build.peakRss)),
		row('HTML pages', String(ours.pages), String(baseline.pages)),
		row(
			'pages per second',
			(ours.pages / ours.build.wall).toFixed(0),
			(baseline.pages / baseline.build.wall).toFixed(0),
		),
		row('`dist/` size', mb(ours.distBytes), mb(baseline.distBytes)),
		row(`Pagefind${searchHow}, wall`, s(ours.search?.wall), s(baseline.search?.wall)),
		row('Pagefind index per language', index(ours), index(baseline)),
		row(
			'**build + Pagefind, wall**',
			`**${s(total(ours))}**`,
			`**${s(total(baseline))}**`,
			`**${ratio(total(ours), total(baseline))}**`,
		),
		row(
			`one-release rebuild + Pagefind, incremental (pages reused: site ${r.restored} of ${ours.pages}, baseline ${b.restored} of ${baseline.pages}), wall`,
			`${s(r.rebuild.wall)} (${percentOf(r.rebuild.wall, total(ours))})`,
			`${s(baseRebuild)} (${percentOf(baseRebuild, baseClean)})`,
		),
		row(
			'one-release rebuild, incremental off (content store cache kept), wall',
			`${s(r.plainRebuild.wall)} (${percentOf(r.plainRebuild.wall, total(ours))})`,
			'',
		),
		row(
			'files differing, incremental rebuild vs full render',
			r.differences.length
				? `**${r.differences.length}** (${r.differences.slice(0, 3).join(', ')})`
				: 'none',
			'',
		),
		row(
			'load average after the site build',
			String(ours.build.load.toFixed(2)),
			String(baseline.build.load.toFixed(2)),
		),
		'',
	].join('\n');
}

/** A line chart of build + search time against N for the site and the baseline. */
export function chart(results: SizeResult[]): string {
	const w = 640;
	const h = 360;
	const pad = { l: 56, r: 24, t: 28, b: 44 };
	const maxN = Math.max(...results.map((r) => r.n));
	const maxT = Math.max(...results.flatMap((r) => [total(r.ours), total(r.baseline)])) * 1.1;
	const x = (n: number) => pad.l + (n / maxN) * (w - pad.l - pad.r);
	const y = (t: number) => h - pad.b - (t / maxT) * (h - pad.t - pad.b);
	const series = [
		{ label: 'site (build + Pagefind)', color: '#0b3d91', pick: (r: SizeResult) => total(r.ours) },
		{
			label: 'bare Astro + Pagefind',
			color: '#b35900',
			pick: (r: SizeResult) => total(r.baseline),
		},
	];
	const ticks = Array.from({ length: 5 }, (_, i) => (maxT / 5) * (i + 1));
	const parts = [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" font-family="system-ui, sans-serif" font-size="12">`,
		`<rect width="${w}" height="${h}" fill="#fff"/>`,
		`<text x="${pad.l}" y="16" font-weight="bold">Clean build + Pagefind time against N (releases per language)</text>`,
		`<line x1="${pad.l}" y1="${h - pad.b}" x2="${w - pad.r}" y2="${h - pad.b}" stroke="#444"/>`,
		`<line x1="${pad.l}" y1="${pad.t}" x2="${pad.l}" y2="${h - pad.b}" stroke="#444"/>`,
		...ticks.map(
			(t) =>
				`<line x1="${pad.l}" y1="${y(t)}" x2="${w - pad.r}" y2="${y(t)}" stroke="#ddd"/><text x="${pad.l - 6}" y="${y(t) + 4}" text-anchor="end">${t.toFixed(0)} s</text>`,
		),
		...results.map(
			(r) => `<text x="${x(r.n)}" y="${h - pad.b + 16}" text-anchor="middle">${r.n}</text>`,
		),
		`<text x="${(w + pad.l) / 2}" y="${h - 8}" text-anchor="middle">N</text>`,
		...series.flatMap((line, i) => [
			`<polyline fill="none" stroke="${line.color}" stroke-width="2" points="${results.map((r) => `${x(r.n).toFixed(1)},${y(line.pick(r)).toFixed(1)}`).join(' ')}"/>`,
			...results.map(
				(r) =>
					`<circle cx="${x(r.n).toFixed(1)}" cy="${y(line.pick(r)).toFixed(1)}" r="3.5" fill="${line.color}"><title>${line.label}, N = ${r.n}: ${line.pick(r).toFixed(1)} s</title></circle>`,
			),
			`<rect x="${pad.l + 16}" y="${pad.t + 8 + i * 18}" width="12" height="12" fill="${line.color}"/><text x="${pad.l + 34}" y="${pad.t + 18 + i * 18}">${line.label}</text>`,
		]),
		'</svg>',
	];
	return parts.join('\n') + '\n';
}

/** The generated part of BENCHMARKS.md. */
export function markdown({ run, results, weights, profile }: Report): string {
	const m = run.after;
	const exponent = (pick: (r: SizeResult) => number) => {
		const e = growthExponent(results.map((r) => [r.n, pick(r)]));
		return e === undefined ? 'n/a (one size)' : e.toFixed(2);
	};
	const lines = [
		`Run of ${run.started.slice(0, 16).replace('T', ' ')} UTC: \`npm run bench -- ${run.command.join(' ')}\``,
		'',
		`Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB of memory; Node ${m.node}, Astro ${m.astro}, Pagefind ${m.pagefind}. ` +
			`Load average (1, 5, 15 min) ${run.before.load.join(', ')} before the run and ${m.load.join(', ')} after it (the benchmark's own builds)` +
			// Only the load before the run says whether something else was using the machine.
			((run.before.load[0] ?? 0) > m.cores / 2
				? ': **the machine was busy when the run started**, so the first times may be pessimistic.'
				: '.'),
		'',
		...results.map(sizeTable),
		'### Growth',
		'',
		'![Clean build time against N](bench/build-time.svg)',
		'',
		`Log-log slope of time against N (1 = linear): site build + Pagefind ${exponent((r) => total(r.ours))}, site \`astro build\` alone ${exponent((r) => r.ours.build.wall)}, baseline build + Pagefind ${exponent((r) => total(r.baseline))}. ` +
			`By CPU time of the build (less sensitive to load): site ${exponent((r) => r.ours.build.cpu ?? Number.NaN)}, baseline ${exponent((r) => r.baseline.build.cpu ?? Number.NaN)}.`,
		'',
		'### Page weight of the real site (content/)',
		'',
		'| page | HTML gzip | CSS gzip | HTML + CSS gzip | JS on load (raw / gzip) | scripts |',
		'| --- | ---: | ---: | ---: | ---: | ---: |',
		...Object.entries(weights).map(
			([name, w]) =>
				`| ${name} | ${kb(w.htmlGzip)} | ${kb(w.cssGzip)} | **${kb(w.totalGzip)}** | ${w.jsBytes} B / ${w.jsGzip} B | ${w.scripts} inline, ${w.externalScripts} external |`,
		),
		'',
	];
	if (profile) {
		lines.push(
			`### Profile: ${profile.label}`,
			'',
			`\`node --cpu-prof\`, ${(profile.totalMs / 1000).toFixed(1)} s sampled (build wall ${s(profile.wall)} with the profiler). Self time by package:`,
			'',
			'| package | self time | share |',
			'| --- | ---: | ---: |',
			...profile.packages
				.slice(0, 12)
				.map(
					(p) =>
						`| ${p.name} | ${(p.ms / 1000).toFixed(2)} s | ${((p.ms / profile.totalMs) * 100).toFixed(1)} % |`,
				),
			'',
			'Top functions by self time:',
			'',
			'| function | where | self time |',
			'| --- | --- | ---: |',
			...profile.functions
				.slice(0, 15)
				.map(
					(f) =>
						`| \`${f.name}\` | ${f.where.replace(/\|/g, '\\|')} | ${(f.ms / 1000).toFixed(2)} s |`,
				),
			'',
		);
	}
	return lines.join('\n');
}

const start = '<!-- bench:start: written by `npm run bench -- --write`; edit around it -->';
const end = '<!-- bench:end -->';

/** Renders the report; with `write`, puts it into BENCHMARKS.md and draws bench/build-time.svg. */
export async function writeReport(report: Report, write: boolean): Promise<string> {
	const body = markdown(report);
	if (!write) return body;
	const file = join(root, 'BENCHMARKS.md');
	const current = existsSync(file)
		? await readFile(file, 'utf8')
		: `# Benchmarks\n\n${start}\n${end}\n`;
	const [before = '', rest = ''] = current.split(start);
	const after = rest.split(end)[1] ?? '\n';
	await writeFile(file, `${before}${start}\n\n${body}\n${end}${after}`);
	await writeFile(join(root, 'bench/build-time.svg'), chart(report.results));
	return body;
}
