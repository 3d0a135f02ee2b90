import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * The ids the page around a release or page body uses (skip link target, menu, search boxes,
 * section headings). A heading of the body must not take one (`## Main` would make `id="main"`,
 * and the skip link would lead to it); a build test checks that this list holds every id the
 * layout writes.
 */
export const layoutIds = [
	'main',
	'site-menu',
	'header-search',
	'search-query',
	'search-strings',
	'contacts-heading',
	'figures-heading',
	'material',
	'material-heading',
	'updates-heading',
	'notes-heading',
	'related-heading',
	'share-heading',
	'save-offline-title',
	// The Subscribe page's sections.
	'all-feed',
	'what-feed',
	'by-topic',
	'by-country',
];

/** Gives an element of the body whose id the layout uses the next free one (`main-1`). */
export function rehypeLayoutIds() {
	return (tree: Root) => {
		const taken = new Set(layoutIds);
		const clashing: Element[] = [];
		visit(tree, 'element', (node) => {
			const id = node.properties.id;
			if (typeof id !== 'string') return;
			if (layoutIds.includes(id)) clashing.push(node);
			taken.add(id);
		});
		for (const node of clashing) {
			const id = String(node.properties.id);
			let n = 1;
			while (taken.has(`${id}-${n}`)) n++;
			node.properties.id = `${id}-${n}`;
			taken.add(`${id}-${n}`);
		}
	};
}
