// The build refuses a file of a release folder larger than its kind may be (media-kinds.ts
// `maxBytes`). The web editor applies the same limits: Decap's media library refuses an upload
// over the field's `max_file_size` (material-fields.ts sets it from `maxBytes`), but only one
// per field, and `media.file` takes every kind; so before Decap saves, every file a field names
// is checked against its own kind's limit here (editor.js, `preSave`), as the build will.
import { formatOf, maxBytes } from '../content-model/media-kinds';
import { intlOf, locales, type Locale } from '../i18n/locales';
import { languageName, useTranslations } from '../i18n/translate';
import { typesetText } from '../i18n/typography';
import type { UiKey } from '../i18n/ui/en';
import type { FieldSpec } from './fields';
import { Refusal } from './translation-check';

/** The widgets whose value is the name of a file of the release folder. */
const fileWidgets = new Set(['file', 'image']);

/** A file a field names, with the dictionary key of the field's label. */
export interface NamedFile {
	label: UiKey;
	name: string;
}

/** The files a language's data names in its file and picture widgets, at any depth. */
export function namedFiles(
	specs: readonly FieldSpec[],
	data: Record<string, unknown>,
): NamedFile[] {
	return specs.flatMap((spec) => {
		const value = data[spec.name];
		if (spec.fields && Array.isArray(value))
			return value.flatMap((item: unknown) =>
				namedFiles(spec.fields ?? [], (item ?? {}) as Record<string, unknown>),
			);
		if (spec.fields && value && typeof value === 'object')
			return namedFiles(spec.fields, value as Record<string, unknown>);
		return fileWidgets.has(spec.widget) && typeof value === 'string' && value.trim() !== ''
			? [{ label: spec.label, name: value.split('/').pop() ?? value }]
			: [];
	});
}

/** A number of bytes in megabytes, as the build counts them (30 MB is 30 × 1,024 × 1,024 bytes). */
const megabytes = (bytes: number, ui: Locale) => {
	const MB = 1024 * 1024;
	const whole = bytes % MB === 0;
	return new Intl.NumberFormat(intlOf(ui), {
		style: 'unit',
		unit: 'megabyte',
		minimumFractionDigits: whole ? 0 : 1,
		maximumFractionDigits: whole ? 0 : 1,
	}).format(bytes / MB);
};

/**
 * Throws, in the editor's language `ui`, when a file a field of the entry names (in any language)
 * is larger than its kind may be; `data` gives each language's fields as Decap holds them, and
 * `bytesOf` the size of a file of the release folder by name (undefined when Decap does not know it).
 */
export function checkFileSizes(
	specs: readonly FieldSpec[],
	data: (locale: Locale) => Record<string, unknown> | undefined,
	bytesOf: (name: string) => number | undefined,
	ui: Locale,
): void {
	const t = useTranslations(ui);
	for (const locale of locales) {
		for (const { label, name } of namedFiles(specs, data(locale) ?? {})) {
			const kind = formatOf(name)?.kind;
			const bytes = bytesOf(name);
			if (!kind || bytes === undefined || bytes <= maxBytes[kind]) continue;
			const message = t(`cms.tooLarge.${kind}`, {
				field: `"${t(label)}" (${languageName(locale, ui)})`,
				file: `"${name}"`,
				size: megabytes(bytes, ui),
				limit: megabytes(maxBytes[kind], ui),
			});
			throw new Refusal(typesetText(message, ui));
		}
	}
}
