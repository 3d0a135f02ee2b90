import { isLocale, locales } from '../i18n/locales';
import { fileLanguage, languageFile } from '../i18n/language-files';
import { slugOf, splitId } from './ids';

/** One thing wrong with the content, located for the editor who must fix it. */
export interface ContentProblem {
	/** Path of the file, relative to the project root. */
	file: string;
	/** The line of the file at fault, when a line can be named (counted from 1). */
	line?: number;
	/** The frontmatter field at fault, when there is one. */
	field?: string;
	/** What is wrong and how to fix it. */
	message: string;
}

/** What the checks need to know of one stored content file. */
export interface ContentFile<Data> {
	/** Path relative to the project root, e.g. `content/releases/guatemala/index.fr.md`. */
	file: string;
	/** Collection id: `<folder>/<language>`. */
	id: string;
	data: Data;
}

/** Checks that every file is `<folder>/index.<language>.md`, directly inside its folder. */
export function checkFileNames(files: ContentFile<unknown>[], kind: string): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const names = locales.map(languageFile).join(', ');
	for (const { file, id } of files) {
		const name = file.split('/').at(-1) ?? file;
		const language = fileLanguage(name);
		if (splitId(id).depth !== 2) {
			problems.push({
				file,
				message: `Each ${kind} is a folder of language files: put this file directly in a folder of content/${kind}s/, like content/${kind}s/<name>/${languageFile('en')}.`,
			});
		} else if (language === undefined) {
			const locale = name.replace(/\.md$/, '').toLowerCase();
			problems.push({
				file,
				message: `"${name}" is not named after a language. Name ${kind} files ${names}${isLocale(locale) ? `: rename this one ${languageFile(locale)}` : ''}.`,
			});
		} else if (!isLocale(language)) {
			problems.push({
				file,
				message: `"${name}" is not a language of the site. Name ${kind} files after their language: ${names}.`,
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
 * naming both files that disagree. `names` says what is shared when it is not the whole field
 * (the dates of `updates`, whose notes are each in their language).
 */
export function checkSharedFields<Data>(
	files: ContentFile<Data>[],
	shared: { [field: string]: (data: Data) => unknown },
	names: { [field: string]: string } = {},
	kind = 'release',
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
						message: names[field]
							? `${names[field]} are ${b} here but ${a} in ${first.file}. Translations of one ${kind} share their ${names[field]}: make them the same.`
							: `${field} is ${b} here but ${a} in ${first.file}. Translations of one ${kind} share their ${field}: make them the same.`,
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

/**
 * Checks that every page's `parent` names a page published in the same language, without loops.
 * `live` tells whether a page is published in this build (a draft parent leaves its children
 * without a place in the site).
 */
export function checkPageParents<Data extends { parent?: string | undefined }>(
	files: ContentFile<Data>[],
	live: (data: Data) => boolean,
): ContentProblem[] {
	const byId = new Map(files.map((f) => [f.id, f]));
	const problems: ContentProblem[] = [];
	for (const { file, id, data } of files) {
		if (!live(data)) continue;
		const { locale } = splitId(id);
		const seen = [splitId(id).folder];
		for (let parent = data.parent; parent; parent = byId.get(`${parent}/${locale}`)?.data.parent) {
			const found = byId.get(`${parent}/${locale}`);
			if (seen.includes(parent)) {
				problems.push({
					file,
					field: 'parent',
					message: `The parents loop back to "${parent}". A page cannot sit under itself.`,
				});
				break;
			}
			if (!found) {
				problems.push({
					file,
					field: 'parent',
					message: `parent "${parent}" has no ${languageFile(locale)}. Use the folder name of an existing page, or translate that page first.`,
				});
				break;
			}
			if (!live(found.data)) {
				problems.push({
					file,
					field: 'parent',
					message: `parent "${parent}" is a draft (${found.file}), so this page would have no place in the site: publish the parent first, or make this page a draft too.`,
				});
				break;
			}
			seen.push(parent);
		}
	}
	return problems;
}

/**
 * Checks that every page the menu links to is published in every language, once the content
 * has any version of it (a content folder without institutional pages, as in tests, has none).
 */
export function checkMenuPages<Data>(
	files: ContentFile<Data>[],
	keys: string[],
	live: (data: Data) => boolean,
	dir: string,
): ContentProblem[] {
	const byId = new Map(files.map((f) => [f.id, f]));
	const problems: ContentProblem[] = [];
	for (const key of new Set(keys)) {
		const versions = locales.map((locale) => byId.get(`${key}/${locale}`));
		const existing = versions.find((v) => v !== undefined);
		if (!existing) continue;
		locales.forEach((locale, i) => {
			const version = versions[i];
			if (!version) {
				problems.push({
					file: `${dir}/${key}/${languageFile(locale)}`,
					message: `The menu links to the page "${key}", which has no ${locale} version: translate ${existing.file} into this file, or take the page out of src/content-model/menu-items.ts.`,
				});
			} else if (!live(version.data)) {
				problems.push({
					file: version.file,
					field: 'draft',
					message: `The menu links to this page, which is a draft: publish it (remove draft: true), or take it out of src/content-model/menu-items.ts.`,
				});
			}
		});
	}
	return problems;
}

/**
 * Checks that every file has a slug a URL can use: a title with no Latin letter or digit makes
 * none (a title in another script needs a `slug:` line), and a release may not take the name
 * of a listing's page segment (`/en/news/page/2/`).
 */
export function checkSlugs(
	files: ContentFile<{ slug?: string | undefined; title: string }>[],
	reserved: (locale: string) => string[] = () => [],
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const { file, id, data } of files) {
		const slug = slugOf(data);
		if (slug === '') {
			problems.push({
				file,
				field: 'slug',
				message: `The title has no letter or digit a web address can use, so the release has no URL: add a line like: slug: iom-opens-a-shelter`,
			});
		} else if (reserved(splitId(id).locale).includes(slug)) {
			problems.push({
				file,
				field: 'slug',
				message: `The URL slug "${slug}" is taken by the site's listings: give the release a "slug:" line with another one.`,
			});
		}
	}
	return problems;
}

/**
 * The problems as one message, one line each, for the terminal.
 * @example formatProblems([{ file: 'content/releases/a/index.fr.md', field: 'title', message: 'title is missing.' }])
 * // => '1 problem in the content:\n  content/releases/a/index.fr.md → title: title is missing.'
 */
export function formatProblems(problems: ContentProblem[]): string {
	const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
	const lines = problems.map(
		({ file, line, field, message }) =>
			`  ${file}${line ? `:${line}` : ''}${field ? ` → ${field}` : ''}: ${message}`,
	);
	return [`${count} in the content:`, ...lines].join('\n');
}
