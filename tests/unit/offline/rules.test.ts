import { describe, expect, it } from 'vitest';
import { cacheNames, isStale, localeOf, pageFiles, strategyFor } from '../../../src/offline/rules';

const origin = 'https://newsroom.example.org';
const get = (path: string, mode = 'cors') => ({ method: 'GET', mode, url: origin + path });

describe('the service worker caching rules', () => {
	it('serves pages network-first, whatever their path or query', () => {
		expect(strategyFor(get('/fr/', 'navigate'), origin)).toBe('network-first');
		expect(strategyFor(get('/fr/recherche/?q=traite', 'navigate'), origin)).toBe('network-first');
		expect(strategyFor(get('/_astro/odd/', 'navigate'), origin)).toBe('network-first');
	});

	it('serves content-hashed files cache-first', () => {
		expect(strategyFor(get('/_astro/index.B0akLfjr.js'), origin)).toBe('cache-first');
		expect(strategyFor(get('/_astro/photo.Dx2k1.webp', 'no-cors'), origin)).toBe('cache-first');
		expect(strategyFor(get('/pagefind/fr/recent/fragment/fr_14f7c94.pf_fragment'), origin)).toBe(
			'cache-first',
		);
		expect(strategyFor(get('/pagefind/fr/archive/index/fr_38c3c63.pf_index'), origin)).toBe(
			'cache-first',
		);
		expect(strategyFor(get('/pagefind/fr/recent/wasm.fr.pagefind'), origin)).toBe('cache-first');
	});

	it('fetches the Pagefind files whose names never change network-first, so a deploy shows', () => {
		for (const file of [
			'pagefind-entry.json?ts=1',
			'pagefind.js',
			'pagefind-worker.js',
			'pagefind-highlight.js',
		]) {
			expect(strategyFor(get(`/pagefind/fr/recent/${file}`), origin), file).toBe('network-first');
		}
	});

	it('leaves other origins, other methods and the worker itself to the browser', () => {
		expect(
			strategyFor({ method: 'GET', mode: 'cors', url: 'https://cdn.example.com/x.js' }, origin),
		).toBe('bypass');
		expect(strategyFor({ method: 'POST', mode: 'cors', url: `${origin}/fr/` }, origin)).toBe(
			'bypass',
		);
		expect(strategyFor(get('/sw.js'), origin)).toBe('bypass');
	});

	it('finds the locale of a path, and none outside the locales', () => {
		const locales = ['en', 'fr', 'es'] as const;
		expect(localeOf('/fr/actualites/x/', locales)).toBe('fr');
		expect(localeOf('/es/', locales)).toBe('es');
		expect(localeOf('/', locales)).toBeUndefined();
		expect(localeOf('/pagefind/fr/recent/pagefind.js', locales)).toBeUndefined();
		expect(localeOf('/french/', locales)).toBeUndefined();
	});

	it('names caches after the build, and calls only other builds’ caches stale', () => {
		const names = cacheNames('abc123');
		expect(names.precache).toBe('newsroom-abc123-precache');
		expect(names.runtime).toBe('newsroom-abc123-runtime');
		expect(isStale('newsroom-abc123-runtime', 'abc123')).toBe(false);
		expect(isStale('newsroom-0ld000-runtime', 'abc123')).toBe(true);
		expect(isStale('someone-elses-cache', 'abc123')).toBe(false);
	});
});

describe('the files the worker keeps with the page that registered it', () => {
	it("are the page's own pictures, styles and scripts, by path", () => {
		const origin = 'https://newsroom.example.org';
		expect(
			pageFiles(
				[
					`${origin}/_astro/style.DIFAjj8p.css`,
					`${origin}/_astro/lead.Bx1.webp?v=2`,
					`${origin}/pagefind/fr/recent/pagefind.js`,
					`${origin}/sw.js`,
					'https://elsewhere.example/_astro/x.js',
				],
				origin,
			),
		).toEqual(['/_astro/style.DIFAjj8p.css', '/_astro/lead.Bx1.webp']);
	});
});
