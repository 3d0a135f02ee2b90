import { defineCollection } from 'astro:content';
import {
	checkFileNames,
	checkPageParents,
	checkReservedSlugs,
	checkSharedFields,
	checkUniqueSlugs,
} from './content-model/checks';
import { isoDate } from './i18n/format';
import { typeset } from './i18n/typography';
import { fileLocale } from './markdown/file-locale';
import { isLocale } from './i18n/locales';
import { reservedSegments } from './i18n/routes';
import { strictGlob } from './content-model/loader';
import { pageSchema, releaseSchema, type PageData, type ReleaseData } from './content-model/schema';
import { pipelineVersion } from './content-model/pipeline-version';
import { contentDir } from './settings';

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

const version = pipelineVersion();

const releases = defineCollection({
	loader: strictGlob<ReleaseData>({
		base: `${contentDir}/releases`,
		version,
		prepare: typesetFields(['title', 'summary', 'dateline']),
		check: (files) => [
			...checkFileNames(files, 'release'),
			...checkUniqueSlugs(files),
			...checkSharedFields(files, sharedReleaseFields),
		],
	}),
	schema: releaseSchema,
});

const pages = defineCollection({
	loader: strictGlob<PageData>({
		base: `${contentDir}/pages`,
		version,
		prepare: typesetFields(['title', 'summary']),
		check: (files) => [
			...checkFileNames(files, 'page'),
			...checkUniqueSlugs(files),
			...checkPageParents(files),
			...checkReservedSlugs(files, (l) => (isLocale(l) ? reservedSegments(l) : [])),
		],
	}),
	schema: pageSchema,
});

export const collections = { releases, pages };
