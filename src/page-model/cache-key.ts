import { hash } from 'node:crypto';

/** A content entry as Astro stores it: the digest changes whenever its file does. */
interface StoredEntry {
	collection: string;
	id: string;
	digest: string;
}

const isStoredEntry = (value: unknown): value is StoredEntry =>
	typeof value === 'object' &&
	value !== null &&
	typeof (value as StoredEntry).collection === 'string' &&
	typeof (value as StoredEntry).id === 'string' &&
	typeof (value as StoredEntry).digest === 'string';

/** The file of a picture's metadata (Astro's `ImageMetadata`), read without marking it as used. */
const pictureFile = (value: unknown): string | undefined => {
	if (typeof value !== 'object' || value === null) return undefined;
	const path = (value as { fsPath?: unknown }).fsPath;
	return typeof path === 'string' ? path : undefined;
};

/**
 * The digest of each object of the page model, once computed: the menu of a language is on each
 * of its pages, a release's translation on tens of them (its own, its listings, its terms'
 * pages, its neighbours' related releases), and each is serialized once. The page model is
 * never changed once made.
 */
const digests = new WeakMap<object, string>();

/** The JSON of `root` for a cache key, each object in it (but arrays) as its digest. */
function keyJson(root: unknown): string {
	return JSON.stringify(root, (_, value: unknown) => {
		if (typeof value !== 'object' || value === null) return value;
		if (isStoredEntry(value)) return `${value.collection}/${value.id}@${value.digest}`;
		// A picture's metadata by its file: reading its other fields would mark the original as
		// used, and the build would copy it into dist/ beside its renditions.
		const picture = pictureFile(value);
		if (picture) return `picture:${picture}`;
		if (value instanceof Map) return { map: [...(value as Map<unknown, unknown>)] };
		if (value instanceof Set) return { set: [...(value as Set<unknown>)] };
		if (value !== root && !Array.isArray(value)) {
			let digest = digests.get(value);
			if (digest === undefined) {
				// `hash` in one call: a Hash object for each of the hundreds of thousands of objects of
				// the page model at 10,000 releases a language cost 0.6 s (profile of 2026-12-07).
				digest = hash('sha1', keyJson(value));
				digests.set(value, digest);
			}
			return { '#': digest };
		}
		return value;
	});
}

/**
 * The `cacheKey` of a page for Astro's incremental builds: a hash of everything the page is made
 * from — its props, with each content entry reduced to its id and digest (hashing the entry's
 * rendered HTML as well would cost more and say nothing new), plus `salt` for the one input that
 * is not in the props: the version of the Markdown pipeline that rendered those entries. Views
 * read nothing but their props, so two builds give the same key exactly when the page would come
 * out the same.
 *
 * @example cacheKeyOf({ view: 'notFound', locale: 'fr' }, 'v1') // => '5f3c…' (40 hex digits)
 */
export function cacheKeyOf(props: unknown, salt: string): string {
	return hash('sha1', `${salt}\0${keyJson(props)}`);
}
