// The text fields of the frontmatter (a title, a name, a note…): one rule for all of them, so that
// every text is published the same way. A text is read as Unicode NFC (an "é" typed as "e" and an
// accent is the same "é" as one typed at once, in URLs, search and comparisons); a text that shows
// nothing (zero-width characters only) is empty; a character no output format can carry is
// refused (characters.ts), and so are a line break in a one-line field and, where the field asks,
// a direction control.
import { z } from 'astro/zod';
import {
	breaksFormats,
	characterMessage,
	directionControl,
	findCharacter,
	invisibleOnly,
	lineBreak,
	retypeHint,
} from './characters';
import { markdownFieldProblem } from './file-text';

/** What a text field allows beyond one line of visible text. */
export interface TextRules {
	/** `many`: the text may run over several lines (line breaks and tabs kept). */
	lines?: 'one' | 'many';
	/** Refuses direction controls: titles and names, whose display must read as they are written. */
	direction?: boolean;
	/**
	 * Markdown: a character reference to a character no format can carry (`&#1;`, which Markdown
	 * would publish as "�") and a heading with no text (an invalid page) are refused.
	 */
	markdown?: boolean;
}

/** How many characters of `text` come before its first one that is not white space. */
const leading = (text: string) => Array.from(text).length - Array.from(text.trimStart()).length;

/** The sentence for the first character of `value` that `rules` refuse; undefined when none. */
export function characterProblem(
	field: string,
	value: string,
	rules: TextRules = {},
): string | undefined {
	const format = findCharacter(value, breaksFormats);
	if (format) return characterMessage(field, format);
	const broken = rules.lines === 'many' ? undefined : findCharacter(value.trim(), lineBreak);
	if (broken) {
		const position = broken.position + leading(value);
		return `${field} is one line of text, but holds ${broken.what} at position ${position}: put a space in its place.`;
	}
	const markdown = rules.markdown ? markdownFieldProblem(field, value) : undefined;
	if (markdown) return markdown;
	const direction = rules.direction ? findCharacter(value, directionControl) : undefined;
	if (direction) {
		return `${field} holds ${direction.what} at position ${direction.position}, which can make the text show in another order than it is written: ${retypeHint}.`;
	}
	return undefined;
}

/**
 * The sentence for a text that shows nothing: `blank` for one with nothing in it, and one naming
 * its invisible characters, which the editor cannot see, ending with `fix`; undefined when the
 * text shows something.
 */
function emptiness(field: string, value: string, blank: string, fix: string): string | undefined {
	const codes = invisibleOnly(value);
	if (codes === undefined) return undefined;
	return codes === ''
		? blank
		: `${field} is empty: it holds only invisible characters (${codes}). ${fix}`;
}

/** A text field that checks its value with `problem`, then trims it and reads it as NFC. */
const checkedText = (
	typeError: (input: unknown) => string,
	problem: (value: string) => string | undefined,
) =>
	z.string({ error: (issue) => typeError(issue.input) }).transform((value, context) => {
		const message = problem(value);
		if (message === undefined) return value.trim().normalize('NFC');
		context.addIssue({ code: 'custom', message });
		return z.NEVER;
	});

/**
 * A text that must be present and show something; `example` is a line written right.
 * @example text('title', 'title: IOM helps', { direction: true })
 */
export const text = (field: string, example: string, rules: TextRules = {}) =>
	checkedText(
		(input) =>
			input === undefined
				? `${field} is missing. Add a line like: ${example}`
				: `${field} must be text. Write it like: ${example}`,
		(value) =>
			characterProblem(field, value, rules) ??
			emptiness(
				field,
				value,
				`${field} is empty. Write it like: ${example}`,
				`Write it like: ${example}`,
			),
	);

/**
 * A text that may be left out, but not written empty: `what` names what to write then (by
 * default, "it"), and `mustBe` says what to write instead of a value of another type.
 */
export const optionalText = (
	field: string,
	rules: TextRules = {},
	{ what = 'it', mustBe = `${field} must be text, in quotes if need be.` } = {},
) =>
	checkedText(
		() => mustBe,
		(value) =>
			characterProblem(field, value, rules) ??
			emptiness(
				field,
				value,
				`${field} is empty: write ${what}, or delete the line.`,
				`Write ${what}, or delete the line.`,
			),
	).optional();
