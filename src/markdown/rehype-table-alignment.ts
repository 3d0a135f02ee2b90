import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * A table column's alignment as a class (`align-right`), since the `align` attribute that
 * Markdown tables get is obsolete HTML; the stylesheet aligns the cells. Runs after sanitizing.
 */
export function rehypeTableAlignment() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			if (node.tagName !== 'td' && node.tagName !== 'th') return;
			const align = node.properties.align;
			if (align === undefined) return;
			delete node.properties.align;
			if (align === 'left' || align === 'center' || align === 'right') {
				const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
				node.properties.className = [...classes, `align-${align}`];
			}
		});
	};
}
