/**
 * The benchmark's report: machine and versions, a table per N, the growth exponent, the page
 * weights, the profile summary, and an SVG chart of build time against N (drawn by hand, no
 * dependency). `writeReport(…, true)` replaces the generated part of BENCHMARKS.md (between the
 * `bench:start` and `bench:end` markers), keeping the notes around it.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { ProfileSummary } from './cpuprofile';
import { root } from './generate';
import type { PageWeight } from './page-weight';
import type { Peer, SizeResult } from './types';

/** Hugo's version line, e.g. `hugo v0.111.3`. */
function hugoVersion(): string {
	const out = spawnSync('hugo', ['version'], { encoding: 'utf8' }).stdout ?? '';
	return /hugo v[\d.]+/.exec(out)?.[0] ?? 'Hugo not found';
}

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
		hugo: hugoVersion(),
	};
}

type Machine = Awaited<ReturnType<typeof machine>>;
interface Report {
	run: {
		started: string;
		before: Machine;
		after: Machine;
		command: string[];
		rounds: number;
		warmup: number;
	};
	results: SizeResult[];
	weights: Record<string, PageWeight>;
	profile?: ProfileSummary | undefined;
}

const s = (seconds: number | undefined) =>
	seconds === undefined || Number.isNaN(seconds) ? 'n/a' : `${seconds.toFixed(1)} s`;
const mb = (bytes: number | undefined) =>
	bytes === undefined ? 'n/a' : `${(bytes / 2 ** 20).toFixed(bytes < 2 ** 24 ? 1 : 0)} MB`;
