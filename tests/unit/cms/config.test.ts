// The web editor's configuration is made from the schema and the site's lists, never kept beside
// them: every frontmatter field has a widget and every widget a field, lists offer exactly the
// site's topics, types, countries and languages, and the files it writes follow the file-name rule.
// It exists in each language of the site, and the languages differ in their texts only: each text
// is the one the UI dictionary (or the topics', types' and Intl's names) gives in that language.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { adminFiles } from '../../../src/cms/admin';
import { adminMetaPolicy } from '../../../src/hosting/security-headers';
import {
	cmsConfig,
	eventFields,
	pageFields,
	personFields,
	releaseFields,
	widgetShape,
	type CmsField,
} from '../../../src/cms/config';
import { releaseSpecs, type FieldSpec } from '../../../src/cms/fields';
import { pageSpecs } from '../../../src/cms/page-fields';
import { configFile } from '../../../src/cms/languages';
import type { Option } from '../../../src/cms/options';
import {
	sharedEventFields,
	sharedPersonFields,
	sharedReleaseFields,
} from '../../../src/content-model/collections';
import { personShape } from '../../../src/content-model/person-schema';
import { eventShape } from '../../../src/content-model/event-schema';
import { eventSpecs } from '../../../src/cms/event-fields';
import { personSpecs } from '../../../src/cms/person-fields';
import { regionKeys, regions } from '../../../src/i18n/regions';
import { languageFile } from '../../../src/i18n/language-files';
import type { FieldShape } from '../../../src/content-model/known-fields';
import { pageShape, releaseShape } from '../../../src/content-model/schema';
import { countryName, isCountryCode } from '../../../src/i18n/format';
import { locales, type Locale } from '../../../src/i18n/locales';
import { releaseTypeKeys, releaseTypes } from '../../../src/i18n/release-types';
import { topicKeys, topics } from '../../../src/i18n/topics';
import { useTranslations } from '../../../src/i18n/translate';
import { root } from '../../helpers/astro';

/** A shape with its lists sorted and empty parts dropped, for comparing two shapes. */
function normal(shape: FieldShape): unknown {
	const nested = (parts: Record<string, FieldShape> = {}) =>
		Object.fromEntries(
			Object.entries(parts)
				.toSorted(([a], [b]) => a.localeCompare(b))
				.map(([name, part]) => [name, normal(part)]),
		);
	return {
		fields: [...shape.fields].sort(),
		objects: nested(shape.objects),
		lists: nested(shape.lists),
	};
}

const field = (fields: CmsField[], name: string) => {
	const found = fields.find((f) => f.name === name);
	if (!found) throw new Error(`no widget for ${name}`);
	return found;
};
const values = (f: CmsField) => (f.options ?? []).map((o) => o.value);
const label = (f: CmsField, value: string) => f.options?.find((o) => o.value === value)?.label;

/**
 * A configuration with every text taken out (and the language of Decap's own interface): what
 * must be the same in every language. Options are sorted by value, as each language sorts its
 * countries by name.
 */
function withoutTexts(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withoutTexts);
	if (!value || typeof value !== 'object') return value;
	const texts = new Set(['label', 'label_singular', 'hint', 'locale']);
	const kept = (key: string, v: unknown) => {
		if (key === 'pattern') return (v as string[])[0];
		if (key !== 'options') return withoutTexts(v);
		return (v as Option[]).map((o) => o.value).toSorted();
	};
	return Object.fromEntries(
		Object.entries(value)
			.filter(([key]) => !texts.has(key))
			.map(([key, v]) => [key, kept(key, v)]),
	);
}

/** Every text of a list of widgets, by the path of its field, options' labels left out. */
function textsOf(fields: CmsField[], path = ''): Map<string, string> {
	const texts = new Map<string, string>();
	for (const f of fields) {
		const at = `${path}${f.name}`;
		texts.set(`${at}.label`, f.label);
		if (f.hint) texts.set(`${at}.hint`, f.hint);
		if (typeof f.label_singular === 'string') texts.set(`${at}.label_singular`, f.label_singular);
		if (f.pattern) texts.set(`${at}.pattern`, f.pattern[1]);
		for (const [key, text] of textsOf(f.fields ?? [], `${at}.`)) texts.set(key, text);
	}
	return texts;
}

/** Checks that each text of `fields` is its spec's dictionary text in `locale`, at every depth. */
function expectDictionaryTexts(specs: FieldSpec[], fields: CmsField[], locale: Locale) {
	const t = useTranslations(locale);
	expect(fields.map((f) => f.name)).toEqual(specs.map((s) => s.name));
	specs.forEach((spec, i) => {
		const f = fields[i]!;
		expect(f.label, f.name).toBe(t(spec.label));
		expect(f.hint, f.name).toBe(spec.hint && t(spec.hint));
		expect(f.label_singular, f.name).toBe(spec.label_singular && t(spec.label_singular));
		expect(f.pattern?.[1], f.name).toBe(spec.pattern && t(spec.pattern[1]));
		if (spec.fields) expectDictionaryTexts(spec.fields, f.fields ?? [], locale);
	});
}

