// The one place a path written in a content file becomes a file on disk: a picture of the
// frontmatter (`image.src`) or of the text (`![…](photo.jpg)`), and any file a later field names.
// Whoever writes content may name only regular files of their own folder: no path that climbs out
// of it (another release's picture would publish it with this one, embargo or not), no absolute
// path, no symbolic link (it could point anywhere on the build machine), no name an address would
// have to escape. The file's bytes are never read into a message: a refusal names the path as
// written, never what it holds.
import { closeSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import {
	endingsOf,
	formatOf,
	inMegabytes,
	maxBytes,
	maxPixels,
	type FileFormat,
	type MediaKind,
} from './media-kinds';
import { pictureSize, type PictureSize } from './picture-size';

/**
 * A path a content file names, resolved, or the sentence that refuses it (`missing` when no such
 * file exists, which callers may say in their own words).
 */
export type ResolvedPath =
	{ ok: true; path: string } | { ok: false; message: string; missing?: true };

/** Whether `path` is `folder` itself or inside it. */
const inside = (folder: string, path: string) => {
	const rest = relative(folder, path);
	return rest === '' || (!rest.startsWith(`..${sep}`) && rest !== '..' && !isAbsolute(rest));
};

/**
 * A name a file of a folder may have: the characters an address carries as they are, the ones
 * the web editor's uploads keep (`slug.encoding: ascii` in cms/config.ts). A space, `#`, `%` or
 * accent would have to be escaped in every link, feed and manifest that names the file.
 */
const isSafeName = (name: string) => /^[A-Za-z0-9._~-]+$/.test(name);

/** The symbolic link on the way from `folder` down to `path`, if there is one. */
function linkOnTheWay(folder: string, path: string): string | undefined {
	const steps = relative(folder, path).split(sep);
	for (let i = 1; i <= steps.length; i++) {
		const step = resolve(folder, ...steps.slice(0, i));
		if (lstatSync(step, { throwIfNoEntry: false })?.isSymbolicLink()) return step;
	}
	return undefined;
}

/**
 * Resolves `written`, a path the content file `file` (on disk) names, to a regular file in the
 * file's own folder or below it. `what` names it in messages (`The picture "x.png"`).
 */
export function resolveContentPath(file: string, written: string, what: string): ResolvedPath {
	const folder = dirname(file);
	let name: string;
	try {
		name = decodeURI(written.split(/[?#]/)[0] ?? '');
	} catch {
		name = written;
	}
	const fix = 'save the file in the folder of this file, and write its name alone, like photo.jpg';
	if (isAbsolute(name) || /^[a-z]:[\\/]/i.test(name))
		return {
			ok: false,
			message: `${what} is a path on a computer, not a file of this folder: ${fix}.`,
		};
	const path = resolve(folder, name);
	if (!inside(folder, path))
		return {
			ok: false,
			message: `${what} is outside the folder of this file: a release shows only its own files (to show another release's picture, link to that release instead), so ${fix}.`,
		};
	if (/[?#]/.test(written) || !relative(folder, path).split(sep).every(isSafeName))
		return {
			ok: false,
			message: `${what} is not a file name the site can publish: a name may hold only letters without accents, digits, hyphens, underscores and dots (as the web editor saves uploads), so that its address works in every browser, feed and server. Rename the file, like fact-sheet-2024.pdf, and write that name here.`,
		};
	const link = linkOnTheWay(folder, path);
	if (link)
		return {
			ok: false,
			message: `${what} is a symbolic link (${relative(folder, link) || '.'}), which the site does not follow: copy the file itself into the folder.`,
		};
	const stat = lstatSync(path, { throwIfNoEntry: false });
	if (!stat)
		return {
			ok: false,
			missing: true,
			message: `${what} is not in the folder: check its file name.`,
		};
	if (!stat.isFile()) return { ok: false, message: `${what} is not a file: ${fix}.` };
	// A folder above may itself be reached through a link: the real path must stay inside too.
	if (!inside(realpathSync(folder), realpathSync(path)))
		return { ok: false, message: `${what} is outside the folder of this file: ${fix}.` };
	return { ok: true, path };
}

/** The endings of the pictures the site accepts, as EDITING.md lists them. */
export const pictureEndings = endingsOf('picture');

/** A file of the folder, checked: where it is, what it is and how big. */
export type CheckedFile =
	| { ok: true; path: string; format: FileFormat; bytes: number; size?: PictureSize }
	| { ok: false; message: string; missing?: true };

/** What to do with a file of each kind that is too big. */
const smaller: Record<MediaKind, string> = {
	picture: 'save it again at a lower quality or size (3,000 pixels on its longest side print well)',
	document: 'reduce it (most PDF tools have a “reduce file size” option), or split it',
	video:
		'shorten it or export it at a lower bit rate, or publish it on the organisation’s YouTube or Vimeo channel and write its address as url:',
	audio: 'export it at a lower bit rate, or shorten it',
	captions: 'a captions file is text: check it is the right file',
};

/** How each kind is named in a list of what a field accepts. */
const kindNames: Record<MediaKind, string> = {
	picture: 'a picture',
	document: 'a document',
	video: 'a video',
	audio: 'a sound',
	captions: 'captions',
};

/**
 * Resolves a file a content file names (`resolveContentPath`) and checks it is one of `kinds`:
 * an ending the site publishes, first bytes that match it, no more bytes than its kind allows
 * and, for a picture, no more pixels than the site can publish.
 */
export function resolveFile(
	file: string,
	written: string,
	what: string,
	kinds: readonly MediaKind[],
): CheckedFile {
	const resolved = resolveContentPath(file, written, what);
	if (!resolved.ok) return resolved;
	const ending = extname(resolved.path).toLowerCase();
	const format = formatOf(resolved.path);
	if (ending === '.svg' && kinds.includes('picture'))
		return {
			ok: false,
			message: `${what} is an SVG drawing, which can carry script: export it as PNG and use that file.`,
		};
	if (!format || !kinds.includes(format.kind)) {
		const accepted = kinds.map((k) => `${kindNames[k]} (${endingsOf(k).join(', ')})`);
		return {
			ok: false,
			message: `${what} is not a kind of file this field takes: use ${accepted.join(' or ')}.`,
		};
	}
	const stat = lstatSync(resolved.path);
	const head = Buffer.alloc(32);
	const fd = openSync(resolved.path, 'r');
	const read = readSync(fd, head, 0, head.length, 0);
	closeSync(fd);
	if (read === 0) return { ok: false, message: `${what} is an empty file: save it again.` };
	if (!format.test(head.subarray(0, read)))
		return {
			ok: false,
			message: `${what} is not a ${format.format} file, though its name ends in ${ending}: save it again as ${format.format}.`,
		};
	if (stat.size > maxBytes[format.kind])
		return {
			ok: false,
			message: `${what} is ${inMegabytes(stat.size)}, more than the ${inMegabytes(maxBytes[format.kind])} ${kindNames[format.kind]} may be: ${smaller[format.kind]}.`,
		};
	if (format.kind !== 'picture') return { ok: true, path: resolved.path, format, bytes: stat.size };
	const size = pictureSize(resolved.path, format.format);
	if (!size || size.width === 0 || size.height === 0)
		return {
			ok: false,
			message: `${what} has no readable size in its ${format.format} header: save it again from a picture editor.`,
		};
	const pixels = size.width * size.height;
	if (pixels > maxPixels)
		return {
			ok: false,
			message: `${what} is ${size.width} × ${size.height} pixels (${Math.round(pixels / 1e6)} million), more than the ${maxPixels / 1e6} million the site publishes: save it again smaller, like 6,000 pixels on its longest side.`,
		};
	return { ok: true, path: resolved.path, format, bytes: stat.size, size };
}

/**
 * Resolves a picture a content file names, and checks it is one: a JPEG, PNG, WebP, AVIF or GIF
 * whose bytes are what its ending says, within the limits of `resolveFile`. SVG is refused: it
 * can carry script, which would run on the site's origin wherever a host serves it without the
 * site's headers.
 */
export function resolvePicture(file: string, written: string, what: string): ResolvedPath {
	const resolved = resolveContentPath(file, written, what);
	if (!resolved.ok) return resolved;
	const ending = extname(resolved.path).toLowerCase();
	const format = formatOf(resolved.path);
	if (ending !== '.svg' && format?.kind !== 'picture')
		return {
			ok: false,
			message: `${what} is not a picture the site publishes: use a JPEG, PNG, WebP, AVIF or GIF file.`,
		};
	const checked = resolveFile(file, written, what, ['picture']);
	if (!checked.ok) {
		// The picture's own words for the messages pictures had before files of other kinds.
		const message = checked.message
			.replace(/is an empty file: save it again\.$/, 'is an empty file: save the picture again.')
			.replace(
				/is not a (\S+) file, though its name ends in (\S+): save it again as \1\.$/,
				'is not a $1 picture, though its name ends in $2: save it again from a picture editor, as $1.',
			);
		return { ok: false, message };
	}
	return { ok: true, path: checked.path };
}
