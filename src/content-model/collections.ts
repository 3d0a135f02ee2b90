import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { eventShape, zoneOf, type EventData } from './event-schema';
import { buildTime, contentDir } from '../settings';
import { isoDate } from '../i18n/format';
import { isLocale } from '../i18n/locales';
import { reservedSegments, segments } from '../i18n/routes';
import { typesetText } from '../i18n/typography';
import { fileLocale } from '../markdown/file-locale';
import { checkPersonIds, personFileIds } from './people-checks';
import { personShape, type PersonData } from './person-schema';
import {
	checkFileNames,
	checkMenuPages,
	checkPageParents,
	checkReservedSlugs,
	checkSharedFields,
	checkSlugs,
	checkUniqueSlugs,
	type ContentFile,
	type ContentProblem,
} from './checks';
import { menuPageKeys } from './menu-items';
import { isPublished, type Publication } from './publication';
import { strictGlob } from './loader';
import { pipelineVersion } from './pipeline-version';
import { checkTranslatedFrom } from './translations';
import { z } from 'astro/zod';
import {
	pageSchema,
	pageShape,
	releaseSchema,
	releaseShape,
	type PageData,
	type ReleaseData,
} from './schema';

// The loaders of the two collections: where their files are, how their text fields are set,
// and the checks across files. src/content.config.ts pairs them with their schemas.

/** Fields that describe the release, not its wording: every translation must agree on them. */
export const sharedReleaseFields = {
	date: (d: ReleaseData) => isoDate(d.date),
	embargo: (d: ReleaseData) => d.embargo?.toISOString(),
	countries: (d: ReleaseData) => d.countries.toSorted(),
	topics: (d: ReleaseData) => d.topics.toSorted(),
	type: (d: ReleaseData) => d.type,
	updates: (d: ReleaseData) => d.updates.map((u) => isoDate(u.date)).toSorted(),
	contacts: (d: ReleaseData) => d.contacts,
	'image.licence': (d: ReleaseData) => d.image?.licence,
	media: (d: ReleaseData) =>
		d.media.map(({ file, url, credit, licence }) => ({ file, url, credit, licence })),
};

/** Fields that describe the person, not their role's wording: every translation agrees on them. */
export const sharedPersonFields = {
	name: (d: PersonData) => d.name,
	email: (d: PersonData) => d.email,
	phone: (d: PersonData) => d.phone,
	region: (d: PersonData) => d.region,
	languages: (d: PersonData) => d.languages,
	topics: (d: PersonData) => d.topics.toSorted(),
	listed: (d: PersonData) => d.listed,
};

/** How a person's file is written: a name, and no text needed. */
const personFiles = { titleField: 'name', body: false };

/** The people's folder, relative to the project root. */
export const contactsBase = `${contentDir}/contacts`;

/** The problems of the people a collection's files name by id in `field`. */
const namedPeople = <Data>(
	files: ContentFile<Data>[],
	field: string,
	ids: (data: Data) => readonly string[],
) =>
	checkPersonIds(
		files,
		field,
		ids,
		personFileIds(process.cwd(), contactsBase, personFiles),
		fromRoot(contactsBase),
	);

/**
 * Sets the reader-facing text fields of a file in its language's typography (curly quotes…), as
 * the plain text they are: pages print them escaped, so an entity the editor typed (`&amp;`,
 * `&#1;`) stays the text it is, never a character of its own.
 */
const typesetFields =
	(fields: string[]) =>
	(data: Record<string, unknown>, filePath: string): Record<string, unknown> => {
		const locale = fileLocale({ path: filePath });
		if (!locale) return data;
		const set = (value: unknown) =>
			typeof value === 'string' ? typesetText(value, locale) : value;
		const copy: Record<string, unknown> = { ...data };
		for (const field of fields) copy[field] = set(copy[field]);
		if (copy.image && typeof copy.image === 'object') {
			const image = { ...(copy.image as Record<string, unknown>) };
			for (const field of ['alt', 'caption', 'credit']) image[field] = set(image[field]);
			copy.image = image;
		}
		// Credits are shared by every language, so they are left as written.
		if (Array.isArray(copy.media)) {
			copy.media = copy.media.map((item: unknown) => {
				if (!item || typeof item !== 'object') return item;
				const typeset = { ...(item as Record<string, unknown>) };
				for (const field of ['alt', 'title', 'transcript']) typeset[field] = set(typeset[field]);
				return typeset;
			});
		}
		if (Array.isArray(copy.keyFigures)) {
			copy.keyFigures = copy.keyFigures.map((item: unknown) => {
				if (!item || typeof item !== 'object') return item;
				const typeset = { ...(item as Record<string, unknown>) };
				for (const field of ['label', 'source']) typeset[field] = set(typeset[field]);
				return typeset;
			});
		}
		return copy;
	};