/** Texts the same in English and in French or Spanish because the languages share the word. */
const sharedWords = new Set(['Date', 'Embargo', 'Pages', 'Page', 'Source']);

describe.each(locales)('the web editor’s configuration in %s', (locale) => {
	const releases = releaseFields(locale);
	const pages = pageFields(locale);
	const people = personFields(locale);
	const events = eventFields(locale);

	it('has a widget for every field of a release, a page and a person, and a field for every widget', () => {
		expect(normal(widgetShape(releases))).toEqual(normal(releaseShape));
		expect(normal(widgetShape(pages))).toEqual(normal(pageShape));
		expect(normal(widgetShape(people))).toEqual(normal(personShape));
		expect(normal(widgetShape(events))).toEqual(normal(eventShape));
	});

	it('enters the fields translations share once, and every other field per language', () => {
		const duplicated = releases.filter((f) => f.i18n === 'duplicate').map((f) => f.name);
		// Update dates are shared but their notes are not: updates are written per language, and
		// the build checks that the dates agree. So are the items of media (their files, credits
		// and licences shared, their alt texts and titles not) and the lead picture's licence.
		expect(duplicated.toSorted()).toEqual(
			Object.keys(sharedReleaseFields)
				.filter((name) => !['updates', 'media', 'image.licence'].includes(name))
				.toSorted(),
		);
		for (const f of releases.filter((f) => f.i18n !== 'duplicate'))
			expect([f.name, f.i18n]).toEqual([f.name, true]);
		const sharedOfPeople = people.filter((f) => f.i18n === 'duplicate').map((f) => f.name);
		expect(sharedOfPeople.toSorted()).toEqual(Object.keys(sharedPersonFields).toSorted());
		for (const f of people.filter((f) => f.i18n !== 'duplicate'))
			expect([f.name, f.i18n]).toEqual([f.name, true]);
		// The offset an event's start was written with is read from it, not entered.
		const sharedOfEvents = events.filter((f) => f.i18n === 'duplicate').map((f) => f.name);
		expect(sharedOfEvents.toSorted()).toEqual(
			Object.keys(sharedEventFields)
				.filter((name) => name !== 'zone')
				.toSorted(),
		);
	});

	it('offers exactly the site’s topics, kinds of release, languages and ISO countries, named in its language', () => {
		const topicsField = field(releases, 'topics');
		const typeField = field(releases, 'type');
		expect(values(topicsField)).toEqual(topicKeys);
		expect(values(typeField)).toEqual(releaseTypeKeys);
		for (const key of topicKeys) expect(label(topicsField, key)).toBe(topics[key][locale].label);
		for (const key of releaseTypeKeys)
			expect(label(typeField, key)).toBe(releaseTypes[key][locale].label);
		const lang = field(field(releases, 'translatedFrom').fields ?? [], 'lang');
		expect(values(lang)).toEqual(locales);
		const countries = field(releases, 'countries');
		expect(values(countries).every(isCountryCode)).toBe(true);
		expect(values(countries).length).toBeGreaterThan(240);
		expect(label(countries, 'GT')).toBe('Guatemala (GT)');
		expect(label(countries, 'DE')).toBe(`${countryName('DE', locale)} (DE)`);
	});

	it('takes every label, hint and message from the UI dictionary of its language', () => {
		expectDictionaryTexts(releaseSpecs, releases, locale);
		expectDictionaryTexts(pageSpecs, pages, locale);
		expectDictionaryTexts(personSpecs, people, locale);
		expectDictionaryTexts(eventSpecs, events, locale);
		const t = useTranslations(locale);
		const [releaseCollection, pageCollection, peopleCollection] = cmsConfig(locale).collections;
		expect(peopleCollection?.label).toBe(t('cms.people'));
		expect(peopleCollection?.label_singular).toBe(t('cms.person'));
		const region = field(people, 'region');
		expect(values(region)).toEqual(regionKeys);
		for (const key of regionKeys) expect(label(region, key)).toBe(regions[key][locale]);
		expect(releaseCollection?.label).toBe(t('cms.releases'));
		expect(releaseCollection?.label_singular).toBe(t('cms.release'));
		expect(pageCollection?.label).toBe(t('cms.pages'));
		expect(label(field(pages, 'listing'), 'countries')).toBe(t('cms.listing.countries'));
		// Decap's own buttons and messages, in the same language.
		expect(cmsConfig(locale).locale).toBe(locale);
	});

	it('differs from the English configuration in its texts only', () => {
		expect(withoutTexts(cmsConfig(locale))).toEqual(withoutTexts(cmsConfig('en')));
	});

	it('picks contacts among the people, whom it edits as their own collection', () => {
		expect(field(releases, 'contacts')).toMatchObject({
			widget: 'person',
			collection: 'contacts',
			multiple: true,
			i18n: 'duplicate',
		});
		const [, , collection] = cmsConfig(locale).collections;
		expect(collection).toMatchObject({
			name: 'contacts',
			folder: 'content/contacts',
			path: '{{slug}}/index',
			summary: '{{name}}',
		});
		const required = (collection?.fields ?? []).filter((f) => f.required).map((f) => f.name);
		expect(required.toSorted()).toEqual(['name', 'region']);
	});

	it('edits the agenda as its own collection, speakers picked among the people', () => {
		const [, , , collection] = cmsConfig(locale).collections;
		expect(collection).toMatchObject({ name: 'events', folder: 'content/events' });
		const required = (collection?.fields ?? []).filter((f) => f.required).map((f) => f.name);
		expect(required.toSorted()).toEqual(['body', 'kind', 'start', 'title']);
		expect(field(events, 'speakers')).toMatchObject({ widget: 'person', collection: 'contacts' });
		expect(field(events, 'releases')).toMatchObject({ widget: 'person', collection: 'releases' });
		const https = new RegExp(field(events, 'online').pattern?.[0] ?? '');
		expect(https.test('https://webtv.un.org/')).toBe(true);
		expect(https.test('http://webtv.un.org/')).toBe(false);
	});

	it('validates people’s emails and phones as the schema does, and requires what the schema requires', () => {
		const contact = people;
		const phone = new RegExp(field(contact, 'phone').pattern?.[0] ?? '');
		expect(['+502 2314 0041', '+41 22 717 9111'].every((p) => phone.test(p))).toBe(true);
		expect(['2314 0041', '+502'].some((p) => phone.test(p))).toBe(false);
		const email = new RegExp(field(contact, 'email').pattern?.[0] ?? '');
		expect(email.test('mpalma@iom.int')).toBe(true);
		expect(email.test('mpalma at iom.int')).toBe(false);
		const [collection] = cmsConfig(locale).collections;
		const required = (collection?.fields ?? []).filter((f) => f.required).map((f) => f.name);
		expect(required.toSorted()).toEqual(
			['title', 'summary', 'dateline', 'date', 'type', 'countries', 'topics', 'body'].toSorted(),
		);
	});

	it('writes one file per language, named as the build reads them, in the releases folder', () => {
		const config = cmsConfig(locale);
		expect(config.i18n).toEqual({ structure: 'multiple_files', locales, default_locale: 'en' });
		const [releaseCollection, pageCollection] = config.collections;
		expect(releaseCollection?.folder).toBe('content/releases');
		expect(pageCollection?.folder).toBe('content/pages');
		// Decap's multiple_files: `<path>.<locale>.<extension>`.
		const written = `${releaseCollection?.path}.fr.${releaseCollection?.extension}`;
		expect(written.split('/').at(-1)).toBe(languageFile('fr'));
	});
});

