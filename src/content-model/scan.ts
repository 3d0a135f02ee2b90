// Reads every file of a content folder before Astro does, so that what Astro would stop at
// (invalid YAML, a missing picture) or never see (`fr.markdown`, a file in another encoding) is
// reported for every file at once, each at the line or field to fix.
import { isUtf8 } from 'node:buffer';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isLocale } from '../i18n/locales';
import { bodyProblems } from './body-checks';
import { languageFile } from '../i18n/language-files';
import type { ContentProblem } from './checks';

/** A problem that keeps Astro from loading the file at all (it would stop the whole build). */
type Found = ContentProblem & { blocking?: boolean };
import { resolvePicture } from './content-paths';
import { listedPictures, mediaProblems } from './media-checks';
import { parseFrontmatter } from './frontmatter';
import { unknownFields, type FieldShape } from './known-fields';
import { isUnwritten, sourceHash } from './translations';
import type { ScanCache } from './scan-cache';

/** A content file that can be read: its frontmatter as written, and its location. */
export interface ScannedFile {
	/** Path relative to the project root, e.g. `content/releases/guatemala/index.fr.md`. */
	file: string;
	data: Record<string, unknown>;
	/** What a translator translates, hashed as the editor wrote it (translations.ts). */
	sourceHash: string;
	/** Astro's digest of the file's text, when the scan is given `digestOf` (loader.ts). */
	digest?: string;
}

/** What a scan of a content folder found. */
export interface Scan {
	/** The Markdown files that can be read, by path relative to the project root. */
	files: Map<string, ScannedFile>;
	/** Files whose frontmatter could be read but that Astro cannot load (a missing picture). */
	unloadable: ScannedFile[];
	/** The Markdown files the glob leaves out (with problems, or unwritten), relative to the folder. */
	rejected: string[];
	/** Language files nobody has written yet (translations.ts `isUnwritten`): not published. */
	unwritten: string[];
	problems: ContentProblem[];
}

const markdownLike = /\.(md|markdown|mdown|mkdn?|mdx)$/i;

/** Whether the link at `path` leads to a folder. */
const isFolderLink = (path: string) =>
	statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;

/** The line of the first byte that is not UTF-8, or undefined when every byte is. */
function firstNonUtf8Line(bytes: Buffer): number | undefined {
	if (isUtf8(bytes)) return undefined;
	const text = bytes.toString('utf8');
	return text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
}

/** Checks a picture named in the frontmatter (`image.src`): in the folder, not on another site. */
function leadImageProblems(file: string, path: string, data: Record<string, unknown>): Found[] {
	const image = data.image as { src?: unknown } | undefined;
	if (!image || typeof image !== 'object' || typeof image.src !== 'string') return [];
	if (/^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(image.src)) {
		return [
			{
				file,
				field: 'image.src',
				blocking: true,
				message: `image.src "${image.src}" is on another site: save the picture in the release folder and write its file name, like: src: ./photo.jpg`,
			},
		];
	}
	const picture = resolvePicture(path, image.src, `image.src "${image.src}"`);
	if (picture.ok) return [];
	const message = picture.missing
		? `image.src "${image.src}" is not in the folder of this file: check the file name, like: src: ./photo.jpg`
		: picture.message;
	return [{ file, field: 'image.src', blocking: true, message }];
}

/** `data` without the fields reported as unknown (`contacts.0.fax` removes `fax` from the first contact). */
function withoutFields(
	data: Record<string, unknown>,
	unknown: ContentProblem[],
): Record<string, unknown> {
	const copy = structuredClone(data);
	for (const { field = '' } of unknown) {
		const path = field.split('.');
		const key = path.pop() ?? '';
		let target: unknown = copy;
		for (const step of path) target = (target as Record<string, unknown> | undefined)?.[step];
		if (target && typeof target === 'object') delete (target as Record<string, unknown>)[key];
	}
	return copy;
}

/** How a collection's files are written: what marks one unwritten, whether it needs a text. */
export interface FileKind {
	/** A file with no value here (a person's is `name`) and no text is not written yet. */
	titleField?: string;
	/** Whether the file must have a text after its frontmatter (a person's need not). */
	body?: boolean;
}

/** What the scan found in one Markdown file. */
export interface FileResult {
	problems: Found[];
	/** Whether Astro's glob leaves the file out (unreadable, unwritten, or unloadable). */
	rejected: boolean;
	/** A language file nobody has written yet. */
	unwritten?: boolean;
	/** Its frontmatter as written; Astro cannot load it when `rejected` (a missing picture). */
	scanned?: ScannedFile;
}

