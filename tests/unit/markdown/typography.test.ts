import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { typeset, typesetText } from '../../../src/i18n/typography';

/** Shows the invisible spaces: ⍽ no-break, · narrow no-break. */
const show = (text: string) => text.replace(/\u00A0/g, '⍽').replace(/\u202F/g, '·');
const fr = (text: string) => show(typeset(text, 'fr'));

describe('French typography', () => {
	it('puts a narrow no-break space before ; ! ? and a no-break space before :', () => {
		expect(fr('Pourquoi ? Voici : la réponse ; enfin !')).toBe(
			'Pourquoi·? Voici⍽: la réponse·; enfin·!',
		);
	});

	it('adds the space where the editor left none, and keeps runs like ?! together', () => {
		expect(fr('Vraiment?! Oui; non: peut-être!')).toBe('Vraiment·?! Oui·; non⍽: peut-être·!');
	});

	it('normalizes punctuation that is already spaced, whatever the space', () => {
		expect(fr('Déjà\u00A0; fait\u202F! et ici\u00A0: là « bien »')).toBe(
			'Déjà·; fait·! et ici⍽: là «·bien·»',
		);
	});

	it('turns straight quotes into guillemets with narrow no-break spaces, across inline tags', () => {
		expect(fr('Il a dit "oui".')).toBe('Il a dit «·oui·».');
		expect(fr('<p>"<em>texte</em>" et «gras»</p>')).toBe('<p>«·<em>texte</em>·» et «·gras·»</p>');
	});

	it('keeps numbers whole: thousands and what they count', () => {
		expect(fr('65 victimes et 1 000 personnes, 12 345 678 euros, 1,5 %')).toBe(
			'65⍽victimes et 1·000⍽personnes, 12·345·678⍽euros, 1,5·%',
		);
	});

	it('never touches times, URLs, e-mail addresses, code or attributes', () => {
		const html =
			'<p>À 10:30, voir https://www.iom.int/fr?a=1;b=2 ou a@iom.int <code>a ; b : "c"</code> <a href="https://x.org/?q=1;2" title="a : b">lien</a></p>';
		expect(fr(html)).toBe(
			'<p>À 10:30, voir https://www.iom.int/fr?a=1;b=2 ou a@iom.int <code>a ; b : "c"</code> <a href="https://x.org/?q=1;2" title="a : b">lien</a></p>',
		);
	});

	it('keeps escaped markup escaped, so text can never turn into a tag', () => {
		expect(fr('<p>A &amp; B &lt;script&gt; ?</p>')).toBe('<p>A &#x26; B &#x3C;script&gt;·?</p>');
		expect(fr('A &#x26; B &#x3C;b>')).toBe('A &#x26; B &#x3C;b>');
	});

	it('writes an apostrophe at the end of a run, before an inline tag, but not in tags or code', () => {
		expect(typeset("par l'<em>Escuela</em>", 'fr')).toBe('par l’<em>Escuela</em>');
		expect(typeset('<a href="/l\'x/">l\'OIM</a>', 'fr')).toBe('<a href="/l\'x/">l’OIM</a>');
		expect(typeset("<code>don't</code>", 'en')).toBe("<code>don't</code>");
	});

	it('writes typographic apostrophes and ellipses', () => {
		expect(fr("L'OIM l'a fait...")).toBe('L’OIM l’a fait…');
	});
});

describe('English and Spanish typography', () => {
	it('curls quotes and apostrophes in English, double quotes first', () => {
		expect(typeset("IOM's \"shelter\" said 'no'", 'en')).toBe("IOM’s “shelter” said 'no'");
	});

	it('uses angle quotes in Spanish and keeps ¿ ¡ as they are', () => {
		expect(typeset('Dijo "hola". ¿Qué? ¡Sí!', 'es')).toBe('Dijo «hola». ¿Qué? ¡Sí!');
	});

	it('turns a spaced hyphen into a spaced en dash, but not hyphens in words, dates or ranges', () => {
		expect(typeset('a place - for all -- now', 'en')).toBe('a place – for all – now');
		expect(typeset('counter-trafficking on 2024-09-16, pages 10-20', 'en')).toBe(
			'counter-trafficking on 2024-09-16, pages 10-20',
		);
	});

	it('adds no French spaces to English or Spanish', () => {
		expect(show(typeset('Why? Because: this; and that!', 'en'))).toBe(
			'Why? Because: this; and that!',
		);
		expect(show(typeset('1 000 personas', 'es'))).toBe('1 000 personas');
	});
});

describe('plain text (a text node without markup)', () => {
	const texts = [
		'Il a dit "oui" : 1 000 migrants, 65 % !',
		'a < b && c > d; "<script>" stays text, and so does &amp;nbsp;',
		"L'OIM -- enfin... l'équipe ?!",
		'Line one "quoted"\nline two ; done',
	];

	it('is set exactly as the same text escaped to HTML, typeset and parsed back', () => {
		for (const locale of ['en', 'fr', 'es'] as const) {
			for (const text of texts) {
				const html = toHtml({ type: 'text', value: text });
				const viaHtml = toString(fromHtml(typeset(html, locale), { fragment: true }));
				expect(typesetText(text, locale)).toBe(viaHtml);
			}
		}
	});

	it('keeps "<" and "&" as characters, never as markup', () => {
		expect(typesetText('a <b> & "c"', 'en')).toBe('a <b> & “c”');
	});
});
