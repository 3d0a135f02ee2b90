// What a release offers to take away: its lead picture's original and every item of its `media:`
// (src/content-model/media-schema.ts), each with the URL of its file, its format, size, credit and
// licence, ready for the views; and the list of files the site serves (src/pages/files/).
// Only published releases reach this module (releases.ts), so a draft's or embargoed release's
// file is never served.
import { statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { ImageMetadata } from 'astro';
import { formatOf, type MediaKind } from '../content-model/media-kinds';
import { plainName } from '../content-model/media-checks';
import { mediaFile } from '../i18n/file-routes';
import { licences, type LicenceKey } from '../i18n/licences';
import { locales, type Locale } from '../i18n/locales';
import type { PublishedGroup, PublishedRelease } from './releases';

/** A file of a release folder as the site serves it. */
export interface ServedFile {
	/** Its URL on the site (file-routes.ts `mediaFile`). */
	url: string;
	/** Its path on disk, for the route that copies it. */
	path: string;
	/** The format's name ("JPEG", "PDF") and MIME type. */
	format: string;
	mime: string;
	bytes: number;
}

/** A video's captions in one language, as a `<track>` offers them. */
export interface CaptionsTrack {
	locale: Locale;
	file: ServedFile;
}

/** A licence, named and linked in the page's language. */
export interface LicenceLink {
	key: LicenceKey;
	name: string;
	url: string;
}

/** One item of a release's material, in the language of a page. */
export interface MaterialItem {
	kind: MediaKind;
	credit: string;
	licence: LicenceLink;
	/** The file in the folder; none for a hosted video. */
	file?: ServedFile | undefined;
	/** A picture: its renditions' source and what it shows. */
	image?: ImageMetadata | undefined;
	alt?: string | undefined;
	title?: string | undefined;
	/**
	 * A video: its captions in every language that has them, the page's language first (each
	 * published translation names its own file); its poster.
	 */
	captions: CaptionsTrack[];
	poster?: ImageMetadata | undefined;
	transcript?: string | undefined;
	/** A hosted video: its address and the site's name. */
	hosted?: { url: string; site: string } | undefined;
}

/** The folder of a release file on disk. */
const folderOf = (release: PublishedRelease) => dirname(resolve(release.entry.filePath ?? ''));

/** A file of the release's folder, as served. */
function served(release: PublishedRelease, written: string): ServedFile {
	const name = plainName(written);
	const path = join(folderOf(release), name);
	const format = formatOf(name);
	return {
		url: mediaFile(release.folder, name),
		path,
		format: format?.format ?? '',
		mime: format?.mime ?? 'application/octet-stream',
		bytes: statSync(path).size,
	};
}

/** A licence in `locale`. */
export const licenceLink = (key: LicenceKey, locale: Locale): LicenceLink => ({
	key,
	...licences[key][locale],
});

/** The name of a video host as readers know it. */
const siteName = (url: string) => (/vimeo/.test(new URL(url).hostname) ? 'Vimeo' : 'YouTube');

/**
 * The captions of the video `file` in every published translation of `group` that names some,
 * `release`'s own first, then in the order of the locale table. Only published translations are
 * in a group (releases.ts), so a draft's or embargoed translation's captions are never offered.
 */
function captionsOf(
	release: PublishedRelease,
	group: PublishedGroup | undefined,
	file: string,
): CaptionsTrack[] {
	const others = locales.flatMap((locale) => {
		const translation = group?.translations[locale];
		return translation && translation !== release ? [translation] : [];
	});
	return [release, ...others].flatMap((translation) => {
		const item = translation.entry.data.media.find((m) => m.file === file);
		return item?.captions === undefined
			? []
			: [{ locale: translation.locale, file: served(translation, item.captions) }];
	});
}

/**
 * The material of one translation of a release, in its language; a video's captions come from
 * every translation of its `group` (the release's own alone without one).
 */
export function materialOf(release: PublishedRelease, group?: PublishedGroup): MaterialItem[] {
	return release.entry.data.media.map((item) => {
		const file = item.file === undefined ? undefined : served(release, item.file);
		return {
			kind: item.url ? 'video' : (formatOf(item.file ?? '')?.kind ?? 'document'),
			credit: item.credit,
			licence: licenceLink(item.licence, release.locale),
			file,
			image: 'image' in item ? item.image : undefined,
			alt: item.alt,
			title: item.title,
			captions: item.file === undefined ? [] : captionsOf(release, group, item.file),
			poster: 'posterImage' in item ? item.posterImage : undefined,
			transcript: item.transcript,
			hosted: item.url ? { url: item.url, site: siteName(item.url) } : undefined,
		};
	});
}

/** The lead picture's original file, when the release has one. */
export function leadOriginal(release: PublishedRelease): ServedFile | undefined {
	const image = release.entry.data.image;
	const path = (image?.src as { fsPath?: string } | undefined)?.fsPath;
	return path ? served(release, basename(path)) : undefined;
}

/** Every file the published releases serve: lead originals, media files and captions. */
export function servedFiles(groups: PublishedGroup[]): ServedFile[] {
	const files = new Map<string, ServedFile>();
	for (const group of groups) {
		for (const release of Object.values(group.translations)) {
			const lead = leadOriginal(release);
			if (lead) files.set(lead.url, lead);
			for (const item of materialOf(release, group)) {
				const captions = item.captions.map((track) => track.file);
				for (const file of [item.file, ...captions]) if (file) files.set(file.url, file);
			}
		}
	}
	return [...files.values()];
}

/** A value for a double-quoted XML attribute. */
export const xmlAttribute = (value: string) =>
	value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The RSS `<enclosure>` of each document, video and sound of a release (pictures are in its text),
 * with the file's absolute URL, length in bytes and MIME type.
 */
export function enclosures(release: PublishedRelease, site: URL): string {
	return materialOf(release)
		.filter((item) => item.file && item.kind !== 'picture')
		.map(({ file }) => {
			const { url, bytes, mime } = file as ServedFile;
			return `<enclosure url="${xmlAttribute(new URL(url, site).href)}" length="${bytes}" type="${xmlAttribute(mime)}"/>`;
		})
		.join('');
}
