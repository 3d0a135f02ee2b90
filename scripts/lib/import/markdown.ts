// The text of an imported page as Markdown's tree (mdast): made from a plain-text page's blocks,
// read back as plain text, and written out as Markdown by remark-stringify.
import type { PhrasingContent, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { Block } from './page';

/** Plain text of a Markdown node. */
export function plain(node: Root | RootContent | PhrasingContent): string {
	if ('value' in node && typeof node.value === 'string') return node.value;
	return 'children' in node ? (node.children as RootContent[]).map(plain).join('') : '';
}

/** A text node. */
export const text = (value: string): PhrasingContent => ({ type: 'text', value });

/** A plain-text page's blocks as Markdown's tree. */
export function treeOf(blocks: Block[]): Root {
	return {
		type: 'root',
		children: blocks.map((block): RootContent => {
			if (block.kind === 'heading')
				return { type: 'heading', depth: 2, children: [text(block.text)] };
			if (block.kind === 'list') {
				return {
					type: 'list',
					ordered: false,
					spread: false,
					children: block.items.map((item) => ({
						type: 'listItem',
						spread: false,
						children: [{ type: 'paragraph', children: [text(item)] }],
					})),
				};
			}
			return { type: 'paragraph', children: [text(block.text)] };
		}),
	};
}

/** Email addresses of the text as links, so that Markdown writes them as `<name@host>`. */
export function linkEmails(root: Root): void {
	visit(root, 'text', (node, index, parent) => {
		if (!parent || index === undefined || parent.type === 'link') return undefined;
		const parts = node.value.split(/([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/);
		if (parts.length === 1) return undefined;
		const children: PhrasingContent[] = parts
			.filter((part) => part !== '')
			.map((part) =>
				/@/.test(part) && !/\s/.test(part)
					? { type: 'link', url: `mailto:${part}`, children: [text(part)] }
					: text(part),
			);
		parent.children.splice(index, 1, ...children);
		return [SKIP, index + children.length];
	});
}

/** The tree written as Markdown, the way the site's files are written. */
export function markdownOf(root: Root): string {
	return unified()
		.use(remarkGfm)
		.use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', listItemIndent: 'one' })
		.stringify(root)
		.trim();
}
