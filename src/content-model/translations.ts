// Whether a translation is out of date: the one rule that `npm run translations` reports and the
// release pages show. A translation records the source hash of the file it was made from
// (`translatedFrom.hash`); once that file's hash changes, the translation is outdated.
import { createHash } from 'node:crypto';
import type { ContentFile, ContentProblem } from './checks';
import { splitId } from './ids';

/** The fields of a file a translator translates. */
interface Translatable {
	title?: unknown;
	summary?: unknown;
	dateline?: unknown;
	image?: unknown;
	notesToEditors?: unknown;
	updates?: unknown;
}

/**
 * The hash of what a translator translates: title, summary, dateline, image text and body, and
 * the notes to editors and update notes when there are some (not dates, slugs or contacts, which
 * the build checks on its own), as the editor wrote them. Twelve hex digits, the value a
 * translation records in `translatedFrom.hash`.
 */
export function sourceHash(data: Translatable, body: string): string {
	const image = (data.image && typeof data.image === 'object' ? data.image : {}) as Record<
		string,
		unknown
	>;
	const text = [data.title, data.summary, data.dateline, image.alt, image.caption, body.trim()];
	// Added only when present, so that files without them keep the hash they always had.
	if (data.notesToEditors !== undefined) text.push(data.notesToEditors);
	if (Array.isArray(data.updates))
		text.push(
			...data.updates.map((u) =>
				u && typeof u === 'object' ? (u as { note?: unknown }).note : undefined,
			),
		);
	return createHash('sha256')
		.update(JSON.stringify(text.map((t) => (typeof t === 'string' ? t.trim() : null))))
		.digest('hex')
		.slice(0, 12);
}

/** A translation made from a version of its source that has changed since. */
export interface Outdated {
	/** The language of the source. */
	source: string;
	/** The source hash the translation records, and the source's hash now. */
	recorded: string;
	current: string;
}

/**
 * Whether a translation is outdated, given the current source hash of each language of its
 * folder (`undefined` when a language has no file).
 */
export function outdated(
	translatedFrom: { lang: string; hash: string } | undefined,
	currentHash: (lang: string) => string | undefined,
): Outdated | undefined {
	if (!translatedFrom) return undefined;
	const current = currentHash(translatedFrom.lang);
	if (current === undefined || current === translatedFrom.hash) return undefined;
	return { source: translatedFrom.lang, recorded: translatedFrom.hash, current };
}

/**
 * Whether a language file is a translation nobody has started: no title and no text, only the
 * fields the languages share. The web editor writes such a file for every language of an entry
 * (Decap CMS saves all of them); the build does not publish it and `npm run translations` counts
 * the language as missing, so an editor can leave a language for later.
 */
export function isUnwritten(
	data: Record<string, unknown>,
	body: string,
	titleField = 'title',
): boolean {
	const title = data[titleField];
	const noTitle =
		title === undefined || title === null || (typeof title === 'string' && title.trim() === '');
	return noTitle && body.trim() === '';
}

/**
 * Checks that no file says it was translated from its own language: its page would say its
 * original was updated, and link to itself.
 */
export function checkTranslatedFrom(
	files: ContentFile<{ translatedFrom?: { lang: string } | undefined }>[],
): ContentProblem[] {
	return files
		.filter(({ id, data }) => data.translatedFrom?.lang === splitId(id).locale)
		.map(({ file, id }) => ({
			file,
			field: 'translatedFrom.lang',
			message: `translatedFrom.lang is ${splitId(id).locale}, the language of this file itself: write the language of the file this one was translated from, or delete translatedFrom if this file is the original.`,
		}));
}
