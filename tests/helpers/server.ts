import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

/** A running static server over a built site. */
export interface StaticServer {
	/** e.g. `http://127.0.0.1:41234` */
	origin: string;
	close: () => Promise<void>;
}

/**
 * Serves `dir` on a free port of 127.0.0.1 the way a static host does: `index.html` for
 * directories, and for unknown URLs the 404 page of the locale the URL starts with.
 * `headers` are added to every response (e.g. the site's Content-Security-Policy).
 */
export async function serveStatic(
	dir: string,
	headers: Record<string, string> = {},
	/** A fixed port, e.g. to serve a rebuilt site at the same origin; a free one by default. */
	port = 0,
): Promise<StaticServer> {
	const files = sirv(dir, {
		dev: false,
		etag: true,
		setHeaders: (res) => Object.entries(headers).forEach(([k, v]) => res.setHeader(k, v)),
	});
	const server: Server = createServer((req, res) => {
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
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
