// An old release saved as HTML: its article, title, language, date and contacts block, with the
// text converted to Markdown by rehype-remark. Links are made absolute on the old site's origin
// (a root-relative link would lead nowhere on this site); pictures are left out and listed.
import type { Element, ElementContent, Root } from 'hast';
import { matches, select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import { visit, SKIP } from 'unist-util-visit';
import { contactsHeading, withoutLinkDebris } from './fields';
import type { OldPage } from './page';

/** What a page holds around its article: never part of a release. */
const chrome =
	'script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [hidden], [aria-hidden="true"]';

const blockTags = new Set([
	'p',
	'div',
	'section',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'ul',
	'ol',
	'table',
]);

/** The day of an ISO date or date-time, when it is one. */
const dayOf = (value: unknown) =>
	typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})/.exec(value)?.[1] : undefined;

/** Removes `node` from `parent`. */
function remove(parent: Root | Element, node: ElementContent): void {
	const at = parent.children.indexOf(node);
	if (at >= 0) parent.children.splice(at, 1);
}

/**
 * Takes the contacts block out of `article`: the first block whose text opens with "For more
 * information…", and every block after it. Returns its lines.
 */
function takeContacts(article: Element): string[] {
	let found: { node: Element; parent: Element } | undefined;
	visit(article, 'element', (node, _index, parent) => {
		if (found) return SKIP;
		if (parent?.type === 'element' && blockTags.has(node.tagName)) {
			if (contactsHeading.test(toText(node))) {
				found = { node, parent };
				return SKIP;
			}
		}
		return undefined;
	});
	if (!found) return [];
	const { node, parent } = found;
	const after = parent.children.slice(parent.children.indexOf(node));
	for (const child of after) remove(parent, child);
	return after
		.filter((c): c is Element => c.type === 'element')
		.flatMap((c) => toText(c).split('\n'))
		.map((l) => withoutLinkDebris(l).trim())
		.filter(Boolean);
}

/**
 * Reads an HTML page of the old site. `origin` is the old site's address, on which relative
 * links are made absolute.
 */
/** A link to a document the site would publish from the release folder (`media:`), or its old formats. */
const documentLink = /\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|odp)$/i;

export function readHtmlPage(html: string, origin: string): OldPage {
	const tree = unified().use(rehypeParse).parse(html);
	const lang = select('html', tree)?.properties.lang;
	const date =
		dayOf(select('meta[property="article:published_time"]', tree)?.properties.content) ??
		dayOf(select('time[datetime]', tree)?.properties.dateTime);
	const documentTitle = toText(select('title', tree) ?? { type: 'root', children: [] });
	visit(tree, 'element', (node, index, parent) => {
		if (parent && index !== undefined && matches(chrome, node)) {
			parent.children.splice(index, 1);
			return [SKIP, index];
		}
		return undefined;
	});
	const article = select('article', tree) ?? select('main', tree) ?? select('body', tree);
	if (!article) return { title: documentTitle, contactLines: [], lang: String(lang ?? '') };
	const heading = select('h1', article) ?? select('h1', tree);
	const title = heading
		? toText(heading).trim()
		: documentTitle.replace(/\s+[|–—-]\s+[^|–—-]+$/, '');
	visit(article, 'element', (node, index, parent) => {
		if (node === heading && parent && index !== undefined) {
			parent.children.splice(index, 1);
			return [SKIP, index];
		}
		return undefined;
	});
	// A paragraph that only dates the page ("14 March 2019") is metadata, not text.
	visit(article, 'element', (node, index, parent) => {
		const time = select('time', node);
		if (
			node.tagName === 'p' &&
			time &&
			toText(node).trim() === toText(time).trim() &&
			parent &&
			index !== undefined
		) {
			parent.children.splice(index, 1);
			return [SKIP, index];
		}
		return undefined;
	});
	const contactLines = takeContacts(article);
	const pictures: string[] = [];
	const documents: string[] = [];
	visit(article, (node, index, parent) => {
		if (node.type === 'text') node.value = withoutLinkDebris(node.value);
		if (node.type !== 'element') return undefined;
		if (node.tagName === 'img' && parent && index !== undefined) {
			pictures.push(String(node.properties.src ?? ''));
			parent.children.splice(index, 1);
			return [SKIP, index];
		}
		// The title is the page's only first-level heading.
		if (node.tagName === 'h1') node.tagName = 'h2';
		const href = node.properties.href;
		if (node.tagName === 'a' && typeof href === 'string') {
			if (/^\s*javascript:/i.test(href)) delete node.properties.href;
			else if (!/^(mailto:|tel:|#)/i.test(href)) {
				try {
					const address = new URL(href, origin);
					node.properties.href = address.href;
					if (documentLink.test(address.pathname)) documents.push(address.href);
				} catch {
					delete node.properties.href;
				}
			}
		}
		return undefined;
	});
	const markdown = unified()
		.use(rehypeRemark)
		.runSync({ type: 'root', children: article.children });
	return {
		title,
		markdown,
		contactLines,
		lang: typeof lang === 'string' ? lang : undefined,
		date,
		pictures: pictures.filter(Boolean),
		documents: [...new Set(documents)],
	};
}
