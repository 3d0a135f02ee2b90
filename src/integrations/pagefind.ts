import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

/** Where the two search bundles live under `dist/`, as URL paths the search page loads. */
export const searchBundles = {
	/** One index per language, chosen by Pagefind from `<html lang>`. */
	perLanguage: '/pagefind/',
	/**
	 * Every language in one index, for "search all languages". Indexed under one forced language
	 * code that Pagefind has no stemmer for, so no language's words are stemmed as another's;
	 * each record carries a `language` filter.
	 */
	allLanguages: '/pagefind/all/',
} as const;

/** The language code the all-languages index is forced to: ISO 639-2 "multiple languages". */
export const allLanguagesCode = 'mul';

/** Fails the build with every message Pagefind returned; it reports errors, never throws. */
function check(step: string, errors: string[]): void {
	if (errors.length > 0) {
		throw new Error(`Pagefind failed to ${step}:\n${errors.map((e) => `  ${e}`).join('\n')}`);
	}
}

/** Builds one bundle from the HTML in `dir` and returns the page count per language. */
async function buildBundle(
	dir: string,
	bundle: string,
	config: pagefind.PagefindServiceConfig,
): Promise<Record<string, number>> {
	const { index, errors } = await pagefind.createIndex(config);
	check('start', errors);
	if (!index) throw new Error('Pagefind returned no index.');
	const added = await index.addDirectory({ path: dir });
	check(`index ${dir}`, added.errors);
	const files = await index.getFiles();
	check('list its files', files.errors);
	const output = join(dir, bundle);
	const written = await index.writeFiles({ outputPath: output });
	check(`write ${bundle}`, written.errors);
	// The search page draws its own UI with Pagefind's JS API: Pagefind's prebuilt UIs are unused.
	for (const name of await readdir(output)) {
		if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(name))
			await rm(join(output, name));
	}
	const counts: Record<string, number> = {};
	for (const { path, content } of files.files) {
		// pagefind-entry.json names each language and how many pages its index holds.
		if (path !== 'pagefind-entry.json') continue;
		const entry = JSON.parse(Buffer.from(content).toString('utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		for (const [lang, { page_count }] of Object.entries(entry.languages)) counts[lang] = page_count;
	}
	return counts;
}

function report(logger: AstroIntegrationLogger, bundle: string, counts: Record<string, number>) {
	const list = Object.entries(counts)
		.map(([lang, n]) => `${lang} ${n}`)
		.join(', ');
	logger.info(`${bundle}: ${list}`);
}

/**
 * Indexes the built site with Pagefind's Node API after every build: the per-language bundle and
 * the all-languages one. Only elements marked `data-pagefind-body` (releases and pages) are indexed.
 */
export function pagefindSearch(): AstroIntegration {
	return {
		name: 'newsroom:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const started = performance.now();
				try {
					report(
						logger,
						searchBundles.perLanguage,
						await buildBundle(root, searchBundles.perLanguage, {}),
					);
					report(
						logger,
						searchBundles.allLanguages,
						await buildBundle(root, searchBundles.allLanguages, {
							forceLanguage: allLanguagesCode,
						}),
					);
				} finally {
					await pagefind.close();
				}
				logger.info(`indexed in ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
