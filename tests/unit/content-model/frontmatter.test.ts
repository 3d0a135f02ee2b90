import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../src/content-model/frontmatter';

describe('parseFrontmatter', () => {
	it('leaves out a field written without a value, at every depth, as the web editor writes it', () => {
		// Decap CMS writes `embargo: null` into a translation when an entry with no embargo is edited.
		const parsed = parseFrontmatter(
			'index.fr.md',
			'---\ntitle: Un titre\nembargo: null\ndraft:\nimage:\n  src: a.jpg\n  caption: null\ncontacts:\n  - name: Marina Palma\n    phone: ~\n---\nLe texte.\n',
		);
		expect(parsed).toEqual({
			ok: true,
			data: {
				title: 'Un titre',
				image: { src: 'a.jpg' },
				contacts: [{ name: 'Marina Palma' }],
			},
			body: 'Le texte.\n',
			bodyLine: 12,
		});
	});
});
