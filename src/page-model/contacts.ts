// The people the site shows (the media contacts directory, the contact box of a release), and
// their cards to save (vCard, RFC 6350): one file per person and language.
import { splitId } from '../content-model/ids';
import { isLocale, type Locale } from '../i18n/locales';
import type { RegionKey } from '../i18n/regions';
import { url } from '../i18n/routes';
import type { TopicKey } from '../i18n/topics';
import type { PersonEntry } from './people';
import type { PublishedGroup } from './releases';

/** What a vCard holds of a person. */
type CardFields = Pick<Person, 'name' | 'email' | 'phone' | 'role' | 'office'>;

/** A person as a page shows them in one language, with the URL of their card in it. */
export type Person = {
	/** The person's folder in content/contacts/: the id releases and events name them by. */
	id: string;
	locale: Locale;
	/** The vCard of the person in this language (the role and office are written in it). */
	url: string;
	name: string;
	email?: string | undefined;
	phone?: string | undefined;
	role?: string | undefined;
	office?: string | undefined;
	region: RegionKey;
	languages: string[];
	topics: TopicKey[];
};

/** The ids of the people that published releases name. */
export const namedBy = (groups: PublishedGroup[]): Set<string> =>
	new Set(
		groups.flatMap((group) =>
			Object.values(group.translations).flatMap((r) => r.entry.data.contacts),
		),
	);

/**
 * The people the site publishes, in each language they have a file in: those named by a
 * published release (`named`) and those marked `listed: true`. Nobody else is shown, so a person
 * named only by an embargoed release appears with it, not before. Sorted by name.
 */
export function publishedPeople(entries: PersonEntry[], named: Set<string>) {
	const people = entries
		.map((entry) => ({ entry, ...splitId(entry.id) }))
		.filter(({ folder, entry }) => entry.data.listed || named.has(folder))
		.filter((p): p is typeof p & { locale: Locale } => isLocale(p.locale))
		.map(({ entry: { data }, folder, locale }) => ({
			id: folder,
			locale,
			url: url('vcard', locale, { contact: folder }),
			name: data.name,
			email: data.email,
			phone: data.phone,
			role: data.role,
			office: data.office,
			region: data.region,
			languages: data.languages,
			topics: data.topics,
		}))
		.sort((a, b) => a.name.localeCompare(b.name, a.locale) || a.id.localeCompare(b.id));
	const byId = new Map(people.map((p) => [`${p.id}/${p.locale}`, p]));
	return {
		people,
		/** A person in a locale (the content checks make sure every named person has that file). */
		personOf: (id: string, locale: Locale) => byId.get(`${id}/${locale}`),
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

/**
 * Folds a content line at 75 octets, continuation lines starting with a space (RFC 6350 §3.2,
 * as RFC 5545 §3.1 for calendars).
 */
export function fold(line: string): string {
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
 * A person as a vCard 4.0 (RFC 6350), UTF-8, lines ending in CRLF: full name, name, office as
 * organisation unit of `org`, role as title, email and phone.
 * @example vcard({ name: 'Ana Pérez', email: 'ana@iom.int' }, 'IOM').split('\r\n')[2] // => 'FN:Ana Pérez'
 */
export function vcard(contact: CardFields, org: string): string {
	const words = contact.name.trim().split(/\s+/);
	const family = words.length > 1 ? (words.at(-1) ?? '') : '';
	const given = words.length > 1 ? words.slice(0, -1).join(' ') : (words[0] ?? '');
	const lines = [
		'BEGIN:VCARD',
		'VERSION:4.0',
		`FN:${escape(contact.name)}`,
		`N:${escape(family, true)};${escape(given, true)};;;`,
		`ORG:${escape(org, true)}${contact.office ? `;${escape(contact.office, true)}` : ''}`,
		...(contact.role ? [`TITLE:${escape(contact.role)}`] : []),
		...(contact.email ? [`EMAIL;TYPE=work:${escape(contact.email)}`] : []),
		...(contact.phone
			? [`TEL;VALUE=uri;TYPE="work,voice":tel:${contact.phone.replace(/[^\d+]/g, '')}`]
			: []),
		'END:VCARD',
	];
	return `${lines.map(fold).join('\r\n')}\r\n`;
}
