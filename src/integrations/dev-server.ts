import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { searchBundlesUrl } from '../i18n/file-routes';

/** Content types of the files of a Pagefind bundle; the rest are bytes it decodes itself. */
const types: Record<string, string> = {
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.css': 'text/css; charset=utf-8',
};

/**
 * What differs under `astro dev`. The site learns it from `__DEV_SERVER__`: drafts and embargoed
 * releases show, marked, and pages carry no security policy of their own, since Vite injects the
 * styles of development as inline `<style>` elements, which the production policy forbids.
 * Whatever NODE_ENV says, no build can publish a draft or leave out the policy. Pagefind indexes
 * a build only, so the dev server serves the last build's search index from `dist/` (the search
 * page says to run a build when there is none).
 */
export function devServer(): AstroIntegration {
	let outDir = '';
	return {
		name: 'newsroom:dev-server',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				// A compile-time constant, not `import.meta.env`: Astro lets process.env override the latter.
				updateConfig({ vite: { define: { __DEV_SERVER__: JSON.stringify(command === 'dev') } } });
			},
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use(searchBundlesUrl, (request, response, next) => {
					const path = normalize(
						decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname),
					);
					if (path.includes('..')) return next();
					readFile(join(outDir, searchBundlesUrl, path)).then(
						(bytes) => {
							response.setHeader(
								'content-type',
								types[extname(path)] ?? 'application/octet-stream',
							);
							response.end(bytes);
						},
						() => next(),
					);
				});
			},
		},
	};
}
