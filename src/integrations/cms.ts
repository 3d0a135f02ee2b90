import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { adminFiles } from '../cms/admin';
import { defaultLocalBackend } from '../cms/config';
import { adminUrl } from '../i18n/file-routes';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.yml': 'text/yaml; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.wasm': 'application/wasm',
};

/**
 * The web editor at /admin/ (src/cms/): written into dist/admin/ after the build, with the
 * site's stylesheet for its preview, and served by `astro dev` from the same files. It runs after
 * the steps that read the built site (offline manifests, sitemap, headers), so no page list,
 * search index or service worker ever includes it.
 */
export function webEditor(): AstroIntegration {
	let root = '';
	return {
		name: 'newsroom:web-editor',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:server:setup': ({ server }) => {
				// Vite serves the stylesheet's source as CSS to a <link>.
				// The editor of `npm run cms` uses decap-server on this computer (scripts/cms.ts).
				const localBackend = process.env.NEWSROOM_CMS_LOCAL_BACKEND ?? defaultLocalBackend;
				const files = adminFiles(root, ['/src/styles/global.css'], localBackend);
				server.middlewares.use((request, response, next) => {
					const path = (request.url ?? '').split('?')[0] ?? '';
					if (!path.startsWith(adminUrl)) return next();
					const name = path.slice(adminUrl.length) || 'index.html';
					const file = files.get(name);
					if (!file) return next();
					response.setHeader('Content-Type', types[extname(name)] ?? 'application/octet-stream');
					response.end('text' in file ? file.text : readFileSync(file.copy));
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const styles = (await readdir(join(dist, '_astro')))
					.filter((name) => name.endsWith('.css'))
					.map((name) => `/_astro/${name}`);
				const out = join(dist, adminUrl);
				await mkdir(out, { recursive: true });
				const files = adminFiles(root, styles);
				for (const [name, file] of files) {
					if ('text' in file) await writeFile(join(out, name), file.text);
					else await copyFile(file.copy, join(out, name));
				}
				logger.info(`wrote ${files.size} files of the web editor in ${adminUrl}`);
			},
		},
	};
}