/** Scans the Markdown file `file` (relative to the root; `path` on disk) of `bytes`. */
function scanFile(
	file: string,
	path: string,
	bytes: Buffer,
	shape: FieldShape,
	{ titleField = 'title', body = true }: FileKind,
	digestOf?: (text: string) => string,
): FileResult {
	const badLine = firstNonUtf8Line(bytes);
	if (badLine !== undefined) {
		return {
			problems: [
				{
					file,
					line: badLine,
					message: `The file is not saved as UTF-8 (line ${badLine} holds a character in another encoding): save it again as UTF-8 in your editor.`,
				},
			],
			rejected: true,
		};
	}
	const text = bytes.toString('utf8');
	const parsed = parseFrontmatter(file, text);
	if (!parsed.ok) return { problems: parsed.problems, rejected: true };
	if (isUnwritten(parsed.data, parsed.body, titleField))
		return { problems: [], rejected: true, unwritten: true };
	// Misspelt fields are reported here and left out of what the schema checks, which then
	// reports whatever else is wrong with the file.
	const unknown = unknownFields(file, parsed.data, shape);
	const hasMedia = shape.fields.includes('media');
	const pictures = [
		...leadImageProblems(file, path, parsed.data),
		...(hasMedia ? mediaProblems(file, path, parsed.data) : []),
		...(body || parsed.body.trim() !== ''
			? bodyProblems(
					file,
					path,
					parsed.body,
					parsed.bodyLine,
					hasMedia ? listedPictures(parsed.data) : undefined,
				)
			: []),
	];
	// A picture Astro cannot find stops its whole build: such a file is only reported.
	return {
		problems: [...unknown, ...pictures],
		rejected: pictures.some((p) => p.blocking),
		scanned: {
			file,
			data: withoutFields(parsed.data, unknown),
			sourceHash: sourceHash(parsed.data, parsed.body),
			...(digestOf ? { digest: digestOf(text) } : {}),
		},
	};
}

/**
 * Scans the content folder `base` (relative to `root`) for files of the shape `shape`; with a
 * `cache`, a file whose bytes and folder are as they were at the last build is not scanned again.
 * With `digestOf` (Astro's digest of a file's text), each readable file's digest is kept with
 * the rest, so that the loader knows which files changed without reading them again.
 */
export function scanContent(
	root: string,
	base: string,
	shape: FieldShape,
	{ titleField = 'title', body = true }: FileKind = {},
	cache?: ScanCache<FileResult>,
	digestOf?: (text: string) => string,
): Scan {
	const scan: Scan = {
		files: new Map(),
		unloadable: [],
		rejected: [],
		unwritten: [],
		problems: [],
	};
	const folder = resolve(root, base);
	if (!existsSync(folder)) return scan;
	const entries = readdirSync(folder, { recursive: true, withFileTypes: true });
	for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
		const path = join(entry.parentPath, entry.name);
		const inFolder = relative(folder, path).split('\\').join('/');
		const file = relative(root, path).split('\\').join('/');
		// A link could lead anywhere on the build machine: nothing is read through it. A picture
		// that is a link is refused where a file names it (content-paths.ts); others go unread.
		if (entry.isSymbolicLink() && (markdownLike.test(entry.name) || isFolderLink(path))) {
			scan.problems.push({
				file,
				message: `"${entry.name}" is a symbolic link, which the site does not follow: put the file or folder itself here, or remove the link.`,
			});
			scan.rejected.push(inFolder, `${inFolder}/**`);
			continue;
		}
		// Copies that systems and editors leave beside a file (macOS's "._index.en.md").
		if (!entry.isFile() || entry.name.startsWith('._')) continue;
		if (!markdownLike.test(entry.name)) continue;
		if (!entry.name.endsWith('.md')) {
			const name = entry.name.replace(markdownLike, '').toLowerCase();
			scan.problems.push({
				file,
				message: `"${entry.name}" is not read: the build reads only files named after their language with the ending .md. Rename it ${isLocale(name) ? languageFile(name) : `${name}.md`}.`,
			});
			continue;
		}
		const bytes = readFileSync(path);
		const key = cache?.keyOf(path, bytes);
		let result = key === undefined ? undefined : cache?.get(file, key);
		if (!result) {
			result = scanFile(file, path, bytes, shape, { titleField, body }, digestOf);
			if (key !== undefined) cache?.set(file, key, result);
		}
		scan.problems.push(...result.problems);
		if (result.rejected) scan.rejected.push(inFolder);
		if (result.unwritten) scan.unwritten.push(file);
		else if (result.scanned && result.rejected) scan.unloadable.push(result.scanned);
		else if (result.scanned) scan.files.set(file, result.scanned);
	}
	return scan;
}
