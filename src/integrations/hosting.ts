import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../hosting/host-config';
import { mergePolicies } from '../hosting/security-headers';
import type { BuiltSiteReader } from './dist-reader';

/**
 * Writes `dist/_headers` (Netlify, Cloudflare Pages) after every build, from the pages' own
 * meta policies (as `builtSite` read them), so the header a host sends can never drift from
 * them. The nginx config is not written here (it names the folder it serves and the port):
 * `npm run nginx-config` makes it from a built `dist/`.
 */
export function hostingHeaders(built: BuiltSiteReader): AstroIntegration {
	return {
		name: 'newsroom:hosting-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const { policies } = built.get('newsroom:hosting-headers');
				await writeFile(join(root, '_headers'), headersFile(mergePolicies(policies, root)));
				logger.info('wrote _headers');
			},
		},
	};
}
