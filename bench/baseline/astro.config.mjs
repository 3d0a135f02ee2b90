// The bare Astro baseline of `npm run bench`: Astro's defaults (Sätteri Markdown, no
// integrations, no i18n config), one collection, one release template, one paginated index per
// language. It reads the same generated corpus as the site (BENCH_CONTENT_DIR).
import { defineConfig } from 'astro/config';

export default defineConfig({
	site: 'https://baseline.example.org',
	devToolbar: { enabled: false },
});
