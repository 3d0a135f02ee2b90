import { readdirSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { locales, localeTable, type Locale } from '../i18n/locales';
import { url, type RouteKey } from '../i18n/routes';

/**
 * The URL path of a locale's search bundle under `dist/`. One bundle per locale, each holding one
 * language's index: the search page of a locale loads its own, and "search in all languages"
 * loads all three as separate Pagefind instances, so each query is stemmed by each index's own
 * rules (Pagefind's `mergeIndex` would run every index with the first one's stemmer).
 */
export const searchBundle = (locale: Locale): string => `/pagefind/${locale}/`;

/** Fails the build with every message Pagefind returned; it reports errors, never throws. */
function check(step: string, errors: string[]): void {
	if (errors.length > 0) {
		throw new Error(`Pagefind failed to ${step}:\n${errors.map((e) => `  ${e}`).join('\n')}`);
	}
}

/** Routes whose pages carry no `data-pagefind-body` and each own a top folder of a locale. */
const unindexed: RouteKey[] = ['topics', 'countries', 'archive', 'search', 'offline', 'notFound'];
const topFolder = (path: string) => path.split('/')[2] ?? '';

/**
 * Globs (under `dir`) of the pages of `locale` that carry `data-pagefind-body`: releases
 * (`/<locale>/news/<slug>/`) and institutional pages (every other top folder). Pagefind would read
 * the news, topic, country and year listings only to skip them: at 1,000 releases a language
 * that is a third of the HTML and a second of the build.
 */
function indexedGlobs(dir: string, locale: Locale): string[] {
	const news = topFolder(url('news', locale));
	const skipped = new Set([news, ...unindexed.map((key) => topFolder(url(key, locale)))]);
	const pages = readdirSync(join(dir, locale), { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && !skipped.has(entry.name))
		.map((entry) => `${locale}/${entry.name}/**/*.html`);
	return [`${locale}/${news}/*/index.html`, ...pages];
}

/** Indexes the pages of `locale` under `dir` into its bundle; returns how many pages it holds. */
async function buildBundle(dir: string, locale: Locale): Promise<number> {
	const { index, errors } = await pagefind.createIndex({});
	check('start', errors);
	if (!index) throw new Error('Pagefind returned no index.');
	for (const glob of indexedGlobs(dir, locale)) {
		const added = await index.addDirectory({ path: dir, glob });
		check(`index ${join(dir, glob)}`, added.errors);
	}
	const output = join(dir, searchBundle(locale));
	const written = await index.writeFiles({ outputPath: output });
	check(`write ${output}`, written.errors);
	// pagefind-entry.json names each language of the bundle, its WebAssembly (with its stemmer) and
	// how many pages its index holds (addDirectory's `page_count` counts every HTML file read).
	const entry = JSON.parse(await readFile(join(output, 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number; wasm?: string }>;
	};
	// A locale may have nothing to index yet (a new site, a test fixture): an empty bundle. Pages
	// indexed under another language mean their `<html lang>` is wrong.
	const lang = localeTable[locale].lang;
	const others = Object.keys(entry.languages).filter((l) => l !== lang);
	if (others.length > 0) {
		throw new Error(
			`Pagefind indexed pages of ${searchBundle(locale)} as ${others.join(', ')}, not ${lang}: check <html lang> of the ${locale} pages.`,
		);
	}
	const own = entry.languages[lang];
	// The search page draws its own UI with Pagefind's JS API: Pagefind's prebuilt UIs are unused,
	// and so is the stemmer-less WebAssembly when the language has its own.
	const unused = own?.wasm
		? /^(pagefind-(ui|modular-ui|component-ui|highlight)\.|wasm\.unknown\.)/
		: /^pagefind-(ui|modular-ui|component-ui|highlight)\./;
	for (const name of await readdir(output)) {
		if (unused.test(name)) await rm(join(output, name));
	}
	return own?.page_count ?? 0;
}

/**
 * Indexes the built site with Pagefind's Node API after every build, one bundle per locale. Only
 * elements marked `data-pagefind-body` (releases and pages) are indexed.
 */
export function pagefindSearch(): AstroIntegration {
	return {
		name: 'newsroom:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const started = performance.now();
				try {
					const counts: string[] = [];
					for (const locale of locales) {
						counts.push(`${locale} ${await buildBundle(root, locale)}`);
					}
					logger.info(`pages indexed: ${counts.join(', ')}`);
				} finally {
					await pagefind.close();
				}
				logger.info(`indexed in ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
