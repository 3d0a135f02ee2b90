// Checks on the text of a content file that the Markdown pipeline cannot make safe by itself:
// pictures (in the folder, with a text alternative, never from another site) and an empty body.
import type { ContentProblem } from './checks';
import { resolvePicture } from './content-paths';
import { plainName } from './media-checks';

/** A problem of the body; `blocking` when Astro could not load the file at all. */
export type BodyProblem = ContentProblem & { blocking?: boolean };

/** `![alt](src "title")` and `<img … src="…">`, with the alt text the editor wrote (or none). */
const markdownImage = /!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
const htmlImage = /<img\b[^>]*>/gi;

const isRemote = (src: string) => /^(?:https?:)?\/\//i.test(src);
/** Other schemes (`data:`, `javascript:`…) are the sanitizer's: it removes them and says so. */
const hasScheme = (src: string) => /^[a-z][a-z\d+.-]*:/i.test(src);

/** The problems of one picture reference, at `line`. */
function pictureProblems(
	problem: (message: string) => ContentProblem,
	path: string,
	src: string,
	alt: string | undefined,
	line: number,
	listed: Set<string> | undefined,
): BodyProblem[] {
	const problems: BodyProblem[] = [];
	if (hasScheme(src) && !isRemote(src)) return problems;
	if (isRemote(src)) {
		problems.push(
			problem(
				`The picture at line ${line} comes from another site (${src}): save it in the release folder and write its file name, so that no reader or feed reader loads it from elsewhere.`,
			),
		);
	} else {
		const picture = resolvePicture(path, src, `The picture at line ${line}, "${src}",`);
		if (!picture.ok) problems.push({ ...problem(picture.message), blocking: true });
		else if (listed && !listed.has(plainName(src)))
			problems.push(
				problem(
					`The picture at line ${line}, "${src}", is not listed in media: list it there with its credit and licence, like: media: [{ file: ${plainName(src)}, alt: …, credit: © IOM 2024 / Name, licence: cc-by-4.0 }]`,
				),
			);
	}
	if (!alt?.trim()) {
		problems.push(
			problem(
				`The picture at line ${line} has no text alternative: write what it shows between its square brackets, like: ![Two women at a sewing workshop]`,
			),
		);
	}
	return problems;
}

/**
 * The problems of a file's body: `path` is the file on disk, `file` its name in messages and
 * `firstLine` the line the body starts at. `listed` holds the files the frontmatter's `media:`
 * lists, where the file has one (a release): every picture of its text must be among them.
 */
export function bodyProblems(
	file: string,
	path: string,
	body: string,
	firstLine: number,
	listed?: Set<string>,
): BodyProblem[] {
	const problems: BodyProblem[] = [];
	const text = body.replace(/<!--[\s\S]*?-->/g, '');
	if (text.trim() === '') {
		problems.push({
			file,
			message: 'The file has no text after its frontmatter: write the release.',
		});
	}
	let fenced = false;
	body.split(/\r?\n/).forEach((content, i) => {
		if (/^\s*(```|~~~)/.test(content)) fenced = !fenced;
		if (fenced) return;
		const line = firstLine + i;
		const problem = (message: string): ContentProblem => ({ file, line, message });
		for (const [, alt, src = ''] of content.matchAll(markdownImage)) {
			problems.push(...pictureProblems(problem, path, src, alt, line, listed));
		}
		for (const [tag] of content.matchAll(htmlImage)) {
			const src = /\bsrc\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1] ?? '';
			if (hasScheme(src) && !isRemote(src)) continue;
			// The build optimizes and serves only pictures written in Markdown.
			problems.push(
				isRemote(src)
					? problem(
							`The picture at line ${line} comes from another site (${src}): save it in the release folder and write it as ![what it shows](file.jpg), so that no reader or feed reader loads it from elsewhere.`,
						)
					: problem(
							`The picture at line ${line} is written in HTML (<img>), which the site cannot serve: write it in Markdown like the other pictures of the text (EDITING.md, "Add pictures").`,
						),
			);
		}
	});
	return problems;
}
