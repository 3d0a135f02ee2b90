import Typograf from 'typograf';
import type { Locale } from './locales';

const NBSP = '\u00A0';
/** Narrow no-break space: French puts it before ; ! ? and inside « ». */
const NNBSP = '\u202F';
/** Any space an editor may have typed before punctuation (plain, no-break or narrow). */
const anySpace = `[ ${NBSP}${NNBSP}]`;

// French rules Typograf does not have: the spaces of high punctuation and numbers. They run
// while Typograf hides tags, URLs and code behind \uF000…\uF000 markers, so they never touch those.
Typograf.addRules([
	{
		name: 'fr/nbsp/highPunctuation',
		index: 2000,
		handler: (text) =>
			text
				// "mot ; ", "mot!" → narrow no-break space before ; ! ? (not between "?!")
				.replace(
					new RegExp(
						`([^\\s${NBSP}${NNBSP};!?:])${anySpace}?([;!?]+)(?=\\s|$|[»)\\]<\\uF000])`,
						'gu',
					),
					`$1${NNBSP}$2`,
				)
				// "mot : " → no-break space before a colon that ends a clause (not 10:30 or https:)
				.replace(
					new RegExp(`([^\\s${NBSP}${NNBSP};!?:])${anySpace}?:(?=\\s|$)`, 'gu'),
					`$1${NBSP}:`,
				),
	},
	{
		name: 'fr/nbsp/numbers',
		index: 2000,
		handler: (text) =>
			text
				// "1 000", "12 345 678": thousands separated by a narrow no-break space
				.replace(/\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?!\d)/g, (n) => n.replace(/[ \u00A0]/g, NNBSP))
				// "65 victimes", "15 %": a number never ends a line apart from what it counts
				.replace(/(\d) (?=[\p{L}%€$])/gu, `$1${NBSP}`)
				.replace(/(\d)[ \u00A0](?=[%‰])/g, `$1${NNBSP}`),
	},
	{
		name: 'common/dash/spaced',
		index: 2000,
		// "word - word" or "word -- word" → a spaced en dash
		handler: (text) => text.replace(/(\S) (?:-{1,2}|—) (?=\S)/g, '$1 – '),
	},
]);

/** The rules applied, whatever the language: quotes, apostrophes, ellipsis, dashes. */
const common = [
	'common/punctuation/quote',
	'common/punctuation/apostrophe',
	'common/punctuation/hellip',
	'common/dash/spaced',
];
const rules: Record<Locale, string[]> = {
	en: common,
	es: common,
	fr: [...common, 'fr/nbsp/highPunctuation', 'fr/nbsp/numbers'],
};
const typografLocale: Record<Locale, string> = { en: 'en-GB', fr: 'fr', es: 'es' };

const engines = new Map<Locale, Typograf>();

function engine(locale: Locale): Typograf {
	let tp = engines.get(locale);
	if (!tp) {
		const allowed = new Set(rules[locale]);
		tp = new Typograf({
			locale: [typografLocale[locale]],
			htmlEntity: { type: 'default', onlyInvisible: false },
			ruleFilter: (rule) => allowed.has(rule.name),
		});
		// Double quotes first in English, as the organisation writes them.
		tp.setSetting('common/punctuation/quote', 'en-GB', { left: '“‘', right: '”’' });
		engines.set(locale, tp);
	}
	return tp;
}

/**
 * Sets an HTML fragment in the typography of a language: curly quotes and apostrophes, ellipses
 * and dashes everywhere; in French, « guillemets » and the no-break spaces before ; ! ? : and in
 * numbers. Tags, attributes, URLs, e-mail addresses and `<code>`/`<pre>` are left as they are.
 * @example typeset('Il a dit "oui" !', 'fr') // => 'Il a dit « oui » !' (with no-break spaces)
 */
export function typeset(html: string, locale: Locale): string {
	// Typograf decodes entities: an escaped "<" would come back as a tag, "&amp;" as a bare "&".
	// Both are hidden behind private-use characters for the run and restored as entities after.
	const hidden = html
		.replace(/&(?:lt|#x0*3c|#0*60);/gi, '\uE001')
		.replace(/&(?:amp|#x0*26|#0*38);/gi, '\uE002');
	// A straight quote between a letter and an inline tag is an apostrophe
	// («par l’<em>Escuela</em>»): Typograf cannot see the word it belongs to.
	return engine(locale)
		.execute(
			hidden.replace(/<code\b[\s\S]*?<\/code>|<[^>]*>|(\p{L})'(?=<)/gu, (match, letter?: string) =>
				letter ? `${letter}’` : match,
			),
		)
		.replace(/\uE001/g, '&#x3C;')
		.replace(/\uE002/g, '&#x26;');
}

/**
 * `typeset` for plain text (a text node, not HTML): the same rules, without escaping the text
 * to HTML and parsing the result back. "<" and "&" are hidden from Typograf as in `typeset`.
 * @example typesetText('a < b "c"', 'en') // => 'a < b “c”'
 */
export function typesetText(text: string, locale: Locale): string {
	return engine(locale)
		.execute(text.replace(/</g, '\uE001').replace(/&/g, '\uE002'))
		.replace(/\uE001/g, '<')
		.replace(/\uE002/g, '&');
}
