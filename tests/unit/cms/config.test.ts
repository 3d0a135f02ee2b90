// The web editor's configuration is made from the schema and the site's lists, never kept beside
// them: every frontmatter field has a widget and every widget a field, lists offer exactly the
// site's topics, types, countries and languages, and the files it writes follow the file-name rule.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { adminFiles } from '../../../src/cms/admin';
import { adminMetaPolicy } from '../../../src/hosting/security-headers';
import {
	cmsConfig,
	pageFields,
	releaseFields,
	widgetShape,
	type CmsField,
} from '../../../src/cms/config';
import { sharedReleaseFields } from '../../../src/content-model/collections';
import { languageFile } from '../../../src/i18n/language-files';
import type { FieldShape } from '../../../src/content-model/known-fields';
import { pageShape, releaseShape } from '../../../src/content-model/schema';
import { isCountryCode } from '../../../src/i18n/format';
import { locales } from '../../../src/i18n/locales';
import { releaseTypeKeys } from '../../../src/i18n/release-types';
import { topicKeys } from '../../../src/i18n/topics';
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
const values = (f: CmsField) => (f.options as { value: string }[]).map((o) => o.value);

describe('the web editor’s configuration', () => {
	it('has a widget for every field of a release, and a field for every widget', () => {
		expect(normal(widgetShape(releaseFields))).toEqual(normal(releaseShape));
	});

	it('has a widget for every field of a page, and a field for every widget', () => {
		expect(normal(widgetShape(pageFields))).toEqual(normal(pageShape));
	});

	it('enters the fields translations share once, and every other field per language', () => {
		const duplicated = releaseFields.filter((f) => f.i18n === 'duplicate').map((f) => f.name);
		// Update dates are shared but their notes are not: updates are written per language, and
		// the build checks that the dates agree.
		expect(duplicated.toSorted()).toEqual(
			Object.keys(sharedReleaseFields)
				.filter((name) => name !== 'updates')
				.toSorted(),
		);
		for (const f of releaseFields.filter((f) => f.i18n !== 'duplicate'))
			expect([f.name, f.i18n]).toEqual([f.name, true]);
	});

	it('offers exactly the site’s topics, kinds of release, languages and ISO countries', () => {
		expect(values(field(releaseFields, 'topics'))).toEqual(topicKeys);
		expect(values(field(releaseFields, 'type'))).toEqual(releaseTypeKeys);
		const lang = field(field(releaseFields, 'translatedFrom').fields ?? [], 'lang');
		expect(values(lang)).toEqual(locales);
		const countries = values(field(releaseFields, 'countries'));
		expect(countries.every(isCountryCode)).toBe(true);
		expect(countries.length).toBeGreaterThan(240);
		const gt = (
			field(releaseFields, 'countries').options as { label: string; value: string }[]
		).find((o) => o.value === 'GT');
		expect(gt?.label).toBe('Guatemala (GT)');
	});

	it('validates contacts as the schema does, and requires what the schema requires', () => {
		const contact = field(releaseFields, 'contacts').fields ?? [];
		const phone = new RegExp(field(contact, 'phone').pattern?.[0] ?? '');
		expect(['+502 2314 0041', '+41 22 717 9111'].every((p) => phone.test(p))).toBe(true);
		expect(['2314 0041', '+502'].some((p) => phone.test(p))).toBe(false);
		const email = new RegExp(field(contact, 'email').pattern?.[0] ?? '');
		expect(email.test('mpalma@iom.int')).toBe(true);
		expect(email.test('mpalma at iom.int')).toBe(false);
		const [releases] = cmsConfig().collections;
		const required = (releases?.fields ?? []).filter((f) => f.required).map((f) => f.name);
		expect(required.toSorted()).toEqual(
			['title', 'summary', 'dateline', 'date', 'type', 'countries', 'topics', 'body'].toSorted(),
		);
	});

	it('writes one file per language, named as the build reads them, in the releases folder', () => {
		const config = cmsConfig();
		expect(config.i18n).toEqual({
			structure: 'multiple_files',
			locales,
			default_locale: 'en',
		});
		const [releases, pages] = config.collections;
		expect(releases?.folder).toBe('content/releases');
		expect(pages?.folder).toBe('content/pages');
		// Decap's multiple_files: `<path>.<locale>.<extension>`.
		const written = `${releases?.path}.fr.${releases?.extension}`.split('/').at(-1);
		expect(written).toBe(languageFile('fr'));
	});

	it('is served as the YAML of the same object, beside a page that carries the editor’s policy', () => {
		const files = adminFiles(root, ['/_astro/site.css']);
		const config = files.get('config.yml');
		expect(config && 'text' in config ? parse(config.text) : undefined).toEqual(cmsConfig());
		const page = files.get('index.html');
		const html = page && 'text' in page ? page.text : '';
		expect(html).toContain(
			`<meta http-equiv="Content-Security-Policy" content="${adminMetaPolicy}">`,
		);
		expect(html).toContain('<meta name="robots" content="noindex">');
		expect(html).toContain('data-styles="/_astro/site.css"');
		expect(files.has('decap-cms.js')).toBe(true);
	});
});
