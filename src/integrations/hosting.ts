import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/host-config';
import { headerPolicy } from '../lib/security-headers';

/**
 * Writes `dist/_headers` (Netlify, Cloudflare Pages) after every build, from the pages' own
 * meta policies, so the header a host sends can never drift from them. Listed after the Pagefind
 * integration: it describes the finished `dist/`. The nginx config is not written here (it names
 * the folder it serves and the port): `npm run nginx-config` makes it from a built `dist/`.
 */
export function hostingHeaders(): AstroIntegration {
	return {
		name: 'newsroom:hosting-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				await writeFile(join(root, '_headers'), headersFile(await headerPolicy(root)));
				logger.info('wrote _headers');
			},
		},
	};
}
