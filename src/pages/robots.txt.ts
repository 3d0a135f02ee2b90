// robots.txt: everything may be crawled; the sitemap (src/integrations/sitemap.ts) lists the pages.
import type { APIRoute } from 'astro';
import { siteUrl } from '../settings';
import { sitemapUrl } from '../i18n/file-routes';

export const GET: APIRoute = ({ site }) =>
	new Response(
		`User-agent: *\nAllow: /\n\nSitemap: ${new URL(sitemapUrl, site ?? siteUrl).href}\n`,
		{ headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
	);
