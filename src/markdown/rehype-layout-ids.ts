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
	'calendar',
	'media-contacts',
	// The agenda and event pages.
	'upcoming',
	'past',
	'speakers-heading',
];

/**
 * The beginnings of the ids the layout makes from content: the media contacts directory's
 * regions (`region-global`) and people (`person-marina-palma`). No body id may start with one.
 */
export const layoutIdPrefixes = ['region-', 'person-'];

/** Whether the layout may use `id`. */
const isLayoutId = (id: string) =>
	layoutIds.includes(id) || layoutIdPrefixes.some((prefix) => id.startsWith(prefix));

/**
 * Whether an id does not start with a letter, as a heading's does when its text starts with a
 * number or punctuation ("… IOM" makes `-iom`, "2024 in figures" `2024-in-figures`): html-validate
 * wants ids to begin with a letter, so the layout's `h-` goes in front.
 */
const startsOddly = (id: string) => /^\P{L}/u.test(id);

/**
 * Gives an element of the body whose id the layout uses the next free one (`main-1`), and one
 * whose id does not start with a letter that id behind `h-` (`h--iom`).
 */
export function rehypeLayoutIds() {
	return (tree: Root) => {
		const taken = new Set(layoutIds);
		const clashing: Element[] = [];
		visit(tree, 'element', (node) => {
			const id = node.properties.id;
			if (typeof id !== 'string') return;
			if (isLayoutId(id) || startsOddly(id)) clashing.push(node);
			taken.add(id);
		});
		for (const node of clashing) {
			// An id that starts like the layout's ("person-of-the-year"), or with no letter, keeps its
			// words behind `h-`.
			const id = layoutIds.includes(String(node.properties.id))
				? String(node.properties.id)
				: `h-${String(node.properties.id)}`;
			let candidate = id === String(node.properties.id) ? `${id}-1` : id;
			for (let n = 2; taken.has(candidate) || isLayoutId(candidate); n++) candidate = `${id}-${n}`;
			node.properties.id = candidate;
			taken.add(candidate);
		}
	};
}
