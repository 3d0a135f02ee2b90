// The files `media:` names, checked where the folder is read (scan.ts), before Astro loads the
// file: each in the release folder, of a kind the field takes, within its kind's limits; and
// every picture of the text listed in `media:`, so that each published picture has its credit
// and licence.
import type { ContentProblem } from './checks';
import { resolveFile } from './content-paths';
import type { MediaKind } from './media-kinds';

/** A problem of a file `media:` names; `blocking` when Astro could not load the file at all. */
type MediaProblem = ContentProblem & { blocking?: boolean };

/** The kinds each field of an item takes. */
const fieldKinds: Record<string, readonly MediaKind[]> = {
	file: ['picture', 'document', 'video', 'audio'],
	captions: ['captions'],
	poster: ['picture'],
};

/** A name as written in `media:` or the text, compared without `./` and URL escapes. */
export function plainName(written: string): string {
	let name = written.split(/[?#]/)[0] ?? '';
	try {
		name = decodeURI(name);
	} catch {
		// Left as written: resolveContentPath says what is wrong with it.
	}
	return name.replace(/^(?:\.\/)+/, '');
}

/** The items of `media:` as written (objects only: the schema reports anything else). */
const itemsOf = (data: Record<string, unknown>): Record<string, unknown>[] =>
	Array.isArray(data.media)
		? data.media.map((item: unknown) =>
				item && typeof item === 'object' && !Array.isArray(item)
					? (item as Record<string, unknown>)
					: {},
			)
		: [];

/** The problems of the files the `media:` of `data` names; `path` is the file on disk. */
export function mediaProblems(
	file: string,
	path: string,
	data: Record<string, unknown>,
): MediaProblem[] {
	const problems: MediaProblem[] = [];
	itemsOf(data).forEach((item, i) => {
		for (const [field, kinds] of Object.entries(fieldKinds)) {
			const written = item[field];
			if (typeof written !== 'string') continue;
			const at = `media.${i}.${field}`;
			const checked = resolveFile(path, written, `${at} "${written}"`, kinds);
			if (checked.ok) continue;
			const message = checked.missing
				? `${at} "${written}" is not in the folder of this file: check the file name, or save the file beside ${file.split('/').pop()}.`
				: checked.message;
			problems.push({ file, field: at, message, blocking: true });
		}
	});
	return problems;
}

/** The file names of the pictures `media:` lists, as written without `./`. */
export function listedPictures(data: Record<string, unknown>): Set<string> {
	return new Set(
		itemsOf(data)
			.map((item) => item.file)
			.filter((name): name is string => typeof name === 'string')
			.map(plainName),
	);
}
