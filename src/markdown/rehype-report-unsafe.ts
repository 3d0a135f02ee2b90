import { relative } from 'node:path';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { sanitizeSchema } from './rehype-sanitize';

const allowedTags = new Set(sanitizeSchema.tagNames ?? []);
const safeUrl = /^(?:https?:|mailto:|tel:|[/#.?]|[^:]*$)/i;

/** What sanitizing will take out of one element, in words an editor understands. */
export function unsafeParts(node: Element): string[] {
	const found: string[] = [];
	if (!allowedTags.has(node.tagName)) found.push(`the <${node.tagName}> element`);
	for (const [name, value] of Object.entries(node.properties)) {
		if (/^on/i.test(name)) found.push(`the ${name.toLowerCase()} attribute of <${node.tagName}>`);
		else if (name === 'style') found.push(`the style attribute of <${node.tagName}>`);
		else if (
			(name === 'href' || name === 'src') &&
			typeof value === 'string' &&
			!safeUrl.test(value.trim())
		) {
			found.push(
				node.tagName === 'img' && name === 'src'
					? `the <img> with a ${value.trim().split(':')[0]}: src (an image must be a file)`
					: `the ${value.trim().split(':')[0]}: ${name} of <${node.tagName}>`,
			);
		}
	}
	return found;
}

/**
 * Runs before rehype-sanitize and says, naming the file, what raw HTML it is about to remove
 * (scripts, frames, event handlers, inline styles, javascript:/data: URLs). Removal is a warning,
 * not an error: what remains is safe to publish, and the editor learns what went.
 */
export function rehypeReportUnsafe() {
	return (tree: Root, file: VFile) => {
		const removed: string[] = [];
		visit(tree, 'element', (node) => {
			removed.push(...unsafeParts(node));
		});
		if (removed.length === 0) return;
		const path = file.path ? relative(process.cwd(), file.path) : 'a Markdown file';
		for (const part of removed) {
			console.warn(
				`[content] ${path}: removed ${part}. Releases may only hold safe HTML (see EDITING.md).`,
			);
		}
	};
}
