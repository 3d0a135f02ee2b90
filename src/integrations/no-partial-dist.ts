import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * A build that fails leaves no `dist/` behind: no half-written site that a host could deploy by
 * mistake, and no page data of a content error. The folder is removed when the process exits
 * without this integration's `astro:build:done`, which runs after every other one's (it is
 * listed last), so a failing post-build step (Pagefind, the sitemap…) removes it too.
 */
export function noPartialDist(): AstroIntegration {
	let building = false;
	let finished = false;
	return {
		name: 'newsroom:no-partial-dist',
		hooks: {
			'astro:config:setup': ({ command }) => {
				building = command === 'build';
			},
			'astro:config:done': ({ config }) => {
				if (!building) return;
				const outDir = fileURLToPath(config.outDir);
				process.once('exit', () => {
					if (!finished) rmSync(outDir, { recursive: true, force: true });
				});
			},
			'astro:build:done': () => {
				finished = true;
			},
		},
	};
}
