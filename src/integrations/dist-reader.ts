import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { metaPolicy } from '../hosting/security-headers';
import { fileMemo, type FileMemo } from './file-memo';
import { mediaFilesUrl, serviceWorkerUrl } from '../i18n/file-routes';

/**
 * The finished `dist/` as the post-build steps need it, read in one pass, so that the offline
 * manifests (with the material each page offers) and the service worker's version
 * (src/integrations/offline.ts), the sitemap's page
 * index (src/integrations/sitemap.ts) and the header policy (src/integrations/hosting.ts) do not
 * each walk and read every file.
 */
export interface BuiltSite {
	/** Every file, as a URL path (`/fr/index.html`), sorted. */
	files: string[];
	/** Bytes of each file, by URL path. */
	sizes: Map<string, number>;
	/** A short hash of every file's path and bytes (`/sw.js` left out): the offline cache version. */
	version: string;
	/** The head of every HTML page, by URL path (`/fr/`, `/fr/404.html`). */
	heads: Map<string, PageHead>;
	/** The distinct Content-Security-Policy `<meta>` values of the pages. */
	policies: Set<string>;
	/** The page each Pagefind fragment records (its URL and, for releases, ISO date), by file. */
	fragments: Map<string, { url: string; published?: string }>;
	/** The files under /files/ each page links to or plays, by URL path (pages with none left out). */
	downloads: Map<string, string[]>;
}

/** What the sitemap needs from the `<head>` of one built page. */
export interface PageHead {
	canonical?: string;
	noindex: boolean;
	/** hreflang (x-default included) → absolute URL. */
	alternates: Record<string, string>;
	/** `article:modified_time`, on release pages. */
	modified?: string;
}

/** The attributes of every `<link>` and `<meta>` tag in the `<head>` of a document, in order. */
function headTags(html: string): { tag: string; attrs: Record<string, string> }[] {
	const end = html.indexOf('</head>');
	const tags = (end < 0 ? html : html.slice(0, end)).matchAll(
		/<(link|meta)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi,
	);
	return [...tags].map(([, tag = '', body = '']) => ({
		tag: tag.toLowerCase(),
		attrs: Object.fromEntries(
			[...body.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name = '', value = '']) => [
				name.toLowerCase(),
				value.replace(/&amp;/g, '&'),
			]),
		),
	}));
}

/**
 * Reads canonical, hreflang alternates, robots and modification time from a built page.
 * @example readHead('<link rel="canonical" href="https://x.org/en/">').canonical // => 'https://x.org/en/'
 */
export function readHead(html: string): PageHead {
	const head: PageHead = { noindex: false, alternates: {} };
	for (const { tag, attrs } of headTags(html)) {
		if (tag === 'link' && attrs.rel === 'canonical') head.canonical = attrs.href;
		if (tag === 'link' && attrs.rel === 'alternate' && attrs.hreflang && attrs.href) {
			head.alternates[attrs.hreflang] = attrs.href;
		}
		if (tag === 'meta' && attrs.name === 'robots' && /noindex/.test(attrs.content ?? '')) {
			head.noindex = true;
		}
		if (tag === 'meta' && attrs.property === 'article:modified_time') head.modified = attrs.content;
	}
	return head;
}

/** The URL path of an HTML file: `/fr/a/index.html` → `/fr/a/`. */
const pagePath = (file: string) => file.replace(/\/index\.html$/, '/');

/** A Pagefind fragment: gzipped JSON behind a `pagefind_dcd` signature. */
function fragmentPage(bytes: Buffer): { url: string; published?: string } {
	const text = gunzipSync(bytes)
		.toString('utf8')
		.replace(/^pagefind_dcd/, '');
	const { url, meta } = JSON.parse(text) as { url: string; meta?: { published?: string } };
	return meta?.published ? { url, published: meta.published } : { url };
}

/** An attribute whose value is a file of a release (`href="/files/…"`, `src="/files/…"`). */
const fileAttribute = Buffer.from(`="${mediaFilesUrl}`);

/**
 * The files under /files/ a page links to or plays (its downloads, video and sound sources,
 * captions tracks), from its bytes: only the values of those attributes are decoded.
 * @example linkedFiles(Buffer.from('<a href="/files/a/b.pdf" download>')) // => ['/files/a/b.pdf']
 */
export function linkedFiles(html: Buffer): string[] {
	const found = new Set<string>();
	for (let at = html.indexOf(fileAttribute); at >= 0; at = html.indexOf(fileAttribute, at + 1)) {
		const start = at + 2;
		const end = html.indexOf('"', start);
		if (end < 0) break;
		const value = html.toString('utf8', start, end).replace(/&amp;/g, '&');
		try {
			found.add(decodeURI(value));
		} catch {
			found.add(value);
		}
	}
	return [...found].sort();
}

