import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../../src/metadata/share';

describe('share links', () => {
	const title = 'L’OIM aide 65 victimes & leurs familles ? « Oui »';
	const url = 'https://newsroom.example.org/fr/actualites/l-oim-aide/?a=1#x';
	const links = Object.fromEntries(shareLinks(title, url).map((l) => [l.service, l.href]));

	it('carry the title and the canonical URL, encoded, for every service', () => {
		expect(Object.keys(links)).toEqual(['email', 'x', 'facebook', 'linkedin', 'whatsapp']);
		for (const href of Object.values(links)) {
			expect(href).toContain(encodeURIComponent(url));
			expect(href).not.toContain(url);
			expect(href).not.toMatch(/[ «»’#]/);
		}
	});

	it('decode back to exactly the title and the URL', () => {
		const email = new URL(links.email!);
		expect(email.protocol).toBe('mailto:');
		expect(email.searchParams.get('subject')).toBe(title);
		expect(email.searchParams.get('body')).toBe(url);
		const x = new URL(links.x!);
		expect([x.host, x.searchParams.get('text'), x.searchParams.get('url')]).toEqual([
			'x.com',
			title,
			url,
		]);
		expect(new URL(links.facebook!).searchParams.get('u')).toBe(url);
		expect(new URL(links.linkedin!).searchParams.get('url')).toBe(url);
		expect(new URL(links.whatsapp!).searchParams.get('text')).toBe(`${title} ${url}`);
	});
});
