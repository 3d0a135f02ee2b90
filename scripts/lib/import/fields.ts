// What the importer reads off an old page besides its text: the language, the countries named,
// the dateline and the press contacts. Pure functions, unit-tested on the seed's shapes.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { countryName, isCountryCode } from '../../../src/i18n/format';
import { locales, type Locale } from '../../../src/i18n/locales';

/** Frequent short words of each language, for telling them apart. */
const stopwords: Record<Locale, string[]> = {
	en: ['the', 'and', 'of', 'to', 'in', 'is', 'for', 'with', 'has', 'was', 'who', 'their'],
	fr: ['le', 'la', 'les', 'des', 'et', 'du', 'une', 'est', 'pour', 'dans', 'qui', 'avec'],
	es: ['el', 'los', 'las', 'del', 'y', 'una', 'es', 'para', 'con', 'que', 'por', 'su'],
};

/**
 * The language of a text, by its most frequent short words; `undefined` when no language
 * stands out (too little text).
 * @example detectLanguage('Les victimes de la traite et les familles') // => 'fr'
 */
export function detectLanguage(text: string): Locale | undefined {
	const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
	const scores = locales.map((l) => {
		const set = new Set(stopwords[l]);
		return { l, score: words.filter((w) => set.has(w)).length };
	});
	scores.sort((a, b) => b.score - a.score);
	const [first, second] = scores;
	if (!first || first.score < 3 || first.score < (second?.score ?? 0) * 1.5) return undefined;
	return first.l;
}

/** Every ISO 3166-1 code `Intl` can name. */
const allCountries = (() => {
	const codes: string[] = [];
	for (let a = 65; a <= 90; a++)
		for (let b = 65; b <= 90; b++) {
			const code = String.fromCharCode(a, b);
			if (isCountryCode(code)) codes.push(code);
		}
	return codes;
})();

/**
 * The countries a text names, in its language, in the order it first names them (whole words,
 * as written with their capital).
 * @example countriesNamed('IOM in Guatemala and Honduras', 'en') // => ['GT', 'HN']
 */
export function countriesNamed(text: string, locale: Locale): string[] {
	const found: { code: string; at: number }[] = [];
	for (const code of allCountries) {
		const name = countryName(code, locale);
		const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		const match = new RegExp(`(?<![\\p{L}-])${escaped}(?![\\p{L}-])`, 'u').exec(text);
		if (match) found.push({ code, at: match.index });
	}
	return found.sort((a, b) => a.at - b.at).map((f) => f.code);
}

/** The heading of the contacts block, in each language of the old site. */
export const contactsHeading =
	/^\s*(for more information|for further information|pour plus d['’]informations?|pour de plus amples informations|para más información|para mayor información)\b/i;

/**
 * A dateline opening a paragraph, as the old site wrote it ("Geneva – The …"): the place and
 * the rest of the paragraph.
 * @example splitDateline('Geneva – IOM opened a shelter.') // => { place: 'Geneva', rest: 'IOM opened a shelter.' }
 */
export function splitDateline(paragraph: string): { place: string; rest: string } | undefined {
	const match =
		/^([\p{Lu}][\p{L} .'’-]{1,40}?)\s*(?:,\s*\d{1,2}\s+\p{L}+\s+\d{4}\s*)?[–—]\s+(\S[\s\S]*)$/u.exec(
			paragraph,
		);
	const place = match?.[1]?.trim();
	if (!place || !match?.[2]) return undefined;
	// A place name: capitalized words, with the small words of names between them.
	const words = place.split(/\s+/);
	const isName = words.every((w) => /^\p{Lu}/u.test(w) || placeWords.has(w.toLowerCase()));
	return isName && words.length <= 5 ? { place, rest: match[2] } : undefined;
}

/** The small words inside place names: Ciudad de Guatemala, Saint-Louis du Sénégal… */
const placeWords = new Set([
	'de',
	'del',
	'la',
	'las',
	'los',
	'el',
	'of',
	'the',
	'du',
	'des',
	'y',
	'et',
	'and',
	'upon',
	'on',
]);

/** Email addresses in a text, also inside a broken `"mailto:…">` fragment. */
const emailPattern = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** A phone label in the three languages: Tel, Tél., Phone, Teléfono, Mobile, Móvil, Cell… */
const phoneLine =
	/^(?:tel|tél|tel[eé]phone|t[eé]l[eé]fono|phone|mobile|m[oó]vil|portable|cell|celular)\.?\s*:?\s*(\+?[\d\s.()/-]{6,})/i;
const emailLabel = /^(?:e-?mail|courriel|correo(?: electrónico)?)\s*:?\s*/i;

/**
 * A phone number in international form ("+502 2314 0041"), when it is one: the old site wrote
 * them with dots and any grouping ("+502.23.14.00.41").
 */
export function internationalPhone(raw: string): string | undefined {
	const phone = parsePhoneNumberFromString(raw.replace(/[.()/]/g, ' ').trim());
	return phone?.isValid() ? phone.formatInternational() : undefined;
}

/** A contact as an old page lists it: name, office, email, phone. */
export interface ParsedContact {
	name: string;
	office?: string;
	email?: string;
	phone?: string;
}

/** What the contacts block held: the contacts, and lines it could not place. */
export interface ContactsRead {
	contacts: ParsedContact[];
	unread: string[];
}

/**
 * The contacts of a "For more information, please contact:" block, one line per item (name,
 * office, phone, email). A new name after a contact's phone or email starts the next contact.
 */
export function readContacts(lines: string[]): ContactsRead {
	const contacts: ParsedContact[] = [];
	const unread: string[] = [];
	let current: ParsedContact | undefined;
	const reached = () => current?.email !== undefined || current?.phone !== undefined;
	for (const raw of lines) {
		const line = raw.replace(/\s+/g, ' ').trim();
		if (!line || contactsHeading.test(line)) continue;
		const emails = line.match(emailPattern);
		const phone = phoneLine.exec(line)?.[1];
		// "Fax: …", "Twitter: …": a labelled line the importer has no field for.
		const labelled = /^[\p{L} -]{2,20}:/u.test(line) && !emailLabel.test(line);
		if (phone) {
			const formatted = internationalPhone(phone);
			if (current && formatted) current.phone = formatted;
			else unread.push(line);
		} else if (emails?.[0]) {
			if (current) current.email = emails[0];
			else unread.push(line);
		} else if (emailLabel.test(line) && line.replace(emailLabel, '') === '') {
			// "E-mail:" alone: the address follows on the next line.
		} else if (labelled) {
			unread.push(line);
		} else if (!current || reached()) {
			current = { name: line };
			contacts.push(current);
		} else if (!current.office) {
			current.office = line;
		} else {
			unread.push(line);
		}
	}
	const reachable = contacts.filter((c) => c.email ?? c.phone);
	for (const c of contacts.filter((c) => !reachable.includes(c)))
		unread.push([c.name, c.office].filter(Boolean).join(', '));
	return { contacts: reachable, unread };
}

/**
 * Text without the broken remains of a link the old site's export left in it
 * (`"mailto:a@b.org">a@b.org` becomes `a@b.org`).
 * @example withoutLinkDebris('Write to "mailto:a@b.org">a@b.org') // => 'Write to a@b.org'
 */
export function withoutLinkDebris(text: string): string {
	return text.replace(/"?(?:mailto:|https?:\/\/)[^"\s>]*"\s*>/g, '');
}
