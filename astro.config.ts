// Wiring only: site, i18n, Markdown pipeline, integrations, security. Decisions live in src/.
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { defaultLocale, locales } from './src/i18n/locales';
import { draftsInDev } from './src/integrations/drafts';
import { siteUrl } from './src/lib/site';
import { rehypePlugins, remarkPlugins } from './src/markdown';

export default defineConfig({
	site: siteUrl,
	trailingSlash: 'always',
	build: { format: 'directory' },
	i18n: {
		locales: [...locales],
		defaultLocale,
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	markdown: {
		processor: unified({ remarkPlugins, rehypePlugins, smartypants: false }),
		// Shiki writes inline styles, which the CSP forbids.
		syntaxHighlight: false,
	},
	integrations: [draftsInDev()],
	devToolbar: { enabled: false },
	// Reuses the pages whose `cacheKey` (src/lib/cache-key.ts) is unchanged since the last build;
	// `NEWSROOM_INCREMENTAL=0` turns it off. `npm run bench` measures the gain and checks that a
	// rebuild gives the same files as a clean build.
	experimental: { incrementalBuild: process.env.NEWSROOM_INCREMENTAL !== '0' },
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"worker-src 'self' blob:",
				"manifest-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
		},
	},
});
