/**
 * What a page of a build costs a reader on first load: its HTML and the stylesheets it links,
 * gzipped, and the JavaScript it runs before any interaction (inline and external scripts,
 * module or classic). Shared by `npm run bench` and the byte-budget build test.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root } from './generate';
import { measure } from './measure';

/** The bytes one page loads. */
export interface PageWeight {
	/** The HTML file, gzipped. */
	htmlGzip: number;
	/** The linked stylesheets, gzipped (each counted once). */
	cssGzip: number;
	/** HTML + CSS, gzipped: the number the 14 KB budget is about. */
	totalGzip: number;
	/** Every script the page runs on load, raw bytes (inline bodies and `src` files). */
	jsBytes: number;
	/** The same scripts, gzipped. */
	jsGzip: number;
	/** How many `<script>` elements the page has, and how many load a file. */
	scripts: number;
	externalScripts: number;
}

/** `import "/_astro/x.js"` and `import {a} from "/_astro/x.js"` (root-relative only). */
const staticImport = /\bimport\s*(?:[\w*{}\s,$]+from\s*)?["'](\/[^"']+)["']/g;

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** Reads a file of the build by its root-relative URL. */
const asset = (dist: string, href: string) =>
	readFile(join(dist, decodeURIComponent(href.split(/[?#]/)[0] ?? '')));

/** Weighs the page a URL path serves from a build in `dist`. */
export async function pageWeight(dist: string, urlPath: string): Promise<PageWeight> {
	const html = await readFile(join(dist, urlPath, 'index.html'), 'utf8');
	const styles = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)]
		.map((m) => /\bhref="([^"]+)"/.exec(m[0])?.[1])
		.filter((href): href is string => Boolean(href));
	const css = await Promise.all([...new Set(styles)].map((href) => asset(dist, href)));
	const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
		// JSON-LD and other data blocks are not code.
		([, attrs]) => !/\btype="(?!module|text\/javascript)[^"]*"/.test(attrs ?? ''),
	);
	const js: Buffer[] = [];
	const seen = new Set<string>();
	let externalScripts = 0;
	// A module pulls in what it imports statically (Astro's shared chunks): count those too.
	const load = async (code: Buffer) => {
		js.push(code);
		for (const [, href = ''] of code.toString().matchAll(staticImport)) {
			if (seen.has(href)) continue;
			seen.add(href);
			await load(await asset(dist, href));
		}
	};
	for (const [, attrs = '', body = ''] of scripts) {
		const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
		if (src) externalScripts++;
		if (src && seen.has(src)) continue;
		if (src) seen.add(src);
		await load(src ? await asset(dist, src) : Buffer.from(body));
	}
	const htmlGzip = gz(html);
	const cssGzip = css.reduce((sum, file) => sum + gz(file), 0);
	return {
		htmlGzip,
		cssGzip,
		totalGzip: htmlGzip + cssGzip,
		jsBytes: js.reduce((sum, b) => sum + b.length, 0),
		jsGzip: js.reduce((sum, b) => sum + (b.length ? gz(b) : 0), 0),
		scripts: scripts.length,
		externalScripts,
	};
}

/**
 * The median page weight of the site's release pages in a build of a generated corpus (the first
 * 30 English releases by slug), with the raw HTML size the archive's limits depend on.
 */
export async function corpusPageWeight(dist: string): Promise<PageWeight & { raw: number }> {
	const news = join(dist, 'en/news');
	const slugs = (await readdir(news, { withFileTypes: true }))
		.filter((e) => e.isDirectory() && e.name.startsWith('bench-'))
		.map((e) => e.name)
		.sort()
		.slice(0, 30);
	const weights = await Promise.all(
		slugs.map(async (slug) => ({
			...(await pageWeight(dist, `/en/news/${slug}/`)),
			raw: (await stat(join(news, slug, 'index.html'))).size,
		})),
	);
	const median = weights.sort((a, b) => a.raw - b.raw)[Math.floor(weights.length / 2)];
	if (!median) throw new Error(`No release page of the corpus in ${news}.`);
	return median;
}

/** The page weight of the real site (content/), built into `outDir`. */
export async function realSiteWeights(outDir: string): Promise<Record<string, PageWeight>> {
	const build = await measure(
		process.execPath,
		[join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
		{
			cwd: root,
		},
	);
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
