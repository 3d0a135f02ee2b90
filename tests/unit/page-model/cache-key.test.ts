import { describe, expect, it } from 'vitest';
import { cacheKeyOf } from '../../../src/page-model/cache-key';

const entry = (digest: string, html = '<p>Text</p>') => ({
	collection: 'releases',
	id: 'shelter/en',
	digest,
	rendered: { html },
});
const props = (digest: string, html?: string) => ({
	view: 'release',
	locale: 'en',
	date: new Date('2024-09-16'),
	release: { entry: entry(digest, html), url: '/en/news/shelter/' },
});

describe('the cache key of a page', () => {
	it('is the same for the same props and salt', () => {
		expect(cacheKeyOf(props('a'), 'v1')).toBe(cacheKeyOf(props('a'), 'v1'));
		expect(cacheKeyOf(props('a'), 'v1')).toMatch(/^[0-9a-f]{40}$/);
	});

	it('changes when an entry shown on the page changes', () => {
		expect(cacheKeyOf(props('b'), 'v1')).not.toBe(cacheKeyOf(props('a'), 'v1'));
	});

	it('changes with the salt (menus, Markdown pipeline)', () => {
		expect(cacheKeyOf(props('a'), 'v2')).not.toBe(cacheKeyOf(props('a'), 'v1'));
	});

	it('reads an entry by its digest, not by its rendered HTML', () => {
		expect(cacheKeyOf(props('a', '<p>Other</p>'), 'v1')).toBe(cacheKeyOf(props('a'), 'v1'));
	});

	it('sees inside maps and sets, which JSON would write as {}', () => {
		const a = cacheKeyOf({ terms: new Map([['GT', 1]]) }, '');
		const b = cacheKeyOf({ terms: new Map([['GT', 2]]) }, '');
		expect(a).not.toBe(b);
		expect(cacheKeyOf({ s: new Set(['x']) }, '')).not.toBe(cacheKeyOf({ s: new Set(['y']) }, ''));
	});

	it('sees every field of a release shown on many pages, each computed once', () => {
		const card = { entry: entry('a'), url: '/en/news/shelter/', title: 'Shelter' };
		const listing = (cards: unknown[]) => ({ view: 'listing', releases: cards });
		const first = cacheKeyOf(listing([card]), 'v1');
		// The same object on a second page, and an equal one, give the same key.
		expect(cacheKeyOf(listing([card]), 'v1')).toBe(first);
		expect(cacheKeyOf(listing([{ ...card }]), 'v1')).toBe(first);
		// A field beside the entry, or the entry, changed in a new page model.
		expect(cacheKeyOf(listing([{ ...card, title: 'Refuge' }]), 'v1')).not.toBe(first);
		expect(cacheKeyOf(listing([{ ...card, entry: entry('b') }]), 'v1')).not.toBe(first);
		expect(cacheKeyOf(listing([card, card]), 'v1')).not.toBe(first);
	});
});
