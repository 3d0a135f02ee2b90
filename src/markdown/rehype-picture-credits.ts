// Every picture of a release's text carries its credit and licence, from the release's `media:`
// (src/content-model/media-schema.ts, which requires every picture of the text to be listed):
// a paragraph holding only the picture becomes a figure with them as its caption.
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { licences, type LicenceKey } from '../i18n/licences';
import { useTranslations } from '../i18n/translate';
import { fileLocale } from './file-locale';

/** What the plugin reads of an item of `media:`. */
interface Listed {
	file?: unknown;
	credit?: unknown;
	licence?: unknown;
}

/** A file name as written, without `./` and URL escapes. */
function plain(written: string): string {
	let name = written.split(/[?#]/)[0] ?? '';
	try {
		name = decodeURI(name);
	} catch {
		// Left as written.
	}
	return name.replace(/^(?:\.\/)+/, '');
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const span = (className: string, children: ElementContent[]): Element => ({
	type: 'element',
	tagName: 'span',
	properties: { className: [className] },
	children,
});

/** Wraps each lone picture of the text in a figure captioned with its credit and licence. */
export function rehypePictureCredits() {
	return (tree: Root, file: VFile) => {
		const locale = fileLocale(file);
		const frontmatter = file.data.astro?.frontmatter;
		if (!locale || !Array.isArray(frontmatter?.media)) return;
		const listed = new Map<string, Listed>();
		for (const item of frontmatter.media as Listed[]) {
			if (typeof item?.file === 'string') listed.set(plain(item.file), item);
		}
		const t = useTranslations(locale);
		visit(tree, 'element', (node: Element, index, parent) => {
			if (node.tagName !== 'p' || !parent || index === undefined) return;
			const content = node.children.filter(
				(child) => !(child.type === 'text' && child.value.trim() === ''),
			);
			const [img] = content;
			if (content.length !== 1 || img?.type !== 'element' || img.tagName !== 'img') return;
			const item = listed.get(plain(String(img.properties.src ?? '')));
			if (typeof item?.credit !== 'string' || typeof item.licence !== 'string') return;
			const licence = licences[item.licence as LicenceKey]?.[locale];
			if (!licence) return;
			const caption: Element = {
				type: 'element',
				tagName: 'figcaption',
				properties: {},
				children: [
					span('credit', [text(`${t('media.credit')} ${item.credit}`)]),
					text(' '),
					span('licence', [
						text(`${t('media.licence')} `),
						{
							type: 'element',
							tagName: 'a',
							properties: { href: licence.url, rel: ['license'] },
							children: [text(licence.name)],
						},
					]),
				],
			};
			parent.children[index] = {
				type: 'element',
				tagName: 'figure',
				properties: { className: ['body-picture'] },
				children: [img, caption],
			};
		});
	};
}
