import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import sirv from 'sirv';
import {
	cacheControlFor,
	contentTypes,
	headerPolicy,
	securityHeaders,
} from '../../src/hosting/security-headers';
import { hasNginx, nginxPath, startNginx } from './nginx';

/** A running static server over a built site. */
export interface StaticServer {
	/** e.g. `http://127.0.0.1:41234` */
	origin: string;
	/** Which server runs: real nginx with the generated config, or the Node fallback. */
	kind: 'nginx' | 'node';
	close: () => Promise<void>;
}

/**
 * Serves `dir` on a free port of 127.0.0.1 the way a static host does: `index.html` for
 * directories, and for unknown URLs the 404 page of the locale the URL starts with, on `port`
 * (a free one by default). `headers` are added to every response (e.g. the site's Content-Security-Policy); `cache` adds
 * the production `Cache-Control` of each file.
 */
export async function serveStatic(
	dir: string,
	headers: Record<string, string> = {},
	{ cache = false, port = 0 }: { cache?: boolean; port?: number } = {},
): Promise<StaticServer> {
	const files = sirv(dir, {
		dev: false,
		etag: true,
		setHeaders: (res, path) => {
			Object.entries(headers).forEach(([k, v]) => res.setHeader(k, v));
			const ext = extname(path).slice(1);
			const html = ext === 'html' || path.endsWith('/');
			const type = html ? 'text/html; charset=utf-8' : contentTypes[ext];
			if (type) res.setHeader('Content-Type', type);
			if (cache) res.setHeader('Cache-Control', cacheControlFor(path));
		},
	});
	const server: Server = createServer((req, res) => {
		// Like nginx: a folder asked for without its trailing slash is redirected to it.
		const path = new URL(req.url ?? '/', 'http://localhost').pathname;
		if (!path.endsWith('/') && existsSync(join(dir, path, 'index.html'))) {
			res.writeHead(301, { Location: `${path}/`, ...headers }).end();
			return;
		}
		files(req, res, () => {
			const locale = /^\/(\w{2})\//.exec(req.url ?? '')?.[1];
			const page = locale ? join(dir, locale, '404', 'index.html') : join(dir, '404.html');
			res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', ...headers });
			if (existsSync(page)) createReadStream(page).pipe(res);
			else res.end('Not found');
		});
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const address = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${address.port}`,
		kind: 'node',
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}

/**
 * Serves the built site in `dir` as production does, with every production header: through real
 * nginx and the generated config when nginx is installed, else through `serveStatic` with the
 * same security and cache headers (but no compression). Says which one runs;
 * `NEWSROOM_REQUIRE_NGINX=1` (set by `.ci/run`) makes a missing nginx an error.
 */
export async function serveSite(
	dir: string,
	/** A fixed port, e.g. to serve a rebuilt site at the same origin; a free one by default. */
	{ port }: { port?: number } = {},
): Promise<StaticServer> {
	if (hasNginx) {
		const nginx = await startNginx(dir, { port });
		console.info(`Serving ${dir} with nginx (${nginxPath}) at ${nginx.origin}`);
		return { origin: nginx.origin, kind: 'nginx', close: nginx.close };
	}
	if (process.env.NEWSROOM_REQUIRE_NGINX === '1') {
		throw new Error(`NEWSROOM_REQUIRE_NGINX=1 but there is no nginx at ${nginxPath}.`);
	}
	const server = await serveStatic(dir, securityHeaders(await headerPolicy(dir)), {
		cache: true,
		port,
	});
	console.info(`nginx not found at ${nginxPath}: serving ${dir} with the Node fallback`);
	return server;
}