const ms = (seconds: number) =>
	Number.isNaN(seconds) ? 'n/a' : `${Math.round(seconds * 1000)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const x = (value: number) => `${value.toFixed(2)} ×`;

/** Minimum, median and maximum of some numbers. */
export function spread(values: number[]): { min: number; median: number; max: number } {
	const sorted = values.toSorted((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	const median =
		sorted.length % 2
			? (sorted[mid] ?? NaN)
			: ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
	return { min: sorted[0] ?? NaN, median, max: sorted.at(-1) ?? NaN };
}
const range = (values: number[], format: (v: number) => string) => {
	const { min, median, max } = spread(values);
	return values.length > 1 ? `${format(median)} (${format(min)}–${format(max)})` : format(median);
};

/** The slope of log(y) against log(x) by least squares: 1 means linear growth. */
export function growthExponent(points: [number, number][]): number | undefined {
	if (points.length < 2) return undefined;
	const xs = points.map(([px]) => Math.log(px));
	const ys = points.map(([, y]) => Math.log(y));
	const mx = xs.reduce((a, b) => a + b) / xs.length;
	const my = ys.reduce((a, b) => a + b) / ys.length;
	let num = 0;
	let den = 0;
	xs.forEach((v, i) => ((num += (v - mx) * ((ys[i] ?? 0) - my)), (den += (v - mx) ** 2)));
	return num / den;
}

const peers: { peer: Peer; label: string }[] = [
	{ peer: 'site', label: 'site (its Pagefind integration inside)' },
	{ peer: 'baseline', label: 'bare Astro + Pagefind CLI' },
	{ peer: 'hugo', label: `Hugo + Pagefind CLI` },
];
const runsOf = (r: SizeResult, peer: Peer) => r.runs.filter((run) => run.peer === peer);
const walls = (r: SizeResult, peer: Peer) => runsOf(r, peer).map((run) => run.run.wall);
/** The ratio of the site to a peer, round by round (the runs alternate). */
const ratios = (r: SizeResult, peer: Peer) => {
	const site = walls(r, 'site');
	return walls(r, peer).map((wall, i) => (site[i] ?? NaN) / wall);
};

/**
 * The hosts the deploy guide names, with the limit of each that an archive meets first. Checked
 * against each host's documentation in December 2026 (docs/DEPLOY.md).
 */
export const hosts = [
	{ name: 'GitHub Pages', limit: 'published site ≤ 1 GB', fits: (b: number) => b <= 2 ** 30 },
	{
		name: 'Cloudflare Pages (free plan)',
		limit: '≤ 20,000 files',
		fits: (_: number, f: number) => f <= 20_000,
	},
	{ name: 'Netlify', limit: 'no file-count or site-size limit for static files', fits: () => true },
	{ name: 'nginx or the container', limit: 'none but the disk', fits: () => true },
];

function sizeTable(r: SizeResult): string {
	const row = (...cells: string[]) => `| ${cells.join(' | ')} |`;
	const site = runsOf(r, 'site');
	const first = (peer: Peer) => runsOf(r, peer)[0];
	const rebuildRatios = r.rebuilds.map((b) => b.site.wall / b.hugo.wall);
	const siteDist = first('site');
	return [
		`### N = ${r.n} releases per language (${r.files} files, ${r.meanWords} words each on average)`,
		'',
		`Clean builds with the search index, ${site.length} alternated round(s): median (min–max).`,
		'',
		row('', ...peers.map((p) => p.label)),
		row('---', ...peers.map(() => '---:')),
		row(
			'**clean build + Pagefind, wall**',
			...peers.map((p) => `**${range(walls(r, p.peer), s)}**`),
		),
		row(
			'CPU (user + sys)',
			...peers.map((p) =>
				range(
					runsOf(r, p.peer).map((v) => v.run.cpu ?? NaN),
					s,
				),
			),
		),
		row(
			'peak RSS',
			...peers.map((p) => mb(Math.max(...runsOf(r, p.peer).map((v) => v.run.peakRss ?? 0)))),
		),
		row('HTML pages', ...peers.map((p) => String(first(p.peer)?.html ?? 'n/a'))),
		row(
			'`dist/`: size, files',
			...peers.map((p) => `${mb(first(p.peer)?.bytes)}, ${first(p.peer)?.files ?? 'n/a'}`),
		),
		row(
			'site ÷ peer, round by round',
			'',
			`**${range(ratios(r, 'baseline'), x)}**`,
			`**${range(ratios(r, 'hugo'), x)}**`,
		),
		'',
		`Inside the site's clean build: the related releases of every release in every language (one index of shared topics and countries, src/page-model/related.ts) ${range(
			site.map((v) => v.related ?? NaN),
			ms,
		)}.`,
		'',
		`One-release rebuild (one English release edited, incremental, search index included) against Hugo + Pagefind's clean build of the same corpus, alternated: site ${range(
			r.rebuilds.map((b) => b.site.wall),
			s,
		)}, Hugo ${range(
			r.rebuilds.map((b) => b.hugo.wall),
			s,
		)}; **site's rebuild ÷ Hugo's clean build ${range(rebuildRatios, x)}**.`,
		'',
		`One release published (a new release in three languages, the newest, so it heads every listing), rebuilt incrementally, against Hugo + Pagefind's clean build, alternated: site ${range(
			r.publishes.map((b) => b.site.wall),
			s,
		)}, Hugo ${range(
			r.publishes.map((b) => b.hugo.wall),
			s,
		)}; **site's rebuild ÷ Hugo's clean build ${range(
			r.publishes.map((b) => b.site.wall / b.hugo.wall),
			x,
		)}**.`,
		'',
		...stepTable(
			site.map((v) => v.steps),
			r.rebuilds.map((b) => b.steps),
			r.publishes.map((b) => b.steps),
		),
		'',
		`Realistic edit (a new release in a country and a topic no release used, ${r.realistic.edit.redated} redated, the Spanish translation of ${r.realistic.edit.untranslated} removed), rebuilt incrementally in ${s(r.realistic.run.wall)}; files differing from a full render: ${r.realistic.differences.length ? `**${r.realistic.differences.length}** (${r.realistic.differences.slice(0, 5).join(', ')})` : '**none**'}.`,
		'',
		`A release page of the corpus (median of 30): ${kb(r.weight.raw)} of HTML, ${kb(r.weight.htmlGzip)} gzip; HTML + CSS ${kb(r.weight.totalGzip)} gzip.`,
		'',
		siteDist
			? `Files per release (its pages in three languages, their search fragments, pictures, contact cards, listings): ${(siteDist.files / r.n).toFixed(1)} (${siteDist.files} files ÷ ${r.n} releases), with ${r.n * 3} release files and the people they name drawn from a pool of press officers, as a newsroom's are.`
			: '',
		'',
		'| host | limit | the site at this N |',
		'| --- | --- | --- |',
		...hosts.map(
			(h) =>
				`| ${h.name} | ${h.limit} | ${siteDist ? `${mb(siteDist.bytes)}, ${siteDist.files} files: ${h.fits(siteDist.bytes, siteDist.files) ? 'fits' : '**over the limit**'}` : 'n/a'} |`,
		),
		'',
	].join('\n');
}

type Steps = Record<string, number> | undefined;

/**
 * Where the time goes: each step of the site's clean build and of its two kinds of rebuild, as
 * the build log times them (median and range over the rounds).
 */
function stepTable(clean: Steps[], rebuild: Steps[], publish: Steps[]): string[] {
	const columns = [clean, rebuild, publish];
	const labels = [...new Set(columns.flat().flatMap((steps) => Object.keys(steps ?? {})))];
	if (!labels.length) return [];
	const cell = (runs: Steps[], label: string) =>
		range(
			runs.map((steps) => steps?.[label] ?? NaN),
			s,
		);
	return [
		"The site's build, step by step (its build log's last line, src/integrations/build-steps.ts):",
		'',
		'| step | clean build | one release edited | one release published |',
		'| --- | --- | --- | --- |',
		...labels.map((label) => `| ${label} | ${columns.map((c) => cell(c, label)).join(' | ')} |`),
	];
}

