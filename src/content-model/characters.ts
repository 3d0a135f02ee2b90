// The characters a content file may not hold, and how an editor is told: one rule for every text
// of the frontmatter and for the body. Refused everywhere: control characters (a tab and a line
// break aside), non-characters and half surrogate pairs, which no output format can carry (an
// XML feed with one is rejected whole by feed readers; a vCard reader takes a stray carriage
// return for a new line). Refused where a field says so: line breaks and tabs in one-line fields,
// and direction controls, which make a title show other than it reads ("exe.png" as "gnp.exe").
// Word documents pasted into an editor bring such characters in; they are invisible, so every
// message says which one, where, and how to get rid of it.

/** A character of a text that a rule refuses: what it is, in words, and where it is. */
export interface FoundCharacter {
	/** What the character is, for a sentence: "an invisible control character (U+0001)". */
	what: string;
	/** Its position in the text, counted in characters from 1. */
	position: number;
}

/** How to get rid of an invisible character, for every message about one. */
export const retypeHint =
	'retype the text around it, or paste the text again as plain text (Ctrl+Shift+V)';

/** `U+0001`: a code point as Unicode writes it. */
const codeOf = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** The direction controls refused in titles, slugs and names, with their Unicode names. */
const directionControls: Record<number, string> = {
	0x202a: 'left-to-right embedding',
	0x202b: 'right-to-left embedding',
	0x202c: 'pop directional formatting',
	0x202d: 'left-to-right override',
	0x202e: 'right-to-left override',
	0x2066: 'left-to-right isolate',
	0x2067: 'right-to-left isolate',
	0x2068: 'first strong isolate',
	0x2069: 'pop directional isolate',
};

/** Whether a code point is one Unicode reserves as never a character (U+FFFE, U+FDD0…). */
const isNoncharacter = (code: number) =>
	(code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe;

/**
 * What a character is, in words, when no output format can carry it; undefined for every other
 * character. A tab and a line break are left to the fields (`lineBreak`).
 * @example breaksFormats(0x01) // => 'an invisible control character (U+0001)'
 */
export function breaksFormats(code: number): string | undefined {
	if (code === 0x09 || code === 0x0a) return undefined;
	if (code === 0x0d) return `a stray carriage return (${codeOf(code)})`;
	if (code <= 0x1f || (code >= 0x7f && code <= 0x9f))
		return `an invisible control character (${codeOf(code)})`;
	if (code >= 0xd800 && code <= 0xdfff)
		return `a broken character (${codeOf(code)}, half of a pair)`;
	if (isNoncharacter(code)) return `a code that is not a character (${codeOf(code)})`;
	return undefined;
}

/** A tab or a line break, in words, for one-line fields; undefined for any other character. */
export function lineBreak(code: number): string | undefined {
	if (code === 0x09) return `a tab (${codeOf(code)})`;
	if (code === 0x0a) return `a line break (${codeOf(code)})`;
	return undefined;
}

/** A direction control, in words; undefined for any other character. */
export function directionControl(code: number): string | undefined {
	const name = directionControls[code];
	return name && `an invisible direction control (${codeOf(code)}, ${name})`;
}

/**
 * The first character of `text` that `rule` refuses, with its position; lone surrogates come
 * out as one code point each, as `for…of` reads them.
 */
export function findCharacter(
	text: string,
	rule: (code: number) => string | undefined,
): FoundCharacter | undefined {
	let position = 0;
	for (const character of text) {
		position++;
		const what = rule(character.codePointAt(0) ?? 0);
		if (what) return { what, position };
	}
	return undefined;
}

/** Characters nobody sees: white space, zero-width characters, joiners, BOM, soft hyphen… */
const invisible = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}]*$/u;

/**
 * The invisible characters of a text that holds nothing else (`""` counts as empty too), for
 * a message; undefined when the text shows something.
 * @example invisibleOnly('\u200b') // => 'U+200B'
 */
export function invisibleOnly(text: string): string | undefined {
	if (!invisible.test(text)) return undefined;
	const codes = [...new Set(Array.from(text.trim(), (c) => codeOf(c.codePointAt(0) ?? 0)))];
	return codes.join(', ');
}

/** The sentence for a character no output format can carry, in a field. */
export const characterMessage = (field: string, found: FoundCharacter) =>
	`${field} holds ${found.what} at position ${found.position}: ${retypeHint}.`;

/**
 * The sentence for the first character of a field's text that no output format can carry;
 * undefined when there is none.
 * @example formatProblem('title', 'A\u0001') // => 'title holds an invisible control character (U+0001) at position 2: retype…'
 */
export function formatProblem(field: string, text: string): string | undefined {
	const found = findCharacter(text, breaksFormats);
	return found && characterMessage(field, found);
}

/**
 * The numeric character references of Markdown (`&#1;`, `&#xFFFE;`) that stand for a character
 * no output format can carry: Markdown turns them into that character.
 */
export function badReferences(text: string): { reference: string; what: string }[] {
	const found: { reference: string; what: string }[] = [];
	for (const [reference, decimal, hex] of text.matchAll(
		/&#(?:(\d{1,7})|[xX]([\da-fA-F]{1,6}));/g,
	)) {
		const what = breaksFormats(decimal ? Number(decimal) : parseInt(hex ?? '', 16));
		if (what) found.push({ reference, what });
	}
	return found;
}

/**
 * A value as a message quotes it: line breaks and tabs written `\n` and `\t`, so that the
 * message stays on its one line of the build's list of problems.
 * @example shownText('a\nb') // => 'a\\nb'
 */
export const shownText = (value: string) =>
	value.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