describe('the web editor in French and Spanish', () => {
	it.each(['fr', 'es'] as const)(
		'%s: no text is the English one, but for words both languages share',
		(locale) => {
			const english = textsOf([
				...releaseFields('en'),
				...pageFields('en'),
				...personFields('en'),
				...eventFields('en'),
			]);
			const translated = textsOf([
				...releaseFields(locale),
				...pageFields(locale),
				...personFields(locale),
				...eventFields(locale),
			]);
			expect([...translated.keys()]).toEqual([...english.keys()]);
			const same = [...translated].filter(([key, text]) => english.get(key) === text);
			expect(same.filter(([, text]) => !sharedWords.has(text))).toEqual([]);
		},
	);
});

describe('the files of /admin/', () => {
	const files = adminFiles(root, ['/_astro/site.css']);
	const text = (name: string) => {
		const file = files.get(name);
		return file && 'text' in file ? file.text : '';
	};

	it('serve the configuration of each language as the YAML of the same object', () => {
		expect(configFile('en')).toBe('config.yml');
		for (const locale of locales)
			expect(parse(text(configFile(locale)))).toEqual(cmsConfig(locale));
	});

	it('serve a page that carries the editor’s policy, its bundled script and Decap', () => {
		const html = text('index.html');
		expect(html).toContain(
			`<meta http-equiv="Content-Security-Policy" content="${adminMetaPolicy}">`,
		);
		expect(html).toContain('<meta name="robots" content="noindex">');
		expect(html).toContain('data-styles="/_astro/site.css"');
		expect(files.has('decap-cms.js')).toBe(true);
		// One script, with what it imports (the site's typography, its dictionaries) inside.
		const script = text('editor.js');
		expect(script).toContain('CMS_MANUAL_INIT');
		expect(script).toContain('Langue de l’éditeur');
	});
});
