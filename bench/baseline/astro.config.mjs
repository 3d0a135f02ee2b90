// The bare Astro baseline of `npm run bench`: Astro's defaults (Sätteri Markdown, no
// integrations, no i18n config), one collection, one release template, one paginated index per
// language. It reads the same generated corpus as the site (BENCH_CONTENT_DIR).
import { defineConfig } from 'astro/config';

export default defineConfig({
	site: 'https://baseline.example.org',
	devToolbar: { enabled: false },
	// Off, as Astro's default, except for the benchmark's one-release rebuild of the baseline.
	experimental: { incrementalBuild: process.env.BENCH_INCREMENTAL === '1' },
});
