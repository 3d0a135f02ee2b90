import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { adminUrl, searchBundle, searchParts } from '../i18n/file-routes';
import { locales } from '../i18n/locales';

/**
 * The one source of the site's security policy. Every page carries `pagePolicy` in a `<meta>`
 * (src/layouts/); `headerPolicy` merges every page's meta policy into the single policy hosts
 * send as a header (a header also covers Pagefind's Web Worker, which a meta policy does not),
 * and `securityHeaders` adds the headers a `<meta>` cannot carry.
 */
export const cspDirectives = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self' blob:",
	"manifest-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/**
 * The policy of every page of the site, in its `<meta>`. Scripts and styles come from the site's
 * own files only: no page has an inline script (JSON-LD is data, which a policy does not cover)
 * or inline style, so no hash is needed (Astro's own `security.csp` would list one for each
 * script file, about 300 bytes a page, which `'self'` already allows). Pagefind compiles
 * WebAssembly; nothing else is evaluated.
 */
export const pagePolicy = [
	...cspDirectives,
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self'",
].join('; ');

/**
 * The web editor's own Content-Security-Policy (/admin/, src/cms/), in its page's `<meta>`; as
 * strict as Decap CMS allows: scripts from this site only, with `'unsafe-eval'` because Decap
 * compiles its configuration's schema (ajv) at run time, and `'unsafe-inline'` styles because it
 * styles itself at run time (emotion); connections to GitHub's API (the production backend) and
 * to `blob:`, where Decap holds an upload it reads again when the entry is saved; pictures from
 * GitHub too (avatars, uploaded media). Under `npm run cms` only, `localBackend` (decap-server
 * on this computer) is allowed too: no built site names it. No other page has this policy.
 */
export function editorPolicy(localBackend?: string): string {
	return [
		"default-src 'self'",
		"script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
		"font-src 'self'",
		[
			'connect-src',
			"'self'",
			'blob:',
			...(localBackend ? [localBackend] : []),
			'https://api.github.com',
		].join(' '),
		"frame-src 'self' blob:",
		"worker-src 'self' blob:",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');
}

/** The editor's policy in a built site, in its page's `<meta>`. */
export const adminMetaPolicy = editorPolicy();

/** The editor's policy as hosts send it: with what only a header can carry. */
export const adminPolicy = `${adminMetaPolicy}; frame-ancestors 'none'`;

/** Directives only a header can carry (browsers ignore them in `<meta>`). */
const headerOnlyDirectives = ["frame-ancestors 'none'"];

/** A parsed policy: directive name → sources, in first-seen order. */
type Policy = Map<string, Set<string>>;

function parse(policy: string, into: Policy = new Map()): Policy {
	for (const directive of policy.split(';')) {
		const [name, ...sources] = directive.trim().split(/\s+/);
		if (!name) continue;
		const set = into.get(name) ?? new Set<string>();
		sources.forEach((s) => set.add(s));
		into.set(name, set);
	}
	return into;
}

const serialize = (policy: Policy) =>
	[...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/** The Content-Security-Policy of a page's `<meta http-equiv>`, or undefined. */
export function metaPolicy(html: string): string | undefined {
	const tag = /<meta[^>]+http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0];
	return tag ? /content="([^"]*)"/i.exec(tag)?.[1] : undefined;
}

/** One header policy allowing what each of the pages' meta policies allows. */
export function mergePolicies(policies: Iterable<string>, dir: string): string {
	const policy: Policy = new Map();
	for (const meta of policies) parse(meta, policy);
	if (policy.size === 0) throw new Error(`No page in ${dir} carries a Content-Security-Policy.`);
	headerOnlyDirectives.forEach((d) => parse(d, policy));
	return serialize(policy);
}

/** The policy every page of the built site in `dir` allows (the web editor has its own), as one header value. */
export async function headerPolicy(dir: string): Promise<string> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const policies: string[] = [];
	const editor = join(dir, adminUrl);
	for (const entry of entries) {
		if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
		if (join(entry.parentPath, '/').startsWith(editor)) continue;
		// Read synchronously: thousands of small files, one after the other.
		const meta = metaPolicy(readFileSync(join(entry.parentPath, entry.name), 'utf8'));
		if (meta) policies.push(meta);
	}
	return mergePolicies(policies, dir);
}

/** Every security header the site is served with, given its policy. */
export function securityHeaders(policy: string): Record<string, string> {
	return {
		'Content-Security-Policy': policy,
		'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'strict-origin-when-cross-origin',
		'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
		'Cross-Origin-Opener-Policy': 'same-origin',
	};
}

/** The two caching policies the site uses, as `Cache-Control` values. */
export const cacheControl = {
	/** Content-hashed files: a new version gets a new name, so a copy never goes stale. */
	immutable: 'public, max-age=31536000, immutable',
	/**
	 * Everything else (HTML, feeds, Pagefind's entry file and runtime): cached, but revalidated on
	 * every use (a cheap 304), so a rebuild, such as the one that lifts an embargo, shows at once
	 * and pagefind-entry.json never names index files an older deploy had.
	 */
	revalidate: 'public, max-age=0, must-revalidate',
} as const;

/**
 * The URL patterns of content-hashed files, in the static hosts' `_headers` syntax (one `*`,
 * matching any characters): Astro's bundles, and Pagefind's index, fragment, filter and meta files
 * of every part of every locale's index. Pagefind's `pagefind-entry.json`, `pagefind.js`, worker and
 * WebAssembly keep their names from build to build and are revalidated instead. Hosts join the
 * values of two rules that match one file, so no two patterns may overlap.
 */
export const hashedPaths: readonly string[] = [
	'/_astro/*',
	...locales.flatMap((locale) =>
		searchParts.flatMap((part) => [
			...['fragment', 'index', 'filter'].map((dir) => `${searchBundle(locale, part)}${dir}/*`),
			`${searchBundle(locale, part)}*.pf_meta`,
		]),
	),
];

/** A `_headers` pattern as an anchored regular expression (also valid in nginx). */
export const patternToRegExp = (pattern: string): string =>
	`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('*', '.*')}$`;

/** The `Cache-Control` a URL path is served with. */
export function cacheControlFor(path: string): string {
	const hashed = hashedPaths.some((p) => new RegExp(patternToRegExp(p)).test(path));
	return hashed ? cacheControl.immutable : cacheControl.revalidate;
}

/**
 * Media types servers may not know: Pagefind's binary files (its WebAssembly ships gzipped as
 * `wasm.<lang>.pagefind`, and it decompresses every file itself), WebAssembly, which browsers
 * only stream-compile when served as `application/wasm`, and contact cards (vCard 4.0 is UTF-8
 * by definition, RFC 6350 §3.1), which address books open only under their own type.
 */
export const contentTypes: Readonly<Record<string, string>> = {
	vcf: 'text/vcard',
	wasm: 'application/wasm',
	pagefind: 'application/octet-stream',
	pf_meta: 'application/octet-stream',
	pf_index: 'application/octet-stream',
	pf_fragment: 'application/octet-stream',
	pf_filter: 'application/octet-stream',
};
