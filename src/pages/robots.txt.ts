// robots.txt: everything may be crawled; the sitemap (src/integrations/sitemap.ts) lists the pages.
import type { APIRoute } from 'astro';
import { siteUrl } from '../settings';

export const GET: APIRoute = ({ site }) =>
	new Response(
		`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site ?? siteUrl).href}\n`,
		{ headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
	);
