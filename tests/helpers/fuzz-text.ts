// The text the fuzz test (tests/build/fuzz.test.ts) writes into every text field of releases,
// contacts and events: what editors paste, what breaks formats, what shows nothing, very long
// values; and the text a page must show for it.
import fc from 'fast-check';
import type { Locale } from '../../src/i18n/locales';
import { typesetText } from '../../src/i18n/typography';

const oddButFine = [
	...['"', "'", '\\', ': ', ' #', '- ', '&', '&amp;', '&#1;', '<', '>', ']]>', '</script>'],
	...['<!--', '{{', '[x]', '*', '|', '%', '`', 'e\u0301', 'ﬁ', '😀', '👩‍👩‍👧', '\u2028'],
	...['\u200E', '\u200F', 'a\u200Db', '\u00A0', '…', '...', ' -- ', 'İ', 'ß', 'مرحبا', 'שלום'],
	// What iCalendar escapes or folds on: `;`, `,`, a backslash before `n`.
	...[';', ',', '\\n', 'DESCRIPTION:', 'END:VEVENT'],
];
const breaking = [
	...['\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F', '\u007F', '\u0085'],
	...['\u009F', '\r', '\r\n', '\n', '\t', '\uFFFE', '\uFFFF', '\uFDD0', '\u{1FFFE}', '\uD800'],
	...['\uDC00', '\u202A', '\u202E', '\u2066', '\u2069'],
];
const invisibles = ['\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD', '\u2060', ' ', '\t', '\n'];

const word = fc.constantFrom('IOM', 'shelter', 'migrants', 'Genève', 'año', 'réfugiés', '2024');
const printable = fc
	.array(
		fc.oneof(
			{ weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }) },
			{ weight: 3, arbitrary: word },
			{ weight: 2, arbitrary: fc.constantFrom(...oddButFine) },
		),
		{ minLength: 1, maxLength: 8 },
	)
	.map((parts) => parts.join(' '));
const nasty = fc
	.array(
		fc.oneof(
			printable,
			fc.constantFrom(...breaking),
			fc.constantFrom(...invisibles),
			fc.string({ unit: 'binary', maxLength: 4 }),
		),
		{ minLength: 1, maxLength: 6 },
	)
	.map((parts) => parts.join(''));
const invisible = fc
	.array(fc.constantFrom(...invisibles), { minLength: 1, maxLength: 4 })
	.map((parts) => parts.join(''));
const long = fc
	.tuple(printable, fc.integer({ min: 50, max: 3000 }))
	.map(([text, n]) => Array<string>(n).fill(text).join(' '));

/** A field's text: mostly text a page can show, sometimes one that must be refused. */
export const field = fc.oneof(
	{ weight: 24, arbitrary: printable },
	{ weight: 1, arbitrary: nasty },
	{ weight: 1, arbitrary: invisible },
	{ weight: 1, arbitrary: long },
);

/** How a generated file writes its slug: its folder's name, none, or a text of its own. */
export const slugChoice = fc.oneof(
	{ weight: 8, arbitrary: fc.constant<'own' | 'none'>('own') },
	{ weight: 1, arbitrary: fc.constant<'own' | 'none'>('none') },
	{ weight: 1, arbitrary: field },
);

/** The `slug` line of a generated file in `folder`, as `slugChoice` chose it. */
export const slugField = (slug: string, folder: string) =>
	slug === 'own' ? { slug: folder } : slug === 'none' ? {} : { slug };

/** A text as a double-quoted YAML value, everything but `"` and `\` written as it is. */
export const rawQuoted = (text: string) => `"${text.replace(/[\\"]/g, '\\$&')}"`;

/** A text as a page shows it: in the language's typography, trimmed, as NFC. */
export const shown = (text: unknown, locale?: Locale) =>
	(locale ? typesetText(String(text), locale) : String(text)).trim().normalize('NFC');

/** White space as Pagefind and a reader see it: runs of it as one space. */
export const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A text as Pagefind keeps it in a record's content: white space collapsed, and zero-width
 * spaces (U+200B), which it drops, left out (seed 1352985754: a summary ending in U+200B U+00AD).
 */
export const indexed = (text: string) => collapsed(text.replaceAll('\u200b', ''));
