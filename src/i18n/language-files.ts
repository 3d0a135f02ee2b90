// The one naming rule of content files: a release or an institutional page is a folder, and each
// of its languages a file `index.<language>.md` in that folder, the layout the web editor writes
// (Decap CMS's `multiple_files` i18n over `{{slug}}/index`; src/cms/). Entry ids stay
// `<folder>/<language>`, so nothing past the loader knows how files are named.

/**
 * The file name of one language of a release or page.
 * @example languageFile('fr') // => 'index.fr.md'
 */
export const languageFile = (locale: string): string => `index.${locale}.md`;

const languageName = /^index\.([^./]+)\.md$/;

/**
 * The language a file name gives, whether or not the site has it; undefined for a name of another
 * form (`fr.md`, `notes.md`).
 * @example fileLanguage('index.fr.md') // => 'fr'
 */
export const fileLanguage = (name: string): string | undefined => languageName.exec(name)?.[1];

/**
 * The collection id of a file, from its path inside the collection folder. A name of another form
 * keeps its whole name, so that no two files share an id and the file-name check reports it.
 * @example entryId('guatemala/index.fr.md') // => 'guatemala/fr'
 * @example entryId('guatemala/fr.md') // => 'guatemala/fr.md'
 */
export function entryId(path: string): string {
	const parts = path.split('/');
	const name = parts.pop() ?? '';
	return [...parts, fileLanguage(name) ?? name].join('/');
}

/**
 * The path inside the collection folder of an entry id: the inverse of `entryId`.
 * @example entryPath('guatemala/fr') // => 'guatemala/index.fr.md'
 */
export function entryPath(id: string): string {
	if (id.endsWith('.md')) return id;
	const parts = id.split('/');
	const locale = parts.pop() ?? '';
	return [...parts, languageFile(locale)].join('/');
}
