import { getCollection, type CollectionEntry } from 'astro:content';
import { withBodies } from '../content-model/stored-html';

/** A stored person file: one language of a person of content/contacts/. */
export type PersonEntry = CollectionEntry<'contacts'>;

let cached: Promise<PersonEntry[]> | undefined;

/**
 * Every person file of the site. The only caller of `getCollection('contacts')`: the release
 * pages, the media contacts directory and the vCards start here (contacts.ts says who is shown).
 */
export function getPeople(): Promise<PersonEntry[]> {
	cached ??= getCollection('contacts').then((entries) => withBodies('contacts', entries));
	return cached;
}
