// Press contacts as cards to save (vCard, RFC 6350): one file per contact and language, however
// many releases name the contact; a release page links each of its contacts to its card.
import { slugify } from '../i18n/format';
import { locales, type Locale } from '../i18n/locales';
import { url } from '../i18n/routes';
import type { Contact, PublishedGroup } from './releases';

/** One contact's card in one language: the office is written in that language. */
export type ContactCard = {
	locale: Locale;
	url: string;
	contact: Contact;
};

/** The longest slug of a card's file name, made from the person's name. */
const maxCardSlug = 60;

/** What identifies a person across releases and languages. */
const identity = (c: Contact) => JSON.stringify([c.name, c.email ?? '', c.phone ?? '']);

/**
 * Every contact card of the site, and the card URL of each contact of a release in a locale.
 * A person named by several releases gets one card, with the office of the newest of them.
 */
export function contactCards(groups: PublishedGroup[]) {
	const cards = new Map<string, ContactCard>();
	const slugs = new Map<string, string>();
	for (const locale of locales) {
		const used = new Set<string>();
		for (const group of groups) {
			for (const contact of group.translations[locale]?.entry.data.contacts ?? []) {
				const key = `${locale}\0${identity(contact)}`;
				if (cards.has(key)) continue;
				const base =
					slugs.get(identity(contact)) ?? (slugify(contact.name, maxCardSlug) || 'contact');
				let slug = base;
				for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
				used.add(slug);
				slugs.set(identity(contact), base);
				cards.set(key, { locale, url: url('vcard', locale, { contact: slug }), contact });
			}
		}
	}
	return {
		cards: [...cards.values()],
		/** The card URL of a contact of a release published in `locale`. */
		cardOf: (locale: Locale, contact: Contact) => cards.get(`${locale}\0${identity(contact)}`)?.url,
	};
}

/**
 * Any character a vCard value cannot hold (RFC 6350 §3.3, VALUE-CHAR): controls but the tab,
 * and halves of surrogate pairs. The content model refuses them; a card never carries one.
 */
const notVcard = /[^\t\u0020-\u007E\u00A0-\uD7FF\uE000-\u{10FFFF}]/gu;

/**
 * Escapes a vCard text value (RFC 6350 §3.4): backslash and comma, each line break, a lone
 * carriage return included, as `\n`, so that no value can start a new line, and the semicolon
 * in a field of a compound property (N, ORG), where it separates fields. Elsewhere (FN) the
 * RFC leaves escaping it optional, and readers such as ical.js then keep the backslash.
 * @example escape('a;b\r\nc', true) // => 'a\\;b\\nc'
 */
const escape = (value: string, compound = false) =>
	value
		.replace(compound ? /[\\,;]/g : /[\\,]/g, '\\$&')
		.replace(/\r\n|\r|\n/g, '\\n')
		.replace(notVcard, '');

/** Folds a content line at 75 octets, continuation lines starting with a space (RFC 6350 §3.2). */
function fold(line: string): string {
	const bytes = Buffer.from(line, 'utf8');
	if (bytes.length <= 75) return line;
	const parts: string[] = [];
	let start = 0;
	while (start < bytes.length) {
		let end = Math.min(start + (start === 0 ? 75 : 74), bytes.length);
		// Never cut a UTF-8 character in two.
		while (end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end--;
		parts.push(bytes.subarray(start, end).toString('utf8'));
		start = end;
	}
	return parts.join('\r\n ');
}

/**
 * A contact as a vCard 4.0 (RFC 6350), UTF-8, lines ending in CRLF: full name, name, office as
 * organisation unit of `org`, email and phone.
 * @example vcard({ name: 'Ana Pérez', email: 'ana@iom.int' }, 'IOM').split('\r\n')[2] // => 'FN:Ana Pérez'
 */
export function vcard(contact: Contact, org: string): string {
	const words = contact.name.trim().split(/\s+/);
	const family = words.length > 1 ? (words.at(-1) ?? '') : '';
	const given = words.length > 1 ? words.slice(0, -1).join(' ') : (words[0] ?? '');
	const lines = [
		'BEGIN:VCARD',
		'VERSION:4.0',
		`FN:${escape(contact.name)}`,
		`N:${escape(family, true)};${escape(given, true)};;;`,
		`ORG:${escape(org, true)}${contact.office ? `;${escape(contact.office, true)}` : ''}`,
		...(contact.email ? [`EMAIL;TYPE=work:${escape(contact.email)}`] : []),
		...(contact.phone
			? [`TEL;VALUE=uri;TYPE="work,voice":tel:${contact.phone.replace(/[^\d+]/g, '')}`]
			: []),
		'END:VCARD',
	];
	return `${lines.map(fold).join('\r\n')}\r\n`;
}
