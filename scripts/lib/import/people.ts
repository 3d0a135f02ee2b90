// The people of an imported release: each contact its pages list is matched to a person of
// <content>/contacts/ by email; a contact no person has is written as a new person's files
// (one per language imported), for the editor to complete before the release builds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { parseFrontmatter } from '../../../src/content-model/frontmatter';
import { slugify } from '../../../src/i18n/format';
import { languageFile } from '../../../src/i18n/language-files';
import type { Locale } from '../../../src/i18n/locales';
import { regionKeys } from '../../../src/i18n/regions';
import type { ParsedContact } from './fields';

/** A person's file to write: its path, its text, and what the editor must do in it. */
export interface PersonFile {
	path: string;
	text: string;
	todo: string[];
}

/** What matching found: the id of each contact, in order, and the new people's files. */
export interface People {
	ids: string[];
	files: PersonFile[];
}

/** The folder and email of each person of `<content>/contacts/`, from their files' frontmatter. */
function knownEmails(contacts: string): Map<string, string> {
	const emails = new Map<string, string>();
	if (!existsSync(contacts)) return emails;
	for (const folder of readdirSync(contacts).sort()) {
		if (!existsSync(join(contacts, folder))) continue;
		for (const name of readdirSync(join(contacts, folder)).filter((n) => n.endsWith('.md'))) {
			const path = join(contacts, folder, name);
			const parsed = parseFrontmatter(path, readFileSync(path, 'utf8'));
			const email = parsed.ok ? parsed.data.email : undefined;
			if (typeof email === 'string') emails.set(email.toLowerCase(), folder);
		}
	}
	return emails;
}

/** The new person's file in `lang`: its own version of the contact, or another's, said so. */
function personFile(
	path: string,
	versions: Partial<Record<Locale, ParsedContact>>,
	lang: Locale,
): PersonFile {
	const [other, copied] = Object.entries(versions)[0] ?? [];
	const contact = versions[lang] ?? copied;
	if (!contact) throw new Error('a contact with no version');
	const todo = [`region: the page does not say where ${contact.name} works: write it`];
	if (!versions[lang] && contact.office)
		todo.push(`office: copied from the ${other} page: translate it`);
	const data = {
		name: contact.name,
		...(contact.office ? { office: contact.office } : {}),
		...(contact.email ? { email: contact.email } : {}),
		...(contact.phone ? { phone: contact.phone } : {}),
	};
	const lines = [
		'---',
		'# Written by npm run import from the contacts of an old release. Check every field.',
		stringify(data, { lineWidth: 0, defaultKeyType: 'PLAIN' }).trimEnd(),
		`# region: the page does not say. Choose one of: ${regionKeys.join(', ')}; like: region: ${regionKeys[0]}`,
		'---',
		'',
	];
	return { path, text: lines.join('\n'), todo };
}

/**
 * The person id of each contact (`contacts` as sharedFacts gathers them), matched by email to
 * the people of `<content>/contacts/`; the others get a new id, made from their name, and files
 * in each of `langs`.
 */
export function matchPeople(
	content: string,
	contacts: Partial<Record<Locale, ParsedContact>>[],
	langs: Locale[],
): People {
	const folder = join(content, 'contacts');
	const emails = knownEmails(folder);
	const taken = new Set(existsSync(folder) ? readdirSync(folder) : []);
	const people: People = { ids: [], files: [] };
	for (const versions of contacts) {
		const any = Object.values(versions)[0];
		if (!any) continue;
		const known = any.email && emails.get(any.email.toLowerCase());
		if (known) {
			people.ids.push(known);
			continue;
		}
		const base = slugify(any.name, 60) || 'contact';
		let id = base;
		for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
		taken.add(id);
		people.ids.push(id);
		for (const lang of langs)
			people.files.push(personFile(join(folder, id, languageFile(lang)), versions, lang));
	}
	return people;
}
