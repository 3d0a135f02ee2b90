// Links of release and page bodies to the site itself: each must lead to a page or file that the
// build writes, or the build fails naming the file, as for any other content mistake.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ContentProblem } from '../content-model/checks';
import { ContentError } from '../content-model/loader';
import { locales, type Locale } from '../i18n/locales';
import { url } from '../i18n/routes';
import { chooserUrl, sitemapUrl } from '../i18n/file-routes';
import type { ViewProps } from './view-props';

/** The files of `public/`, which the build copies as they are, by URL path. */
function publicFiles(): string[] {
	const dir = join(process.cwd(), 'public');
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map(
			(e) =>
				`/${join(e.parentPath, e.name)
					.slice(dir.length + 1)
					.split('\\')
					.join('/')}`,
		);
}

/** A link's path as the site serves it: no fragment or query, `index.html` as its folder. */
const servedPath = (href: string) =>
	(href.split(/[?#]/)[0] ?? '').replace(/index\.html$/, '').replace(/^([^.]*[^/.])$/, '$1/');

/**
 * Checks that every root-relative link of the bodies of `views` leads to one of their URLs, a
 * feed, a contact card, a web app manifest, the sitemap or a file of `public/`; fails with every
 * broken one.
 */
export function checkInternalLinks(views: ViewProps[], feeds: string[]): void {
	const known = new Set([
		...views.map((v) => v.url),
		...views.flatMap((v) => (v.view === 'release' ? v.contacts.map((p) => p.url) : [])),
		...feeds,
		...locales.map((l) => url('manifest', l)),
		chooserUrl,
		sitemapUrl,
		'/robots.txt',
		...publicFiles(),
	]);
	const problems: ContentProblem[] = [];
	for (const view of views) {
		const entry = entryOf(view);
		const html = entry?.rendered?.html ?? '';
		const file = entry?.filePath ?? view.url;
		for (const [, href = ''] of html.matchAll(/\bhref="(\/(?!\/)[^"]*)"/g)) {
			const path = servedPath(href);
			if (known.has(path)) continue;
			problems.push({
				file,
				message: `The link to ${href} leads to no page of this site: copy the address from the page you mean, or write the full address of another site.`,
			});
		}
		// What withPageAddresses left: a relative link that names no published page.
		for (const [, href = ''] of html.matchAll(relativeHref)) {
			problems.push({
				file,
				message: `The link to "${href}" leads to no page of this site: link to a published release or page by its file (../other-release/index.en.md) or its address (which starts with /), or write the full address of another site.`,
			});
		}
	}
	if (problems.length > 0) throw new ContentError(problems);
}

/** A link written relative to its file (`../other/index.en.md`, `page/`): not a scheme, `/` or `#`. */
const relativeHref = /\bhref="(?![a-z][a-z\d+.-]*:|\/|#)([^"]+)"/gi;

/** The content entry a view renders, if any. */
const entryOf = (view: ViewProps) =>
	view.view === 'release'
		? view.release.entry
		: view.view === 'page'
			? view.page.entry
			: view.view === 'event'
				? view.event.entry
				: null;

/** Each content folder, on disk, to its page's URL in each language it is published in. */
export type LinkTargets = Map<string, Partial<Record<Locale, string>>>;

/** The link targets of published pages, each given by its content file and URL. */
export function linkTargets(pages: { file?: string; locale: Locale; url: string }[]): LinkTargets {
	const targets: LinkTargets = new Map();
	for (const { file, locale, url: address } of pages) {
		if (!file) continue;
		const folder = dirname(resolve(file));
		targets.set(folder, { ...targets.get(folder), [locale]: address });
	}
	return targets;
}

/**
 * The address of the page a relative link of `file` names (`../other/index.en.md`,
 * `../other/`, with its `#fragment`): that page in the linking page's `locale` when it is
 * published in it, else in the language the file name gives, else in the first language it
 * has. Undefined when the link names no published page.
 */
export function pageAddress(
	href: string,
	file: string,
	locale: Locale,
	targets: LinkTargets,
): string | undefined {
	const cut = href.search(/[?#]/);
	let path = cut < 0 ? href : href.slice(0, cut);
	try {
		path = decodeURI(path);
	} catch {
		// Left as written.
	}
	const target = resolve(dirname(resolve(file)), path);
	const languageFile = /(?:^|[\\/])index\.([a-z]{2})\.md$/.exec(target);
	const found = targets.get(languageFile ? dirname(target) : target.replace(/[\\/]+$/, ''));
	if (!found) return undefined;
	const address =
		found[locale] ??
		(languageFile && found[languageFile[1] as Locale]) ??
		locales.map((l) => found[l]).find(Boolean);
	return address && `${address}${href.slice(cut < 0 ? href.length : cut).replace(/^\?[^#]*/, '')}`;
}

/** A content entry as a page renders it: its file, digest and rendered HTML. */
export interface RenderedEntry {
	filePath?: string;
	digest?: string | number;
	rendered?: { html: string };
}

/**
 * The entry with each relative link of its HTML to another release, page or event made into
 * that page's address (see `pageAddress`); links that name no page stay, for
 * `checkInternalLinks` to refuse. The addresses join the entry's digest, so a page's cache key
 * changes when a page it links to moves.
 */
export function withPageAddresses<E extends RenderedEntry>(
	entry: E,
	locale: Locale,
	targets: LinkTargets,
): E {
	const { filePath, rendered } = entry;
	if (!filePath || !rendered?.html.includes('href="')) return entry;
	const resolved: string[] = [];
	const html = rendered.html.replace(relativeHref, (attribute, href: string) => {
		const address = pageAddress(href, filePath, locale, targets);
		if (!address) return attribute;
		resolved.push(`${href}>${address}`);
		return `href="${address}"`;
	});
	if (resolved.length === 0) return entry;
	return {
		...entry,
		digest: `${entry.digest ?? ''} ${resolved.join(' ')}`,
		rendered: { ...rendered, html },
	};
}
