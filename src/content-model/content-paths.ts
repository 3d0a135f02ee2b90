// The one place a path written in a content file becomes a file on disk: a picture of the
// frontmatter (`image.src`) or of the text (`![…](photo.jpg)`), and any file a later field names.
// Whoever writes content may name only regular files of their own folder: no path that climbs out
// of it (another release's picture would publish it with this one, embargo or not), no absolute
// path, no symbolic link (it could point anywhere on the build machine). The file's bytes are
// never read into a message: a refusal names the path as written, never what it holds.
import { closeSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';

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

/** The first bytes of each kind of picture the site publishes, by file ending. */
const signatures: Record<string, { name: string; test: (head: Buffer) => boolean }> = {
	'.jpg': { name: 'JPEG', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
	'.jpeg': { name: 'JPEG', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
	'.png': {
		name: 'PNG',
		test: (b) => b.subarray(0, 8).equals(Buffer.from('\x89PNG\r\n\x1a\n', 'latin1')),
	},
	'.webp': {
		name: 'WebP',
		test: (b) =>
			b.subarray(0, 4).toString('latin1') === 'RIFF' &&
			b.subarray(8, 12).toString('latin1') === 'WEBP',
	},
	'.avif': {
		name: 'AVIF',
		test: (b) => b.subarray(4, 12).toString('latin1').startsWith('ftypavi'),
	},
	'.gif': { name: 'GIF', test: (b) => /^GIF8[79]a/.test(b.subarray(0, 6).toString('latin1')) },
};

/** The endings of the pictures the site accepts, as EDITING.md lists them. */
export const pictureEndings = Object.keys(signatures);

/**
 * Resolves a picture a content file names, and checks it is one: a JPEG, PNG, WebP, AVIF or GIF
 * whose bytes are what its ending says. SVG is refused: it can carry script, which would run on
 * the site's origin wherever a host serves it without the site's headers.
 */
export function resolvePicture(file: string, written: string, what: string): ResolvedPath {
	const resolved = resolveContentPath(file, written, what);
	if (!resolved.ok) return resolved;
	const ending = extname(resolved.path).toLowerCase();
	const kind = signatures[ending];
	if (ending === '.svg')
		return {
			ok: false,
			message: `${what} is an SVG drawing, which can carry script: export it as PNG and use that file.`,
		};
	if (!kind)
		return {
			ok: false,
			message: `${what} is not a picture the site publishes: use a JPEG, PNG, WebP, AVIF or GIF file.`,
		};
	const head = Buffer.alloc(16);
	const fd = openSync(resolved.path, 'r');
	const read = readSync(fd, head, 0, head.length, 0);
	closeSync(fd);
	if (read === 0)
		return { ok: false, message: `${what} is an empty file: save the picture again.` };
	if (!kind.test(head))
		return {
			ok: false,
			message: `${what} is not a ${kind.name} picture, though its name ends in ${ending}: save it again from a picture editor, as ${kind.name}.`,
		};
	return resolved;
}