/** The Markdown pipeline's version: when it changes, every entry is rendered again. */
const version = pipelineVersion();

/** A folder as messages name it: relative to the project root, where builds run. */
const fromRoot = (dir: string) => relative(process.cwd(), resolve(dir)).split('\\').join('/');

/** Whether a file is published by a production build (drafts and embargoes are not). */
const published = (data: Publication) =>
	isPublished(data, { now: buildTime, includeDrafts: false });

/** What counts as published in a mode: everything under `astro dev`, which shows drafts marked. */
const liveIn = ({ dev }: { dev: boolean }) => (dev ? () => true : published);

/** The page segment of listings (`/en/news/page/2/`), which no release slug may take. */
const listingSegments = (locale: string) => (isLocale(locale) ? [segments.page[locale]] : []);

/** The releases: `content/releases/<folder>/index.<language>.md`. */
export const releaseLoader = () =>
	strictGlob<ReleaseData>({
		base: `${contentDir}/releases`,
		shape: releaseShape,
		version,
		published,
		validateAlone: (data) =>
			releaseSchema({ image: () => z.unknown() as never }).safeParse(data).error?.issues ?? [],
		prepare: typesetFields(['title', 'summary', 'dateline']),
		check: (files) => [
			...checkFileNames(files, 'release'),
			...checkSlugs(files, listingSegments),
			...checkUniqueSlugs(files),
			...checkSharedFields(files, sharedReleaseFields, {
				updates: 'update dates',
				media: 'files, credits and licences of media',
			}),
			...checkTranslatedFrom(files),
			...namedPeople(files, 'contacts', (d) => d.contacts),
		],
	});

/** The people: `content/contacts/<id>/index.<language>.md`, named by id from releases. */
export const personLoader = () =>
	strictGlob<PersonData>({
		base: contactsBase,
		shape: personShape,
		kind: personFiles,
		published: () => true,
		prepare: typesetFields(['role', 'office']),
		check: (files) => [
			...checkFileNames(files, 'contact'),
			...checkSharedFields(files, sharedPersonFields, {}, 'person'),
		],
	});

/** Fields that describe the event, not its wording: every translation agrees on them. */
export const sharedEventFields = {
	kind: (d: EventData) => d.kind,
	start: (d: EventData) => d.start.toISOString(),
	end: (d: EventData) => d.end?.toISOString(),
	zone: (d: EventData) => d.zone,
	online: (d: EventData) => d.online,
	speakers: (d: EventData) => d.speakers,
	releases: (d: EventData) => d.releases.toSorted(),
};

/** The folders of content/releases/ an event names in `releases`, each checked to exist. */
function checkReleaseFolders(files: ContentFile<EventData>[]): ContentProblem[] {
	const dir = fromRoot(`${contentDir}/releases`);
	return files.flatMap(({ file, data }) =>
		data.releases.flatMap((folder, i) =>
			existsSync(resolve(contentDir, 'releases', folder))
				? []
				: [
						{
							file,
							field: `releases.${i}`,
							message: `releases names "${folder}", which is not a folder of ${dir}/: check the name against the folders there.`,
						},
					],
		),
	);
}

/** The agenda: `content/events/<folder>/index.<language>.md`. */
export const eventLoader = () =>
	strictGlob<EventData>({
		base: `${contentDir}/events`,
		shape: eventShape,
		version,
		published: (data) => !data.draft,
		prepare: (data, file) => ({
			...typesetFields(['title', 'place'])(data, file),
			...(zoneOf(data.start) ? { zone: zoneOf(data.start) } : {}),
		}),
		check: (files) => [
			...checkFileNames(files, 'event'),
			...checkSlugs(files),
			...checkUniqueSlugs(files),
			...checkSharedFields(files, sharedEventFields, {}, 'event'),
			...checkTranslatedFrom(files),
			...namedPeople(files, 'speakers', (d) => d.speakers),
			...checkReleaseFolders(files),
		],
	});

/** The institutional pages: `content/pages/<folder>/index.<language>.md`. */
export const pageLoader = () =>
	strictGlob<PageData>({
		base: `${contentDir}/pages`,
		shape: pageShape,
		version,
		published,
		validateAlone: (data) => pageSchema.safeParse(data).error?.issues ?? [],
		prepare: typesetFields(['title', 'summary']),
		check: (files, mode) => [
			...checkFileNames(files, 'page'),
			...checkUniqueSlugs(files),
			...checkPageParents(files, liveIn(mode)),
			...checkMenuPages(files, menuPageKeys(), liveIn(mode), fromRoot(`${contentDir}/pages`)),
			...checkReservedSlugs(files, (l) => (isLocale(l) ? reservedSegments(l) : [])),
			...checkTranslatedFrom(files),
		],
	});
