// Links of release and page bodies to the site itself: each must lead to a page or file that the
// build writes, or the build fails naming the file, as for any other content mistake.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../content-model/checks';
import { ContentError } from '../content-model/loader';
import { locales } from '../i18n/locales';
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
		...views.flatMap((v) => (v.view === 'release' ? v.cards : [])),
		...feeds,
		...locales.map((l) => url('manifest', l)),
		chooserUrl,
		sitemapUrl,
		'/robots.txt',
		...publicFiles(),
	]);
	const problems: ContentProblem[] = [];
	for (const view of views) {
		const entry =
			view.view === 'release' ? view.release.entry : view.view === 'page' ? view.page.entry : null;
		const html = entry?.rendered?.html ?? '';
		for (const [, href = ''] of html.matchAll(/\bhref="(\/(?!\/)[^"]*)"/g)) {
			const path = servedPath(href);
			if (known.has(path)) continue;
			problems.push({
				file: entry?.filePath ?? view.url,
				message: `The link to ${href} leads to no page of this site: copy the address from the page you mean, or write the full address of another site.`,
			});
		}
	}
	if (problems.length > 0) throw new ContentError(problems);
}
