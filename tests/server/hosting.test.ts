import { chmod, copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
	cacheControl,
	cacheControlFor,
	headerPolicy,
	securityHeaders,
} from '../../src/hosting/security-headers';
import { adminHeaders } from '../../src/hosting/host-config';
import { adminUrl } from '../../src/i18n/file-routes';
import { listFiles, listPages } from '../helpers/dist';
import { hasNginx } from '../../scripts/lib/nginx';
import { serveSite, type StaticServer } from '../../scripts/lib/static-server';

interface Response {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	/** The body as sent, compressed or not. */
	body: Buffer;
}

/** A raw GET, so the test sees exactly what the server sent (fetch would decompress). */
function get(origin: string, path: string, headers: Record<string, string> = {}) {
	return new Promise<Response>((resolve, reject) => {
		request(`${origin}${path}`, { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
			);
		})
			.on('error', reject)
			.end();
	});
}

let dist: string;
let server: StaticServer;
let expected: Record<string, string>;
let editor: Record<string, string>;

beforeAll(async () => {
	dist = inject('siteDir');
	server = await serveSite(dist);
	const policy = await headerPolicy(dist);
	expected = securityHeaders(policy);
	editor = adminHeaders(policy);
});
afterAll(() => server?.close());

function expectSecurityHeaders(res: Response, path: string) {
	// The web editor is served under its own policy and kept out of search engines.
	const headers = path.startsWith(adminUrl) ? editor : expected;
	for (const [name, value] of Object.entries(headers)) {
		expect(res.headers[name.toLowerCase()], `${name} of ${path}`).toBe(value);
	}
}

describe('the site as served in production (nginx when installed)', () => {
	it('answers 200 with every security header and a revalidated Cache-Control on every page', async () => {
		const pages = await listPages(dist);
		expect(pages.length).toBeGreaterThan(90);
		for (const path of pages) {
			const res = await get(server.origin, path);
			expect(res.status, path).toBe(200);
			expect(res.headers['content-type'], path).toBe('text/html; charset=utf-8');
			expectSecurityHeaders(res, path);
			expect(res.headers['cache-control'], path).toBe(cacheControl.revalidate);
		}
	});

	it.each([
		['/fr/pas-de-page-ici/', 'fr/404/index.html', 'fr'],
		['/es/no-existe/', 'es/404/index.html', 'es'],
		['/en/missing/page/', 'en/404/index.html', 'en'],
		['/nowhere/', '404.html', 'en'],
	])('answers %s with 404 and the page %s', async (path, file, lang) => {
		const res = await get(server.origin, path);
		expect(res.status).toBe(404);
		expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(res.body.toString('utf8')).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${lang}"`));
		expect(res.body.equals(await readFile(join(dist, file)))).toBe(true);
		expectSecurityHeaders(res, path);
	});

	it('serves the multilingual 404 at the root, naming every language', async () => {
		const body = (await get(server.origin, '/nowhere/')).body.toString('utf8');
		for (const lang of ['en', 'fr', 'es']) expect(body).toContain(`<li lang="${lang}">`);
	});

	it('caches every content-hashed file for a year, and nothing else', async () => {
		const files = (await listFiles(dist)).filter((f) => f !== '_headers');
		const hashed = files.filter((f) => cacheControlFor(`/${f}`) === cacheControl.immutable);
		expect(hashed.filter((f) => f.startsWith('_astro/')).length).toBeGreaterThan(0);
		expect(hashed.filter((f) => f.endsWith('.pf_fragment')).length).toBeGreaterThan(50);
		for (const file of files) {
			const res = await get(server.origin, `/${file}`);
			expect(res.status, file).toBe(200);
			expect(res.headers['cache-control'], file).toBe(cacheControlFor(`/${file}`));
		}
		for (const file of [
			'pagefind/fr/recent/pagefind-entry.json',
			'pagefind/fr/recent/pagefind.js',
			'index.html',
		]) {
			expect(hashed).not.toContain(file);
		}
	});

	it('gives Pagefind files and scripts types the browser accepts', async () => {
		const script = (await listFiles(dist)).find((f) => /^_astro\/.*\.js$/.test(f));
		const types = {
			[`/${script}`]: /^(application|text)\/javascript/,
			'/pagefind/fr/recent/pagefind.js': /^(application|text)\/javascript/,
			'/pagefind/fr/recent/pagefind-entry.json': /^application\/json/,
			'/pagefind/fr/recent/wasm.fr.pagefind': /^application\/octet-stream$/,
		};
		for (const [path, type] of Object.entries(types)) {
			expect((await get(server.origin, path)).headers['content-type'], path).toMatch(type);
		}
		const files = await listFiles(join(dist, 'pagefind'));
		for (const ext of ['pf_meta', 'pf_index', 'pf_fragment', 'pf_filter']) {
			const file = files.find((f) => f.endsWith(`.${ext}`));
			expect(file, ext).toBeDefined();
			const res = await get(server.origin, `/pagefind/${file}`);
			expect(res.headers['content-type'], file).toBe('application/octet-stream');
		}
	});

	it('redirects a page URL without its trailing slash to the URL with it', async () => {
		const res = await get(server.origin, '/fr/actualites');
		expect(res.status).toBe(301);
		expect(new URL(res.headers.location as string, server.origin).pathname).toBe('/fr/actualites/');
		expectSecurityHeaders(res, '/fr/actualites');
	});
});

describe.runIf(hasNginx)('nginx only: compression and WebAssembly', () => {
	it('gzips HTML, CSS and JavaScript for clients that accept it, and not for others', async () => {
		const css = (await listFiles(dist)).find((f) => f.endsWith('.css'));
		for (const path of ['/fr/actualites/', `/${css}`, '/pagefind/fr/recent/pagefind.js']) {
			const res = await get(server.origin, path, { 'accept-encoding': 'gzip' });
			expect(res.headers['content-encoding'], path).toBe('gzip');
			expect(res.headers.vary, path).toBe('Accept-Encoding');
			const file = path.endsWith('/') ? `${path}index.html` : path;
			expect(gunzipSync(res.body).equals(await readFile(join(dist, file))), path).toBe(true);
			const plain = await get(server.origin, path);
			expect(plain.headers['content-encoding'], path).toBeUndefined();
		}
	});

	it('serves .wasm as application/wasm, gzipped', async () => {
		// The site has no .wasm of its own today (Pagefind's ships as .pagefind): serve one.
		const site = await mkdtemp(join(tmpdir(), 'newsroom-wasm-'));
		// mkdtemp makes the folder private; nginx's workers run as another user when started as root.
		await chmod(site, 0o755);
		await copyFile(join(dist, 'index.html'), join(site, 'index.html'));
		const module = Buffer.concat([Buffer.from('\0asm\x01\0\0\0'), Buffer.alloc(1024)]);
		await writeFile(join(site, 'probe.wasm'), module);
		const wasmServer = await serveSite(site);
		try {
			const res = await get(wasmServer.origin, '/probe.wasm', { 'accept-encoding': 'gzip' });
			expect(res.status).toBe(200);
			expect(res.headers['content-type']).toBe('application/wasm');
			expect(res.headers['content-encoding']).toBe('gzip');
			expect(gunzipSync(res.body).equals(module)).toBe(true);
		} finally {
			await wasmServer.close();
			await rm(site, { recursive: true, force: true });
		}
	});
});
