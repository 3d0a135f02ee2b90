/**
 * Build-wide settings read from the environment, so tests and the benchmark can point one build
 * at other content or another clock without touching the code.
 */

/** The public origin of the site, for canonical URLs, the sitemap and feeds. */
export const siteUrl = process.env.SITE_URL ?? 'https://newsroom.example.org';

/** The folder holding `releases/` and `pages/`, relative to the project root. */
export const contentDir = process.env.NEWSROOM_CONTENT_DIR ?? 'content';

/**
 * Where Astro keeps what a build reuses (content store, rendered pages, search bundles), relative
 * to the project root; `NEWSROOM_CACHE_DIR` gives a build a cache of its own (tests, benchmarks).
 */
export const cacheDir = process.env.NEWSROOM_CACHE_DIR ?? './node_modules/.astro';

/**
 * The moment that decides what is published (embargoes, future dates). `NEWSROOM_NOW` pins it
 * for reproducible builds and tests; otherwise it is the time the build starts.
 */
export const buildTime = process.env.NEWSROOM_NOW ? new Date(process.env.NEWSROOM_NOW) : new Date();

/** The organization's own website, named as publisher in JSON-LD. */
export const organizationUrl = 'https://www.iom.int/';

/**
 * The repository the web editor (/admin/) commits to through GitHub, as `owner/name`, and the
 * address of the OAuth service that logs editors in to GitHub (docs/DEPLOY.md, "The web
 * editor"); unset, the editor offers only the local backend of `npm run cms`.
 */
export const cmsRepo = process.env.NEWSROOM_CMS_REPO ?? 'your-organisation/newsroom';
export const cmsAuthUrl = process.env.NEWSROOM_CMS_AUTH_URL;
