// Where the commands write a release: its folder, a single name under <content>/releases/.
import { isAbsolute, join, relative, resolve } from 'node:path';

/** The sentence refusing `name` as the value of `flag`. */
const notAFolder = (flag: string, name: string) =>
	`${flag} "${name}" is not a folder name: give a single name, like ${flag} guatemala-shelter, and no path.`;

/**
 * Why `name` cannot be a release folder, as a sentence naming `flag`; undefined when it can: a
 * single folder name, not a path (no `/`, `\`, `..`, nor an absolute path).
 */
export function folderProblem(flag: string, name: string): string | undefined {
	const path = name.trim() === '' || /[/\\]|\.\./.test(name) || name === '.' || isAbsolute(name);
	return path ? notAFolder(flag, name) : undefined;
}

/**
 * The folder of release `name` under `<content>/releases/`, checked to be inside it once
 * resolved; throws with folderProblem's sentence when it is not.
 */
export function releaseFolder(content: string, name: string, flag = '--folder'): string {
	const releases = resolve(content, 'releases');
	const inside = relative(releases, resolve(releases, name));
	const outside = inside === '' || inside.startsWith('..') || isAbsolute(inside);
	if (folderProblem(flag, name) || outside) throw new Error(notAFolder(flag, name));
	return join(content, 'releases', name);
}
