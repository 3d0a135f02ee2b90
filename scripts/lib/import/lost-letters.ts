// Letters an old page lost on its way out of the old site: the œ of French words, dropped
// ("uvrant" for "œuvrant", "cur" for "cœur"), and characters it could not read (�, "c?ur",
// "(œ)uvre"). Found and listed for the editor, never corrected here: a guess could be wrong.
import type { Locale } from '../../../src/i18n/locales';

/** A word that seems to have lost a letter, and what it may have been. */
export interface LostLetter {
	word: string;
	/** The text on either side of the word. */
	context: string;
	/** The word it may have been, when the loss is a known one. */
	guess?: string;
}

/** Beginnings of French words written with œ: no French word begins like them without it. */
const oeStems = ['œuvr', 'manœuvr', 'désœuvr', 'œsophag', 'œcuméni', 'œnolog', 'œillet'];
/** Whole French words written with œ whose loss leaves no other word ("sœur" would: "sur"). */
const oeWords = ['cœur', 'cœurs', 'rancœur', 'chœur', 'chœurs', 'vœux', 'nœud', 'nœuds'];
oeWords.push('bœuf', 'bœufs', 'œuf', 'œufs', 'œdème', 'œdèmes', 'œillère', 'œillères', 'fœtus');

const lost = (word: string) => word.replace('œ', '');

/** What a French word may have been before its œ was lost; undefined when it reads as a word. */
function withOe(word: string): string | undefined {
	const lower = word.toLocaleLowerCase('fr');
	const whole = oeWords.find((w) => lost(w) === lower);
	if (whole) return whole;
	const stem = oeStems.find((s) => lower.startsWith(lost(s)));
	return stem ? stem + lower.slice(lost(stem).length) : undefined;
}

/** Characters standing for one that could not be read: �, a `?` between letters, `(œ)`. */
const unreadable = /\uFFFD|\p{L}\?\p{L}|^\(\p{L}{0,2}\)\p{L}/u;

/** The words of a text, with the parentheses and `?` that may stand for a lost letter. */
const words = /[^\s'’«»"“”.,;:!¡¿[\]-]+/gu;

/** The words around `at` in `text`: up to four on each side, with … where the text goes on. */
function around(text: string, at: number, length: number): string {
	const before = text.slice(0, at).split(/\s+/);
	const after = text.slice(at + length).split(/\s+/);
	const open = before.length > 5 ? '…' : '';
	const close = after.length > 5 ? '…' : '';
	const middle = text.slice(at, at + length);
	return `${open}${before.slice(-5).join(' ')}${middle}${after.slice(0, 5).join(' ')}${close}`;
}

/** A token of the text without the parentheses around it, unless they mark a lost letter. */
function bare(token: string): string {
	const word = token.replace(/\)+$/, '');
	return /^\(\p{L}{0,2}\)\p{L}/u.test(word) ? word : word.replace(/^\(+/, '');
}

/**
 * The words of `text` that seem to have lost a letter, in order: in every language the marks of
 * a character that could not be read, and in French the words that lost their œ.
 * @example lostLetters("membres d'ONG uvrant avec les victimes", 'fr')[0]?.guess // => 'œuvrant'
 */
export function lostLetters(text: string, lang: Locale): LostLetter[] {
	const found: LostLetter[] = [];
	for (const match of text.matchAll(words)) {
		const token = match[0];
		if (/[/@=]/.test(token)) continue; // an address: its ? and = are no loss
		const word = bare(token);
		const marked = unreadable.test(word);
		const guess = !marked && lang === 'fr' && /^\p{L}+$/u.test(word) ? withOe(word) : undefined;
		if (!marked && !guess) continue;
		const context = around(text, match.index + token.indexOf(word), word.length);
		found.push({ word, context, ...(guess ? { guess } : {}) });
	}
	return found;
}

/** The to-do line for a word that lost a letter, found on `line` of the draft (when known). */
export function lostLetterTodo({ word, context, guess }: LostLetter, line?: number): string {
	const where = line ? ` (line ${line})` : '';
	const what = guess
		? `looks like "${guess}" with its œ lost`
		: 'holds a character the old site could not read';
	return `lost letter: "${word}" in "${context}"${where} ${what}: restore it from the original page`;
}

/**
 * The line (from 1) of `lines` where `word` stands as a whole word, searching from line `from`;
 * undefined when no line has it.
 */
export function lineOf(lines: string[], word: string, from = 1): number | undefined {
	const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
	for (let i = Math.max(from, 1) - 1; i < lines.length; i++) {
		const line = lines[i] ?? '';
		for (let at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + 1)) {
			if (!isLetter(line[at - 1]) && !isLetter(line[at + word.length])) return i + 1;
		}
	}
	return undefined;
}
