import { describe, expect, it } from 'vitest';
import { adminHeaders, headersFile, nginxServer } from '../../../src/hosting/host-config';
import {
	cacheControl,
	cacheControlFor,
	hashedPaths,
	patternToRegExp,
	securityHeaders,
} from '../../../src/hosting/security-headers';

const policy = "default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'";

describe('cache rules', () => {
	it('caches content-hashed files for a year and revalidates everything else', () => {
		expect(cacheControlFor('/_astro/SearchView.B0akLfjr.js')).toBe(cacheControl.immutable);
		for (const path of [
			'/pagefind/en/archive/fragment/en_1a2b3c.pf_fragment',
			'/pagefind/fr/recent/index/fr_9f.pf_index',
			'/pagefind/es/archive/filter/es_9f.pf_filter',
			'/pagefind/es/recent/pagefind.es_9f.pf_meta',
		]) {
			expect(cacheControlFor(path), path).toBe(cacheControl.immutable);
		}
		for (const path of [
			'/fr/actualites/',
			'/404.html',
			'/pagefind/fr/archive/pagefind-entry.json',
			'/pagefind/fr/recent/pagefind.js',
			'/pagefind/fr/recent/wasm.fr.pagefind',
			'/favicon.svg',
		]) {
			expect(cacheControlFor(path), path).toBe(cacheControl.revalidate);
		}
	});

	it('turns a host pattern into an anchored regular expression, escaping dots', () => {
		expect(patternToRegExp('/pagefind/*.pf_meta')).toBe('^/pagefind/.*\\.pf_meta$');
		expect(new RegExp(patternToRegExp('/_astro/*')).test('/x/_astro/a.js')).toBe(false);
	});
});

describe('the _headers file for Netlify and Cloudflare Pages', () => {
	const file = headersFile(policy);

	it('sends every security header on every path, and no Cache-Control there', () => {
		const all = `${file.split('\n/')[1] ?? ''}\n`;
		expect(all.split('\n')[0]).toBe('*');
		for (const [name, value] of Object.entries(securityHeaders(policy))) {
			expect(all).toContain(`\n  ${name}: ${value}\n`);
		}
		expect(all).not.toContain('Cache-Control');
	});

	it('gives every hashed pattern its own block with the immutable Cache-Control', () => {
		for (const path of hashedPaths) {
			expect(file).toContain(`\n${path}\n  Cache-Control: ${cacheControl.immutable}\n`);
		}
	});
});

describe('the nginx server block', () => {
	const config = nginxServer({ root: '/srv/site', listen: '8080', policy });
	const locations = config.split('\tlocation ').slice(1);

	it('repeats every security header in every location, since add_header is not inherited', () => {
		expect(locations.length).toBeGreaterThan(5);
		for (const location of locations.filter((l) => !l.startsWith('= /_headers'))) {
			// The web editor's location carries its own policy (adminHeaders), the rest the site's.
			const headers = location.startsWith('^~ /admin/')
				? adminHeaders(policy)
				: securityHeaders(policy);
			for (const [name, value] of Object.entries(headers)) {
				expect(location).toContain(`add_header ${name} "${value}" always;`);
			}
			expect(location).toMatch(/add_header Cache-Control "[^"]+"( always)?;/);
		}
	});

	it("sends each locale's own 404 page, and the multilingual one elsewhere", () => {
		expect(config).toContain('\terror_page 404 /404.html;');
		expect(config).toContain('location /fr/ {\n\t\terror_page 404 /fr/404/index.html;');
		expect(config).toContain('location /es/ {\n\t\terror_page 404 /es/404/index.html;');
	});

	it('types WebAssembly and Pagefind files, and compresses WebAssembly too', () => {
		expect(config).toContain(
			'location ~ \\.wasm$ {\n\t\ttypes { }\n\t\tdefault_type application/wasm;',
		);
		expect(config).toMatch(
			/location ~ \\\.pagefind\$ \{\n\t\ttypes \{ \}\n\t\tdefault_type application\/octet-stream;/,
		);
		expect(config).toMatch(/gzip_types [^;]*application\/wasm/);
	});

	it('quotes the root, so a folder with spaces still works', () => {
		expect(nginxServer({ root: '/srv/my site', listen: '80', policy })).toContain(
			'root "/srv/my site";',
		);
	});
});
