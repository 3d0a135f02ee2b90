// The people that releases (and events) name by id: each id must be a folder of content/contacts/
// with a file in the language of the file that names it.
import { relative, resolve } from 'node:path';
import { entryId, languageFile } from '../i18n/language-files';
import type { ContentFile, ContentProblem } from './checks';
import { splitId } from './ids';
import { personShape } from './person-schema';
import { scanContent, type FileKind } from './scan';

/** The people's files that can be read, as `<id>/<language>` ids. */
export function personFileIds(root: string, base: string, kind: FileKind): Set<string> {
	const scan = scanContent(root, base, personShape, kind);
	const folder = resolve(root, base);
	return new Set(
		[...scan.files.keys()].map((file) =>
			entryId(relative(folder, resolve(root, file)).split('\\').join('/')),
		),
	);
}

/**
 * Checks that every id a file lists in `field` names a person with a file in the language of
 * the file: `dir` is the people's folder as messages name it.
 */
export function checkPersonIds<Data>(
	files: ContentFile<Data>[],
	field: string,
	ids: (data: Data) => readonly string[],
	people: Set<string>,
	dir: string,
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const folders = new Set([...people].map((id) => splitId(id).folder));
	for (const { file, id, data } of files) {
		const { locale } = splitId(id);
		ids(data).forEach((person, i) => {
			if (people.has(`${person}/${locale}`)) return;
			const at = { file, field: `${field}.${i}` };
			if (!folders.has(person)) {
				problems.push({
					...at,
					message: `${field} names "${person}", who is not in ${dir}/: check the id against the folder names there, or write the person's file ${dir}/${person}/${languageFile(locale)} (EDITING.md, "People").`,
				});
				return;
			}
			const other = [...people].find((p) => splitId(p).folder === person) ?? '';
			problems.push({
				...at,
				message: `${field} names "${person}", who has no ${languageFile(locale)}: translate ${dir}/${person}/${languageFile(splitId(other).locale)} into ${dir}/${person}/${languageFile(locale)}.`,
			});
		});
	}
	return problems;
}
