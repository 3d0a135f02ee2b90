import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { url } from '../../src/i18n/routes';
import { segments } from '../../src/i18n/routes';
import { launchBrowser } from '../../scripts/lib/chromium';
import { serveSite, type StaticServer } from '../../scripts/lib/static-server';

/** The Guatemala release of content/, at its localized URL in each language. */
export const guatemala = {
	en: '/en/news/iom-assists-trafficking-victims-in-guatemala/',
	fr: '/fr/actualites/au-guatemala-l-oim-vient-en-aide-aux-victimes-de-la-traite/',
	es: '/es/noticias/la-oim-asiste-a-victimas-de-trata-en-guatemala/',
} as const satisfies Record<Locale, string>;

/** A word each language's search page finds the Guatemala release with. */
export const queries: Record<Locale, string> = { en: 'trafficking', fr: 'traite', es: 'trata' };

/**
 * One URL of every page type in a locale, from the route table; the release, the institutional
 * page and the paginated listing (when the corpus is big enough to have one) from the build.
 */
export function pageTypes(locale: Locale, pages: string[]): Record<string, string> {
	const news = url('news', locale);
	const below = (base: string) => pages.filter((p) => p.startsWith(base) && p !== base);
	const reserved = [
		...Object.values(segments).map((row) => `/${locale}/${row[locale]}/`),
		url('notFound', locale),
	];
	const release = below(news).find((p) => !p.includes(`/${segments.page[locale]}/`));
	const page = below(`/${locale}/`).find((p) => !reserved.some((r) => p.startsWith(r)));
	const paginated = pages.find((p) => p.startsWith(`${news}${segments.page[locale]}/`));
	return {
		home: url('home', locale),
		news,
		...(paginated ? { paginated } : {}),
		release: release ?? 'no release built',
		topics: url('topics', locale),
		topic: url('topic', locale, { topic: 'counter-trafficking' }),
		countries: url('countries', locale),
		country: url('country', locale, { country: 'GT' }),
		archive: url('archive', locale),
		year: url('year', locale, { year: 2024 }),
		types: url('types', locale),
		type: url('type', locale, { type: 'press-release' }),
		subscribe: url('subscribe', locale),
		media: url('media', locale),
		mediaContacts: url('mediaContacts', locale),
		agenda: url('agenda', locale),
		institutional: page ?? 'no page built',
		search: `${url('search', locale)}?q=${queries[locale]}`,
		offline: url('offline', locale),
		notFound: `/${locale}/no-such-page/`,
	};
}

/**
 * Serves the built site (as production does: see `serveSite`) and launches Chromium for the
 * tests of one file, closing both after them. Read `server` and `browser` inside tests.
 */
export function siteInBrowser(): { server: StaticServer; browser: Browser } {
	const handle = {} as { server: StaticServer; browser: Browser };
	beforeAll(async () => {
		handle.server = await serveSite(inject('siteDir'));
		handle.browser = await launchBrowser();
	});
	afterAll(async () => {
		await handle.browser?.close();
		await handle.server?.close();
	});
	return handle;
}

/**
 * A new page in a browser context of its own, with every console error, page error and
 * Content-Security-Policy violation it meets in `problems` (console warnings too with
 * `warnings`; `ignore` leaves out messages a test expects).
 */
export async function watchedPage(
	browser: Browser,
	options: BrowserContextOptions = {},
	{
		warnings = false,
		ignore = () => false,
	}: { warnings?: boolean; ignore?: (text: string) => boolean } = {},
): Promise<{ page: Page; problems: string[] }> {
	const context = await browser.newContext(options);
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`),
		);
	});
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('console', (m) => {
		const kept = m.type() === 'error' || (warnings && m.type() === 'warning');
		if (kept && !ignore(m.text())) problems.push(m.text());
	});
	page.on('pageerror', (e) => problems.push(e.message));
	return { page, problems };
}
