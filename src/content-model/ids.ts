// How a content file is addressed: its collection id is `<folder>/<language>` (the folder ties
// the translations together), and its URL slug comes from its `slug` field or its title.
import { slugify } from '../i18n/format';

/**
 * The folder and language file name of an entry id.
 * @example splitId('guatemala/fr') // => { folder: 'guatemala', locale: 'fr', depth: 2 }
 */
export function splitId(id: string): { folder: string; locale: string; depth: number } {
	const parts = id.split('/');
	return { folder: parts.slice(0, -1).join('/'), locale: parts.at(-1) ?? '', depth: parts.length };
}

/**
 * The longest `slug:` line: a web address is read, typed and shared, and each part of a path is
 * a folder name on disk, which file systems cut at 255 bytes (a title-made slug stops at 80).
 * Here, with no import the web editor cannot bundle, as src/cms/fields.ts uses it too.
 */
export const maxSlug = 100;

/** The longest slug made from a title; a `slug:` line may be longer. */
export const maxTitleSlug = 80;

/** The URL slug of a file: its `slug` field, or else its title made into a slug. */
export function slugOf(data: { slug?: string | undefined; title: string }): string {
	return data.slug ?? slugify(data.title, maxTitleSlug);
}
