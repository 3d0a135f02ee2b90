import { contentDir } from '../settings';
import { isoDate } from '../i18n/format';
import { isLocale } from '../i18n/locales';
import { reservedSegments } from '../i18n/routes';
import { typeset } from '../i18n/typography';
import { fileLocale } from '../markdown/file-locale';
import {
	checkFileNames,
	checkPageParents,
	checkReservedSlugs,
	checkSharedFields,
	checkUniqueSlugs,
} from './checks';
import { strictGlob } from './loader';
import { pipelineVersion } from './pipeline-version';
import type { PageData, ReleaseData } from './schema';

// The loaders of the two collections: where their files are, how their text fields are set,
// and the checks across files. src/content.config.ts pairs them with their schemas.

/** Fields that describe the release, not its wording: every translation must agree on them. */
const sharedReleaseFields = {
	date: (d: ReleaseData) => isoDate(d.date),
	embargo: (d: ReleaseData) => d.embargo?.toISOString(),
	countries: (d: ReleaseData) => d.countries.toSorted(),
	topics: (d: ReleaseData) => d.topics.toSorted(),
	contacts: (d: ReleaseData) =>
		d.contacts.map(({ name, email, phone }) => ({ name, email, phone })),
};

/** Sets the reader-facing text fields of a file in its language's typography (curly quotes…). */
const typesetFields =
	(fields: string[]) =>
	(data: Record<string, unknown>, filePath: string): Record<string, unknown> => {
		const locale = fileLocale({ path: filePath });
		if (!locale) return data;
		const set = (value: unknown) => (typeof value === 'string' ? typeset(value, locale) : value);
		const copy: Record<string, unknown> = { ...data };
		for (const field of fields) copy[field] = set(copy[field]);
		if (copy.image && typeof copy.image === 'object') {
			const image = { ...(copy.image as Record<string, unknown>) };
			for (const field of ['alt', 'caption', 'credit']) image[field] = set(image[field]);
			copy.image = image;
		}
		return copy;
	};

/** The Markdown pipeline's version: when it changes, every entry is rendered again. */
const version = pipelineVersion();

/** The releases: `content/releases/<folder>/<language>.md`. */
export const releaseLoader = () =>
	strictGlob<ReleaseData>({
		base: `${contentDir}/releases`,
		version,
		prepare: typesetFields(['title', 'summary', 'dateline']),
		check: (files) => [
			...checkFileNames(files, 'release'),
			...checkUniqueSlugs(files),
			...checkSharedFields(files, sharedReleaseFields),
		],
	});

/** The institutional pages: `content/pages/<folder>/<language>.md`. */
export const pageLoader = () =>
	strictGlob<PageData>({
		base: `${contentDir}/pages`,
		version,
		prepare: typesetFields(['title', 'summary']),
		check: (files) => [
			...checkFileNames(files, 'page'),
			...checkUniqueSlugs(files),
			...checkPageParents(files),
			...checkReservedSlugs(files, (l) => (isLocale(l) ? reservedSegments(l) : [])),
		],
	});
