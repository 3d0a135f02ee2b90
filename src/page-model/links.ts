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
	const pages = pagesByFile(views);
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
		for (const [, href = ''] of html.matchAll(relativeHref)) {
			problems.push({ file, message: relativeLinkMessage(href, file, view.locale, pages) });
		}
	}
	if (problems.length > 0) throw new ContentError(problems);
}

/** A link written relative to its file (`../other/index.en.md`, `page/`): not a scheme, `/` or `#`. */
const relativeHref = /\bhref="(?![a-z][a-z\d+.-]*:|\/|#)([^"]+)"/gi;

/** The content entry a view renders, if any. */
const entryOf = (view: ViewProps) =>
	view.view === 'release' ? view.release.entry : view.view === 'page' ? view.page.entry : null;

/** Each content file's folder, on disk, to its page's URL in each language. */
function pagesByFile(views: ViewProps[]): Map<string, Partial<Record<Locale, string>>> {
	const pages = new Map<string, Partial<Record<Locale, string>>>();
	for (const view of views) {
		const file = entryOf(view)?.filePath;
		if (!file) continue;
		const folder = dirname(resolve(file));
		pages.set(folder, { ...pages.get(folder), [view.locale]: view.url });
	}
	return pages;
}

/**
 * Why a relative link is refused, and what to write instead: readers cannot open a content
 * file, so a link to another release or page names its address (in the linking page's language
 * when it exists there), which stays right when the page's address changes language or slug.
 */
function relativeLinkMessage(
	href: string,
	file: string,
	locale: Locale,
	pages: Map<string, Partial<Record<Locale, string>>>,
): string {
	let path = href.split(/[?#]/)[0] ?? '';
	try {
		path = decodeURI(path);
	} catch {
		// Left as written.
	}
	const target = resolve(dirname(resolve(file)), path);
	const languageFile = /(?:^|[\\/])index\.([a-z]{2})\.md$/.exec(target);
	const found = pages.get(languageFile ? dirname(target) : target.replace(/[\\/]$/, ''));
	const address = found?.[locale] ?? (languageFile && found?.[languageFile[1] as Locale]);
	return address
		? `The link to "${href}" names a content file, which readers cannot open: write the page's address instead, ${address}`
		: `The link to "${href}" leads to no page of this site: write the address of a page, which starts with / (copy it from the page you mean), or the full address of another site.`;
}
