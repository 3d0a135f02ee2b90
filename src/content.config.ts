import { defineCollection } from 'astro:content';
import {
	checkFileNames,
	checkPageParents,
	checkSharedFields,
	checkUniqueSlugs,
} from './lib/content-checks';
import { isoDate } from './i18n/format';
import { strictGlob } from './lib/content-loader';
import { pageSchema, releaseSchema, type PageData, type ReleaseData } from './lib/schema';
import { contentDir } from './lib/site';

/** Fields that describe the release, not its wording: every translation must agree on them. */
const sharedReleaseFields = {
	date: (d: ReleaseData) => isoDate(d.date),
	embargo: (d: ReleaseData) => d.embargo?.toISOString(),
	countries: (d: ReleaseData) => d.countries.toSorted(),
	topics: (d: ReleaseData) => d.topics.toSorted(),
	contacts: (d: ReleaseData) =>
		d.contacts.map(({ name, email, phone }) => ({ name, email, phone })),
};

const releases = defineCollection({
	loader: strictGlob<ReleaseData>({
		base: `${contentDir}/releases`,
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
		check: (files) => [
			...checkFileNames(files, 'page'),
			...checkUniqueSlugs(files),
			...checkPageParents(files),
		],
	}),
	schema: pageSchema,
});

export const collections = { releases, pages };
