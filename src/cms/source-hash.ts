// The source hash of a language of an entry, computed in the press officer's browser from the
// values the web editor holds: the same twelve hex digits as `sourceHash` of
// src/content-model/translations.ts (which the build and `npm run translations` use), which
// needs node:crypto. The text hashed is the same list of fields, with the same rules;
// tests/unit/cms/source-hash.test.ts compares the two on every file of content/, and the
// press officer's journey compares the hash she marks with the one of the file Decap saved.

/** The fields of a language of an entry, as the editor holds them (the text in `body`). */
export type EntryValues = Record<string, unknown>;

/** A field's value as the hash takes it: trimmed text, or null for anything else. */
const textOf = (value: unknown) => (typeof value === 'string' ? value.trim() : null);

/**
 * What a translator translates, as the text the hash is made of: title, summary, dateline, the
 * picture's description and caption and the body; then the notes to editors and the update
 * notes when there are some.
 * @example sourceText({ title: ' T ', body: 'B\n' }) // => '["T",null,null,null,null,"B"]'
 */
export function sourceText(values: EntryValues): string {
	const image = (values.image && typeof values.image === 'object' ? values.image : {}) as Record<
		string,
		unknown
	>;
	const body = typeof values.body === 'string' ? values.body : '';
	const text = [values.title, values.summary, values.dateline, image.alt, image.caption, body];
	// A field written with no value is a field not written, as the build reads the file.
	if (values.notesToEditors != null) text.push(values.notesToEditors);
	if (Array.isArray(values.updates))
		text.push(
			...values.updates.map((u: unknown) =>
				u && typeof u === 'object' ? (u as { note?: unknown }).note : undefined,
			),
		);
	return JSON.stringify(text.map(textOf));
}

/** Whether this browser can hash (Web Crypto runs only in a secure context: https, localhost). */
export function canHash(): boolean {
	return typeof globalThis.crypto?.subtle?.digest === 'function';
}

/**
 * The source hash of a language of an entry: the first twelve hex digits of the SHA-256 of its
 * `sourceText`, the value a translation records in `translatedFrom.hash`.
 */
export async function sourceHash(values: EntryValues): Promise<string> {
	const bytes = new TextEncoder().encode(sourceText(values));
	const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
	return [...digest.slice(0, 6)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
