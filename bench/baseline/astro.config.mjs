// The bare Astro baseline of `npm run bench`: Astro's defaults (Sätteri Markdown, no
// integrations, no i18n config), one collection, and the site's set of pages: a release page, a
// home page, a paginated news index, and for topics, countries and years an index of terms and a
// paginated listing of each, in every language. It reads the same generated corpus as the site
// (BENCH_CONTENT_DIR); Pagefind indexes the release pages (data-pagefind-body), as the site's.
import { defineConfig } from 'astro/config';

export default defineConfig({
	site: 'https://baseline.example.org',
	devToolbar: { enabled: false },
	// Off, as Astro's default, except for the benchmark's one-release rebuild of the baseline.
	experimental: { incrementalBuild: process.env.BENCH_INCREMENTAL === '1' },
});