/** A line chart of the median clean build + search time against N, one line per peer. */
export function chart(results: SizeResult[]): string {
	const w = 640;
	const h = 360;
	const pad = { l: 56, r: 24, t: 28, b: 44 };
	const median = (r: SizeResult, peer: Peer) => spread(walls(r, peer)).median;
	const maxN = Math.max(...results.map((r) => r.n));
	const maxT = Math.max(...results.flatMap((r) => peers.map((p) => median(r, p.peer)))) * 1.1;
	const px = (n: number) => pad.l + (n / maxN) * (w - pad.l - pad.r);
	const py = (t: number) => h - pad.b - (t / maxT) * (h - pad.t - pad.b);
	const colors: Record<Peer, string> = { site: '#0b3d91', baseline: '#b35900', hugo: '#2e7d32' };
	const ticks = Array.from({ length: 5 }, (_, i) => (maxT / 5) * (i + 1));
	return (
		[
			`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" font-family="system-ui, sans-serif" font-size="12">`,
			`<rect width="${w}" height="${h}" fill="#fff"/>`,
			`<text x="${pad.l}" y="16" font-weight="bold">Clean build + Pagefind, median wall time against N (releases per language)</text>`,
			`<line x1="${pad.l}" y1="${h - pad.b}" x2="${w - pad.r}" y2="${h - pad.b}" stroke="#444"/>`,
			`<line x1="${pad.l}" y1="${pad.t}" x2="${pad.l}" y2="${h - pad.b}" stroke="#444"/>`,
			...ticks.map(
				(t) =>
					`<line x1="${pad.l}" y1="${py(t)}" x2="${w - pad.r}" y2="${py(t)}" stroke="#ddd"/><text x="${pad.l - 6}" y="${py(t) + 4}" text-anchor="end">${t.toFixed(0)} s</text>`,
			),
			...results.map(
				(r) => `<text x="${px(r.n)}" y="${h - pad.b + 16}" text-anchor="middle">${r.n}</text>`,
			),
			`<text x="${(w + pad.l) / 2}" y="${h - 8}" text-anchor="middle">N</text>`,
			...peers.flatMap(({ peer, label }, i) => [
				`<polyline fill="none" stroke="${colors[peer]}" stroke-width="2" points="${results.map((r) => `${px(r.n).toFixed(1)},${py(median(r, peer)).toFixed(1)}`).join(' ')}"/>`,
				...results.map(
					(r) =>
						`<circle cx="${px(r.n).toFixed(1)}" cy="${py(median(r, peer)).toFixed(1)}" r="3.5" fill="${colors[peer]}"><title>${label}, N = ${r.n}: ${median(r, peer).toFixed(1)} s</title></circle>`,
				),
				`<rect x="${pad.l + 16}" y="${pad.t + 8 + i * 18}" width="12" height="12" fill="${colors[peer]}"/><text x="${pad.l + 34}" y="${pad.t + 18 + i * 18}">${label}</text>`,
			]),
			'</svg>',
		].join('\n') + '\n'
	);
}

/** The generated part of BENCHMARKS.md. */
export function markdown({ run, results, weights, profile }: Report): string {
	const m = run.after;
	const exponent = (peer: Peer) => {
		const e = growthExponent(results.map((r) => [r.n, spread(walls(r, peer)).median]));
		return e === undefined ? 'n/a (one size)' : e.toFixed(2);
	};
	const lines = [
		`Run of ${run.started.slice(0, 16).replace('T', ' ')} UTC: \`npm run bench -- ${run.command.join(' ')}\` (${run.warmup} warm-up round(s) not counted, then ${run.rounds} counted).`,
		'',
		`Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB of memory; Node ${m.node}, Astro ${m.astro}, Pagefind ${m.pagefind}, ${m.hugo}. ` +
			`Load average (1, 5, 15 min) ${run.before.load.join(', ')} before the run` +
			((run.before.load[0] ?? 0) > m.cores / 2
				? ': **the machine was busy when the run started**, so the first times may be pessimistic.'
				: '.'),
		'',
		...results.map(sizeTable),
		'### Growth',
		'',
		'![Clean build time against N](bench/build-time.svg)',
		'',
		`Log-log slope of the median clean build + search time against N (1 = linear): ${peers.map((p) => `${p.peer} ${exponent(p.peer)}`).join(', ')}.`,
		'',
		'### Page weight of the real site (content/)',
		'',
		'| page | HTML gzip | CSS gzip | HTML + CSS gzip | JS on load (raw / gzip) | scripts |',
		'| --- | ---: | ---: | ---: | ---: | ---: |',
		...Object.entries(weights).map(
			([name, w]) =>
				`| ${name} | ${kb(w.htmlGzip)} | ${kb(w.cssGzip)} | **${kb(w.totalGzip)}** | ${w.jsBytes} B / ${w.jsGzip} B | ${w.scripts} (${w.externalScripts} files) |`,
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