/** What the post-build steps need from one file of the built site. */
export interface FileFacts {
	size: number;
	/** A hash of its bytes, for the site's version. */
	digest: string;
	head?: PageHead;
	policy?: string;
	linked?: string[];
	fragment?: { url: string; published?: string };
}

/** Reads what the post-build steps need from the bytes of one file (`file`, a URL path). */
function factsOf(file: string, bytes: Buffer): FileFacts {
	const facts: FileFacts = {
		size: bytes.length,
		digest: createHash('sha256').update(bytes).digest('base64'),
	};
	if (file.endsWith('.html')) {
		// Both read the <head> only: the body (most of the bytes) is never decoded.
		const end = bytes.indexOf('</head>');
		const head = bytes.toString('utf8', 0, end < 0 ? bytes.length : end);
		facts.head = readHead(head);
		const policy = metaPolicy(head);
		if (policy) facts.policy = policy;
		const linked = linkedFiles(bytes);
		if (linked.length > 0) facts.linked = linked;
	} else if (file.endsWith('.pf_fragment')) {
		facts.fragment = fragmentPage(bytes);
	}
	return facts;
}

/**
 * Reads every file of a built site once. Synchronous on purpose: thousands of small files one
 * after the other, where each asynchronous read would wait on the thread pool. With a `memo`,
 * a file left as it was since the last build is not read again (file-memo.ts).
 */
export function readBuiltSite(dist: string, memo?: FileMemo<FileFacts>): BuiltSite {
	const files = readdirSync(dist, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => `/${relative(dist, join(entry.parentPath, entry.name)).split('\\').join('/')}`)
		.sort();
	const site: BuiltSite = {
		files,
		sizes: new Map(),
		version: '',
		heads: new Map(),
		policies: new Set(),
		fragments: new Map(),
		downloads: new Map(),
	};
	const hash = createHash('sha256');
	const read = (file: string) => (bytes: Buffer) => factsOf(file, bytes);
	for (const file of files) {
		const path = join(dist, file);
		const facts = memo ? memo.get(path, read(file)) : read(file)(readFileSync(path));
		site.sizes.set(file, facts.size);
		if (file !== serviceWorkerUrl) hash.update(file).update('\0').update(facts.digest);
		if (facts.head) site.heads.set(pagePath(file), facts.head);
		if (facts.policy) site.policies.add(facts.policy);
		if (facts.linked) site.downloads.set(pagePath(file), facts.linked);
		if (facts.fragment) site.fragments.set(file, facts.fragment);
	}
	memo?.save();
	site.version = hash.digest('hex').slice(0, 12);
	return site;
}

/** The files whose code reads the built site: a change to them makes the memo start afresh. */
const readerSources = ['src/integrations/dist-reader.ts', 'src/hosting/security-headers.ts'];

/**
 * One read of `dist/` shared by the post-build integrations. Its integration must come after
 * Pagefind (whose files the offline manifests list) and before the steps that call `get()`,
 * which fails with a message saying so when the order is wrong. With `memo`, what it read of
 * each file is kept in the cache folder, and a rebuild reads only the files it wrote.
 */
export function builtSite({ memo = false }: { memo?: boolean } = {}) {
	let site: BuiltSite | undefined;
	let memoFile: string | undefined;
	let code = '';
	return {
		integration: {
			name: 'newsroom:built-site',
			hooks: {
				'astro:config:done': ({ config }) => {
					const root = fileURLToPath(config.root);
					memoFile = memo
						? join(fileURLToPath(config.cacheDir), 'newsroom-dist-files.bin')
						: undefined;
					const hash = createHash('sha256');
					for (const source of readerSources) {
						const path = join(root, source);
						hash.update(source).update(existsSync(path) ? readFileSync(path) : '');
					}
					code = hash.digest('hex');
				},
				'astro:build:start': () => {
					site = undefined;
				},
				'astro:build:done': ({ dir }) => {
					const dist = fileURLToPath(dir);
					site = readBuiltSite(dist, fileMemo(memoFile, `${dist}\0${code}`));
				},
			},
		} satisfies AstroIntegration,
		get(step: string): BuiltSite {
			if (!site) {
				throw new Error(
					`${step} needs the built site, but newsroom:built-site has not read it: list built.integration (from builtSite()) before ${step} in astro.config.ts.`,
				);
			}
			return site;
		},
	};
}

/** The built site, shared by the post-build integrations. */
export type BuiltSiteReader = ReturnType<typeof builtSite>;
