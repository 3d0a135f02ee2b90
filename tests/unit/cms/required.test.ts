// What the web editor requires is what the build requires: every field the schema needs is a
// required widget, and every optional one an optional widget, at every depth (a picture's
// credit, a contact's name), so a press officer's save cannot fail the site's build for a
// missing field the editor called optional. The same in every language of the editor's interface.
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { cmsConfig, type CmsField } from '../../../src/cms/config';
import { pageSchema, releaseSchema } from '../../../src/content-model/schema';
import { locales, type Locale } from '../../../src/i18n/locales';

/** The release schema with a stand-in for Astro's `image()`, which needs a build. */
const release = releaseSchema({ image: (() => z.string()) as never });

/** An object schema's fields, under any wrapper (optional, default, list of objects…). */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
	let inner: unknown = schema;
	for (let i = 0; i < 5 && inner; i++) {
		const def = (inner as { def?: Record<string, unknown> }).def ?? {};
		if (def.shape) return def.shape as Record<string, z.ZodType>;
		inner = def.innerType ?? def.element ?? def.in;
	}
	return undefined;
}

/** Each widget's path and whether the editor requires it, or the schema does. */
function requiredness(fields: CmsField[], shape: Record<string, z.ZodType>, path = '') {
	const found: { path: string; editor: boolean; schema: boolean }[] = [];
	for (const field of fields) {
		const schema = shape[field.name];
		if (!schema) continue; // the body, which is not frontmatter
		found.push({
			path: `${path}${field.name}`,
			// A required widget with a default always has a value, as the schema's default gives one.
			editor: field.required !== false && field.default === undefined,
			schema: !schema.safeParse(undefined).success,
		});
		const nested = objectShape(schema);
		if (field.fields && nested)
			found.push(...requiredness(field.fields, nested, `${path}${field.name}.`));
	}
	return found;
}

const collection = (name: string, locale: Locale) => {
	const found = cmsConfig(locale).collections.find((c) => c.name === name);
	if (!found) throw new Error(`no collection ${name}`);
	return found.fields as CmsField[];
};

describe('the web editor requires what the build requires', () => {
	it.each(
		locales.flatMap((locale) => [
			['releases', locale, release],
			['pages', locale, pageSchema],
		]) as [string, Locale, z.ZodType][],
	)('%s in %s: every field, at every depth', (name, locale, schema) => {
		const fields = requiredness(collection(name, locale), objectShape(schema)!);
		expect(fields.length).toBeGreaterThan(8);
		const disagree = fields.filter((f) => f.editor !== f.schema);
		expect(disagree).toEqual([]);
	});
});
