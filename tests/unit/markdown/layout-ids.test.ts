import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeLayoutIds } from '../../../src/markdown/rehype-layout-ids';

/** The ids of a body of headings with `ids`, once the plugin has run. */
function idsAfter(ids: string[]): string[] {
	const tree: Root = {
		type: 'root',
		children: ids.map((id) => ({
			type: 'element',
			tagName: 'h2',
			properties: { id },
			children: [],
		})),
	};
	rehypeLayoutIds()(tree);
	return tree.children.map((c) => String(c.type === 'element' ? c.properties.id : ''));
}

describe('the ids of a body beside the layout’s', () => {
	it('gives a heading that takes a layout id the next free one', () => {
		expect(idsAfter(['main', 'main-1', 'upcoming', 'speakers-heading'])).toEqual([
			'main-2',
			'main-1',
			'upcoming-1',
			'speakers-heading-1',
		]);
	});

	it('keeps the words of an id that starts like the directory’s, behind h-', () => {
		expect(idsAfter(['person-of-the-year', 'region-by-region', 'h-person-of-the-year'])).toEqual([
			'h-person-of-the-year-2',
			'h-region-by-region',
			'h-person-of-the-year',
		]);
	});

	it('puts h- before an id that does not start with a letter, as html-validate wants', () => {
		expect(idsAfter(['-iom', '2024-in-figures', 'h--iom', 'año-2024', 'élan'])).toEqual([
			'h--iom-2',
			'h-2024-in-figures',
			'h--iom',
			'año-2024',
			'élan',
		]);
	});
});
