/**
 * `npm run bench:search`: search and offline figures on a generated corpus (not a test).
 *
 *   npm run bench:search                      # 1,000 releases per language
 *   npm run bench:search -- --n 1000 --write  # and put the results into BENCHMARKS.md
 *   npm run bench:search -- --reuse           # measure the last corpus build again
 *
 * Builds the site over the corpus, serves it as production does (nginx when installed), and in
 * Debian's Chromium measures, per language, a typical query with a cold cache (bytes fetched and
 * time, Pagefind loaded from scratch) and a second query (warm). Also reports the index size per
 * language and what "Save for offline" downloads.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { locales, type Locale } from '../src/i18n/locales';
import { url } from '../src/i18n/routes';
import { latestReleases, type OfflineManifest } from '../src/offline/rules';
import { launchBrowser } from '../scripts/lib/chromium';
import { serveSite } from '../scripts/lib/static-server';
import { generateCorpus, root } from './generate';
import { measure, pagefindSizes } from './measure';

const { values } = parseArgs({
	options: {
		n: { type: 'string', default: '1000' },
		write: { type: 'boolean', default: false },
		/** Measure the last build in bench/.tmp again instead of generating and building. */
		reuse: { type: 'boolean', default: false },
	},
});
const n = Number(values.n);
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
	const body = await readFile(join(dist, path));
	return /\.(js|json)$/.test(path) ? gzipSync(body).length : body.length;
}

/**
 * What a reader waits for on the search page of `locale`: opening it with `?q=first` (Pagefind's
 * runtime, WebAssembly and index chunks load from scratch) until the results show, then a second
 * search for `second` (warm). Times come from the page's clock; bytes from the Pagefind files
 * the page and its Web Worker request.
 */
async function query(page: Page, locale: Locale, first: string, second: string) {
	let requested: string[] = [];
	page.on('request', (request) => {
		const path = new URL(request.url()).pathname;
		if (path.startsWith('/pagefind/')) requested.push(path);
	});
	const bytes = async () => {
		let total = 0;
		for (const path of requested) total += await transferSize(path);
		requested = [];
		return total;
	};
	const results = () => page.locator('.search-form .results li').count();

	await page.goto(`${server.origin}${url('search', locale)}?q=${encodeURIComponent(first)}`);
	await page.locator('.search-form .results li').first().waitFor();
	const coldMs = await page.evaluate<number>('performance.now()');
	const cold = { ms: coldMs, bytes: await bytes(), results: await results() };

	// The reader opens the filters: Pagefind's filter data loads, and the counts of this search show.
	const openStart = await page.evaluate<number>(`(() => {
		document.querySelector('details.filters summary').click();
		return performance.now();
	})()`);
	await page.waitForFunction(() => {
		const loading = (
			JSON.parse(
				document.querySelector<HTMLElement>('#search-strings')?.dataset.strings ?? '{}',
			) as {
				loading?: string;
			}
		).loading;
		const status = document.querySelector('.search-form .status')?.textContent;
		return document.querySelector('.search-form .filters fieldset') && status && status !== loading;
	});
	const openMs = (await page.evaluate<number>('performance.now()')) - openStart;
	const filters = { ms: openMs, bytes: await bytes() };

	const status = page.locator('.search-form .status');
	const before = await status.textContent();
	const start = await page.evaluate<number>(`(() => {
		document.querySelector('#search-query').value = ${JSON.stringify(second)};
		document.querySelector('form.search-form').requestSubmit();
		return performance.now();
	})()`);
	await page.waitForFunction((text) => {
		const now = document.querySelector('.search-form .status')?.textContent;
		return now && now !== text;
	}, before);
	const warmMs = (await page.evaluate<number>('performance.now()')) - start;
	await page.waitForTimeout(200);
	return { cold, filters, warm: { ms: warmMs, bytes: await bytes(), results: await results() } };
}

const server = await serveSite(dist);
const browser = await launchBrowser();
const rows: string[] = [];
try {
	for (const locale of locales) {
		const context = await browser.newContext();
		const page = await context.newPage();
		const [first, second] = queries[locale];
		const { cold, filters, warm } = await query(page, locale, first, second);
		const manifest = JSON.parse(
			await readFile(join(dist, 'offline', `${locale}.json`), 'utf8'),
		) as OfflineManifest;
		rows.push(
			`| ${locale} | ${kb(index[locale] ?? 0)} | “${first}”: ${cold.results} shown, ${kb(cold.bytes)} fetched, ${cold.ms.toFixed(0)} ms | ${kb(filters.bytes)}, ${filters.ms.toFixed(0)} ms | “${second}”: ${warm.results} shown, ${kb(warm.bytes)} fetched, ${warm.ms.toFixed(0)} ms | ${(manifest.bytes / 2 ** 20).toFixed(1)} MB (${manifest.everything.length} files) | ${(manifest.latest.bytes / 2 ** 20).toFixed(1)} MB (${manifest.latest.files.length} files) |`,
		);
		log(rows.at(-1)!);
		await context.close();
	}
} finally {
	await browser.close();
	await server.close();
}

const section = `## Search and offline at ${n.toLocaleString('en')} releases per language

Measured with \`npm run bench:search -- --n ${n} --write\` on ${new Date().toISOString().slice(0, 10)}
(served by ${server.kind === 'nginx' ? 'nginx with the production config, gzip on' : 'the Node static server, no gzip'};
Debian Chromium, a fresh profile per language, no network throttling). The first query is the
search page opened with \`?q=\`, from navigation until the results show: it loads Pagefind's
runtime, WebAssembly and the index chunks it needs. "Opening the filters" is the reader then
opening the filter pane, until its values show with this search's counts: it loads Pagefind's
filter data, which lists every page under each value. The second query is a new search on the
same page (warm). Bytes are those of the Pagefind files requested, as sent (the index files
and WebAssembly are gzipped by Pagefind; JavaScript and JSON counted gzipped, as nginx sends
them); the first ten results are shown. "Save every release" is the size on disk of every page
and search file of the language; "Save the latest" that of the ${latestReleases} newest releases,
the first page of each listing, the institutional pages and the search index; the reader sees
both before saving.

| language | index on disk | first query (cold) | opening the filters | second query (warm) | "Save every release" | "Save the latest" |
| -------- | ------------- | ------------------ | ------------------- | ------------------- | -------------------- | ----------------- |
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
