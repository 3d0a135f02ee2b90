import { isLocale, locales } from '../i18n/locales';
import { slugOf, splitId } from './ids';

/** One thing wrong with the content, located for the editor who must fix it. */
export interface ContentProblem {
	/** Path of the file, relative to the project root. */
	file: string;
	/** The frontmatter field at fault, when there is one. */
	field?: string;
	/** What is wrong and how to fix it. */
	message: string;
}

/** What the checks need to know of one stored content file. */
export interface ContentFile<Data> {
	/** Path relative to the project root, e.g. `content/releases/guatemala/fr.md`. */
	file: string;
	/** Collection id: `<folder>/<language>`. */
	id: string;
	data: Data;
}

/** Checks that every file is `<folder>/<language>.md`, directly inside its folder. */
export function checkFileNames(files: ContentFile<unknown>[], kind: string): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const { file, id } of files) {
		const { locale, depth } = splitId(id);
		if (depth !== 2) {
			problems.push({
				file,
				message: `Each ${kind} is a folder of language files: put this file directly in a folder of content/${kind}s/, like content/${kind}s/<name>/en.md.`,
			});
		} else if (!isLocale(locale)) {
			problems.push({
				file,
				message: `"${locale}.md" is not a language of the site. Name ${kind} files after their language: ${locales.map((l) => `${l}.md`).join(', ')}.`,
			});
		}
	}
	return problems;
}

/** Checks that no two folders use the same slug in one language (their URLs would collide). */
export function checkUniqueSlugs(
	files: ContentFile<{ slug?: string | undefined; title: string }>[],
): ContentProblem[] {
	const seen = new Map<string, string>();
	const problems: ContentProblem[] = [];
	// Sorted, so the same file is always reported against the same other one.
	for (const { file, id, data } of files.toSorted((a, b) => a.file.localeCompare(b.file))) {
		const key = `${splitId(id).locale}/${slugOf(data)}`;
		const other = seen.get(key);
		if (other) {
			problems.push({
				file,
				field: 'slug',
				message: `The URL slug "${slugOf(data)}" is already used by ${other}. Give one of them a different title or a "slug:" line.`,
			});
		} else seen.set(key, file);
	}
	return problems;
}

/**
 * Checks that fields describing the release itself (not its wording) agree across its translations,
 * naming both files that disagree.
 */
export function checkSharedFields<Data>(
	files: ContentFile<Data>[],
	shared: { [field: string]: (data: Data) => unknown },
): ContentProblem[] {
	const byFolder = Map.groupBy(files, (f) => splitId(f.id).folder);
	const problems: ContentProblem[] = [];
	for (const translations of byFolder.values()) {
		const [first, ...others] = translations.toSorted(
			(a, b) =>
				locales.indexOf(splitId(a.id).locale as never) -
				locales.indexOf(splitId(b.id).locale as never),
		);
		if (!first) continue;
		for (const other of others) {
			for (const [field, read] of Object.entries(shared)) {
				const a = JSON.stringify(read(first.data));
				const b = JSON.stringify(read(other.data));
				if (a !== b) {
					problems.push({
						file: other.file,
						field,
						message: `${field} is ${b} here but ${a} in ${first.file}. Translations of one release share their ${field}: make them the same.`,
					});
				}
			}
		}
	}
	return problems;
}

/**
 * Checks that no top-level page takes a URL the site uses for something else (its news
 * section, topics, 404…): `reserved` lists those first URL segments per language.
 */
export function checkReservedSlugs(
	files: ContentFile<{ slug?: string | undefined; title: string; parent?: string | undefined }>[],
	reserved: (locale: string) => string[],
): ContentProblem[] {
	return files
		.filter(({ data }) => !data.parent)
		.filter(({ id, data }) => reserved(splitId(id).locale).includes(slugOf(data)))
		.map(({ file, id, data }) => ({
			file,
			field: 'slug',
			message: `The URL /${splitId(id).locale}/${slugOf(data)}/ belongs to another part of the site. Choose another slug.`,
		}));
}

/** Checks that every page's `parent` names a page that exists in the same language, without loops. */
export function checkPageParents(
	files: ContentFile<{ parent?: string | undefined }>[],
): ContentProblem[] {
	const byId = new Map(files.map((f) => [f.id, f]));
	const problems: ContentProblem[] = [];
	for (const { file, id, data } of files) {
		const { locale } = splitId(id);
		const seen = [splitId(id).folder];
		for (let parent = data.parent; parent; parent = byId.get(`${parent}/${locale}`)?.data.parent) {
			if (seen.includes(parent)) {
				problems.push({
					file,
					field: 'parent',
					message: `The parents loop back to "${parent}". A page cannot sit under itself.`,
				});
				break;
			}
			if (!byId.has(`${parent}/${locale}`)) {
				problems.push({
					file,
					field: 'parent',
					message: `parent "${parent}" has no ${locale}.md. Use the folder name of an existing page, or translate that page first.`,
				});
				break;
			}
			seen.push(parent);
		}
	}
	return problems;
}

/**
 * The problems as one message, one line each, for the terminal.
 * @example formatProblems([{ file: 'content/releases/a/fr.md', field: 'title', message: 'title is missing.' }])
 * // => '1 problem in the content:\n  content/releases/a/fr.md → title: title is missing.'
 */
export function formatProblems(problems: ContentProblem[]): string {
	const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
	const lines = problems.map(
		({ file, field, message }) => `  ${file}${field ? ` → ${field}` : ''}: ${message}`,
	);
	return [`${count} in the content:`, ...lines].join('\n');
}
