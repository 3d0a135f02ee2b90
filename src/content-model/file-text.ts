// What keeps a content file from being read besides its YAML, checked on every file as it is read
// (frontmatter.ts), before Astro sees it: a character no output format can carry, in any value of
// the frontmatter (named by its field) or in the text (named by its line), and a text too long to
// publish. Astro's own YAML parser stops the whole build at the first file holding a control
// character; refused here, every such file is named at once and Astro never reads it. A heading
// with no text (`#` alone on a line), which would publish an invalid page, is refused here too,
// the text being read here (src/content-model/body-checks.ts would be its natural home).
import type { ContentProblem } from './checks';
import {
	badReferences,
	breaksFormats,
	findCharacter,
	formatProblem,
	retypeHint,
} from './characters';

/**
 * The most text (Markdown after the frontmatter) a release or page may hold, in bytes. The
 * longest releases run to some 3,000 words (20 KB); 200 KB is ten times that, about 30,000
 * words, and more is a whole report or a pasted file by mistake, which would be copied into
 * the language's feed and search index, and into every reader's offline copy.
 */
export const maxBodyBytes = 200 * 1024;

/** How many lines of one file are named one by one; the others are counted in one more line. */
const namedLines = 3;

/** A size for a message: `50.0 MB`, `201 KB`. */
const sizeOf = (bytes: number) =>
	bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;

/**
 * Every text value of the frontmatter, at any depth, that holds a character no output format
 * can carry, as a problem of its field (`contacts.0.name`).
 */
export function textValueProblems(
	file: string,
	data: unknown,
	path: string[] = [],
): ContentProblem[] {
	if (typeof data === 'string') {
		const field = path.join('.');
		const message = formatProblem(field, data);
		return message ? [{ file, field, message }] : [];
	}
	if (typeof data !== 'object' || data === null) return [];
	return Object.entries(data).flatMap(([key, value]) =>
		textValueProblems(file, value, [...path, key]),
	);
}

/** A Markdown line read as a heading with no text: `#` alone, also in a list item or a quote. */
const emptyHeading =
	/^ {0,3}(?:(?:>|[-+*][ \t]|\d{1,9}[.)][ \t])[ \t]*)*#{1,6}(?:[ \t]+#*)?[ \t]*$/;

/** The sentence for the first character of a line no format can carry; undefined when none. */
function characterLine(text: string, line: number): string | undefined {
	const found = findCharacter(text, breaksFormats);
	return found && `Line ${line} holds ${found.what} at column ${found.position}: ${retypeHint}.`;
}

/**
 * The sentence for a line of Markdown text (`where`: "Line 12") that writes a character reference to a character no
 * format can carry (`&#1;`, which Markdown publishes as "�"), or that is a heading with no text
 * (an invalid page); undefined when it is neither.
 */
function markdownLine(text: string, where: string): string | undefined {
	const [written] = badReferences(text);
	if (written)
		return `${where} writes ${written.reference}, which stands for ${written.what}: delete it.`;
	if (emptyHeading.test(text))
		return `${where} is a heading with no text (a # with nothing after it): write the heading after the #, or delete the line.`;
	return undefined;
}

/**
 * The sentence for the first problem of a Markdown field (`notesToEditors`) that `markdownLine`
 * finds, naming the line of the field; undefined when there is none.
 */
export function markdownFieldProblem(field: string, value: string): string | undefined {
	for (const [i, line] of markdownText(value).entries()) {
		const problem = markdownLine(line, `Line ${i + 1} of ${field}`);
		if (problem) return problem;
	}
	return undefined;
}

/**
 * The lines of Markdown text as Markdown reads them: HTML comments blanked and the lines of
 * fenced code blocks (``` or ~~~, fences included) empty, each line where it was.
 */
function markdownText(body: string): string[] {
	const blanked = body.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
	let fence: string | undefined;
	return blanked.split(/\r?\n/).map((line) => {
		const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
		if (fence === undefined) {
			if (marker === undefined) return line;
			fence = marker;
		} else if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length)
			fence = undefined;
		return '';
	});
}

/**
 * The problems of `lines` (the first being line `firstLine` of the file), one per line at most,
 * from `check`: the first lines named one by one, then one more counting the rest, so that a
 * text pasted with a stray character on every line gives four lines to read, not thousands.
 */
function lineProblems(
	file: string,
	lines: string[],
	firstLine: number,
	check: (text: string, line: number, i: number) => string | undefined,
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	lines.forEach((text, i) => {
		const message = check(text, firstLine + i, i);
		if (message) problems.push({ file, line: firstLine + i, message });
	});
	if (problems.length <= namedLines + 1) return problems;
	const from = problems[namedLines]?.line ?? 0;
	return [
		...problems.slice(0, namedLines),
		{
			file,
			line: from,
			message: `${problems.length - namedLines} more lines, from line ${from}, have the same kind of problem: fix them as the lines above say.`,
		},
	];
}

/**
 * The lines of the frontmatter (`lines`, the first being line `firstLine` of the file) that hold
 * a character no format can carry outside any value: in a comment or a field's name.
 */
export const frontmatterLineProblems = (file: string, lines: string[], firstLine: number) =>
	lineProblems(file, lines, firstLine, characterLine);

/**
 * The problems of the text after the frontmatter (`body`, whose first line is line `firstLine` of
 * the file): over the size limit, or holding, as itself or as a character reference (`&#1;`), a
 * character no format can carry. A carriage return ending a line (Windows) is a line end.
 */
export function bodyTextProblems(file: string, body: string, firstLine: number): ContentProblem[] {
	const bytes = Buffer.byteLength(body, 'utf8');
	if (bytes > maxBodyBytes) {
		return [
			{
				file,
				message: `The text is ${sizeOf(bytes)} long, more than the ${sizeOf(maxBodyBytes)} (about 30,000 words) a release or page may hold: shorten it, or publish a long document as a file of its own and link to it.`,
			},
		];
	}
	const markdown = markdownText(body);
	return lineProblems(
		file,
		body.split(/\r?\n/),
		firstLine,
		(text, line, i) => characterLine(text, line) ?? markdownLine(markdown[i] ?? '', `Line ${line}`),
	);
}
