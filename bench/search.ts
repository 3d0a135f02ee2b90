/**
 * `npm run bench:search`: search and offline figures on a generated corpus (not a test). Usage:
 * the parseCommand call below.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { locales, type Locale } from '../src/i18n/locales';
import { url } from '../src/i18n/routes';
import { latestReleases, type OfflineManifest } from '../src/offline/rules';
import { launchBrowser } from '../scripts/lib/chromium';
import { parseCommand } from '../scripts/lib/cli';
import { serveSite } from '../scripts/lib/static-server';
import { generateCorpus, root } from './generate';
import { measure, pagefindSizes } from './measure';

const { values } = parseCommand({
	name: 'npm run bench:search',
	about: `Builds the site over a generated corpus, serves it as production does (nginx when
installed), and in Debian's Chromium measures, per language, a typical query with a cold cache
(bytes fetched and time, Pagefind loaded from scratch) and a second query (warm). Also reports
the index size per language and what "Save for offline" downloads. Not a test.`,
	flags: {
		n: {
			type: 'string',
			value: 'n',
			default: '1000',
			about: 'releases per language (default: 1000)',
		},
		write: { type: 'boolean', default: false, about: 'put the results into BENCHMARKS.md' },
		reuse: {
			type: 'boolean',
			default: false,
			about: 'measure the last build in bench/.tmp again instead of generating and building',
		},
		rounds: {
			type: 'string',
			value: 'n',
			default: '5',
			about: 'fresh-profile visits per language, timed as median (lowest–highest) (default: 5)',
		},
	},
	examples: [
		'npm run bench:search',
		'npm run bench:search -- --n 1000 --write',
		'npm run bench:search -- --reuse',
	],
});
const n = Number(values.n);
const rounds = Number(values.rounds);
const content = join(root, 'bench/.tmp/search-content');
const dist = join(root, 'bench/.tmp/search-dist');
/** A word every corpus language uses often, and a second one for the warm query. */
const queries: Record<Locale, [string, string]> = {
	en: ['trafficking', 'migrants'],
	fr: ['traite', 'migrants'],
	es: ['trata', 'migrantes'],
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const log = (line: string) => console.log(`[bench:search] ${line}`);

if (!values.reuse || !existsSync(dist)) {
	log(`generating ${n} releases per language`);
	await generateCorpus(content, n);
	log('building');
	const build = await measure(
		process.execPath,
		[join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--outDir', dist],
		{ cwd: root, env: { NEWSROOM_CONTENT_DIR: content, NEWSROOM_NOW: '2026-11-01T00:00:00Z' } },
	);
	if (!build.ok) throw new Error(`The build failed:\n${build.output.slice(-4000)}`);
}
const index = (await pagefindSizes(dist)) ?? {};

/**
 * The bytes a file of the build costs on the wire. Chromium reports no sizes for a worker's
 * requests, so they are computed: Pagefind's index files and WebAssembly are gzipped already and
 * sent as they are; JavaScript and JSON are counted gzipped, as nginx sends them.
 */
async function transferSize(path: string): Promise<number> {
	const body = await readFile(join(dist, path.endsWith('/') ? `${path}index.html` : path));
	return /(\/|\.(css|html|js|json|svg))$/.test(path) ? gzipSync(body).length : body.length;
}

/**
 * What the service worker downloads in the background of a reader's first visit, to the home
 * page of `locale` in a fresh profile: its shell, the locale's essentials and offline summary.
 * Waits until the worker has fetched nothing for a second (at most 30 s). Files the page itself
 * fetched before are left out: the browser's HTTP cache answers the worker for those.
 */
async function backgroundDownload(context: BrowserContext, locale: Locale) {
	const byPage = new Set<string>();
	const byWorker: string[] = [];
	let last = Date.now();
	context.on('request', (request) => {
		const path = new URL(request.url()).pathname;
		if (!request.serviceWorker()) byPage.add(path);
		else if (!byPage.has(path)) {
			byWorker.push(path);
			last = Date.now();
		}
	});
	const page = await context.newPage();
	await page.goto(`${server.origin}${url('home', locale)}`);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	const deadline = Date.now() + 30_000;
	while (Date.now() - last < 1_000 && Date.now() < deadline) await page.waitForTimeout(200);
	let bytes = 0;
	for (const path of byWorker) bytes += await transferSize(path);
	return { bytes, files: byWorker.length };
}

/**
 * What a reader waits for on the search page of `locale`: opening it with `?q=first` (Pagefind's
 * runtime, WebAssembly and index chunks load from scratch) until the results show, then a second
 * search for `second` (warm). Bytes come from the Pagefind files the page and its Web Worker
 * request.
 *
 * Times come from the page's own clock, read in the page when the change happens: a
 * MutationObserver, installed before the page's scripts run, stamps the first result; the later
 * steps are stamped by a predicate polled every animation frame. Reading `performance.now()` after
 * Playwright's `locator.waitFor()` instead adds that method's polling back-off (up to 500 ms
 * between checks) to the measurement, which once made the first query look twice as slow as it is.
 */
async function query(page: Page, locale: Locale, first: string, second: string) {
	let requested: string[] = [];
	page.on('request', (request) => {
		const path = new URL(request.url()).pathname;
		if (path.startsWith('/pagefind/')) requested.push(path);
	});
	const bytes = async () => {
		let total = 0;
		// A file asked for twice came from the HTTP cache the second time (both parts of a
		// language's index name one WebAssembly file, docs/SEARCH.md): counted once.
		for (const path of new Set(requested)) total += await transferSize(path);
		requested = [];
		return total;
	};
	const results = () => page.locator('.search-form .results li').count();
	await page.addInitScript(() => {
		const stamp = window as unknown as { firstResult?: number };
		new MutationObserver((_, observer) => {
			if (!document.querySelector('.search-form .results li')) return;
			stamp.firstResult = performance.now();
			observer.disconnect();
		}).observe(document, { childList: true, subtree: true });
	});
	/**
	 * Waits, polling every frame, until the search has settled (its status no longer says
	 * "loading") and `step` holds; returns the page's clock then. Functions, not strings: the
	 * site's Content-Security-Policy forbids evaluating strings.
	 */
	type Step = 'first result' | 'filters drawn' | 'status changed';
	const stamped = async (step: Step, before = '') =>
		(
			await page.waitForFunction(
				([step, before]) => {
					const status = document.querySelector('.search-form .status')?.textContent ?? '';
					const { loading } = JSON.parse(
						document.querySelector<HTMLElement>('#search-strings')?.dataset.strings ?? '{}',
					) as { loading?: string };
					const done =
						step === 'first result'
							? (window as unknown as { firstResult?: number }).firstResult
							: step === 'filters drawn'
								? document.querySelector('.search-form .filters fieldset')
								: status !== before;
					if (!done || !status || status === loading) return false;
					return step === 'first result'
						? (window as unknown as { firstResult: number }).firstResult
						: performance.now();
				},
				[step, before] as const,
			)
		).jsonValue() as Promise<number>;

	await page.goto(`${server.origin}${url('search', locale)}?q=${encodeURIComponent(first)}`);
	const coldMs = await stamped('first result');
	const cold = { ms: coldMs, bytes: await bytes(), results: await results() };

	// The reader opens the filters: Pagefind's filter data loads, and the counts of this search show.
	const openStart = await page.evaluate<number>(`(() => {
		document.querySelector('details.filters summary').click();
		return performance.now();
	})()`);
	const openMs = (await stamped('filters drawn')) - openStart;
	const filters = { ms: openMs, bytes: await bytes() };

	const before = (await page.locator('.search-form .status').textContent()) ?? '';
	const start = await page.evaluate<number>(`(() => {
		document.querySelector('#search-query').value = ${JSON.stringify(second)};
		document.querySelector('form.search-form').requestSubmit();
		return performance.now();
	})()`);
	const warmMs = (await stamped('status changed', before)) - start;
	await page.waitForTimeout(200);
	return { cold, filters, warm: { ms: warmMs, bytes: await bytes(), results: await results() } };
}

/** Lowest, median and highest of a few times, in milliseconds. */
function spread(times: number[]): string {
	const sorted = [...times].sort((a, b) => a - b);
	const ms = (t: number) => t.toFixed(0);
	const median = sorted[Math.floor(sorted.length / 2)]!;
	return sorted.length === 1
		? `${ms(median)} ms`
		: `${ms(median)} ms (${ms(sorted[0]!)}–${ms(sorted.at(-1)!)})`;
}

const server = await serveSite(dist);
const browser = await launchBrowser();
type Measured = Awaited<ReturnType<typeof query>> & {
	background: { bytes: number; files: number };
};
const measured = new Map<Locale, Measured[]>(locales.map((locale) => [locale, []]));
try {
	// The languages alternate, round after round, each time in a fresh browser profile.
	for (let round = 1; round <= rounds; round++) {
		for (const locale of locales) {
			const [first, second] = queries[locale];
			const context = await browser.newContext();
			const searched = await query(await context.newPage(), locale, first, second);
			await context.close();
			const visit = await browser.newContext();
			const result = { ...searched, background: await backgroundDownload(visit, locale) };
			await visit.close();
			measured.get(locale)!.push(result);
			log(
				`round ${round}, ${locale}: first ${result.cold.ms.toFixed(0)} ms, filters ${result.filters.ms.toFixed(0)} ms, second ${result.warm.ms.toFixed(0)} ms, background ${kb(result.background.bytes)}`,
			);
		}
	}
} finally {
	await browser.close();
	await server.close();
}
/** One figure of all rounds: the bytes when every round fetched the same, else their range. */
const sameBytes = (all: number[]) => {
	const [low, high] = [kb(Math.min(...all)), kb(Math.max(...all))];
	return low === high ? low : `${low}–${high}`;
};
const rows: string[] = [];
for (const locale of locales) {
	const runs = measured.get(locale)!;
	const [first, second] = queries[locale];
	const [{ cold, warm }] = runs as [Measured];
	const manifest = JSON.parse(
		await readFile(join(dist, 'offline', `${locale}.json`), 'utf8'),
	) as OfflineManifest;
	rows.push(
		`| ${locale} | ${kb(index[locale] ?? 0)} | “${first}”: ${cold.results} shown, ${sameBytes(runs.map((r) => r.cold.bytes))} fetched, ${spread(runs.map((r) => r.cold.ms))} | ${sameBytes(runs.map((r) => r.filters.bytes))}, ${spread(runs.map((r) => r.filters.ms))} | “${second}”: ${warm.results} shown, ${sameBytes(runs.map((r) => r.warm.bytes))} fetched, ${spread(runs.map((r) => r.warm.ms))} | ${sameBytes(runs.map((r) => r.background.bytes))} (${runs[0]!.background.files} files) | ${(manifest.bytes / 2 ** 20).toFixed(1)} MB (${manifest.everything.length} files) | ${(manifest.latest.bytes / 2 ** 20).toFixed(1)} MB (${manifest.latest.files.length} files) |`,
	);
}

const section = `## Search and offline at ${n.toLocaleString('en')} releases per language

Measured with \`npm run bench:search -- --n ${n} --write\` on ${new Date().toISOString().slice(0, 10)}
(served by ${server.kind === 'nginx' ? 'nginx with the production config, gzip on' : 'the Node static server, no gzip'};
Debian Chromium, no network throttling; ${rounds} rounds, the languages alternating, each visit in
a fresh browser profile, as a reader's first visit).
Times are the median (lowest–highest) on the page's own clock, stamped in the page when the
change shows. The first query is the search page opened with \`?q=\`, from navigation until the
first result shows: it loads Pagefind's
runtime, WebAssembly and the index chunks it needs. "Opening the filters" is the reader then
opening the filter pane, until its values show with this search's counts: it loads Pagefind's
filter data, which lists every page under each value. The second query is a new search on the
same page (warm). Bytes are those of the Pagefind files requested, as sent (the index files
and WebAssembly are gzipped by Pagefind; JavaScript and JSON counted gzipped, as nginx sends
them); the first ten results are shown. The first visit's background download is what the
service worker fetches once it installs, on a first visit to the language's home page in a
fresh profile (its shell, the language's essentials and offline summary), less the files the
page had fetched itself, counted gzipped where nginx sends them so. "Save every release" is the size on disk of every page
and search file of the language; "Save the latest" that of the ${latestReleases} newest releases,
the first page of each listing, the institutional pages and the search index; the reader sees
both before saving.

| language | index on disk | first query (cold) | opening the filters | second query (warm) | first visit's background download | "Save every release" | "Save the latest" |
| -------- | ------------- | ------------------ | ------------------- | ------------------- | --------------------------------- | -------------------- | ----------------- |
${rows.join('\n')}
`;
console.log(section);
if (values.write) {
	const file = join(root, 'BENCHMARKS.md');
	const [start, end] = ['<!-- bench:search:start -->', '<!-- bench:search:end -->'];
	const current = existsSync(file) ? await readFile(file, 'utf8') : '# Benchmarks\n';
	const [before = current, rest] = current.split(start);
	const after = rest?.split(end)[1] ?? '\n';
	await writeFile(file, `${before.trimEnd()}\n\n${start}\n\n${section}\n${end}${after}`);
	log('BENCHMARKS.md updated');
}
