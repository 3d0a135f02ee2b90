// Decap CMS checks the required fields of the default language's pane only (decap-cms#5112): it
// saved a French translation holding a title and nothing else, which the build then refused. The
// build treats a language file with no title and no text as not written yet, and any other as a
// translation that must be complete (src/content-model/scan.ts). The web editor applies that
// rule to every other language of an entry before Decap saves it (editor.js, `preSave`).
import { defaultLocale, locales, type Locale } from '../i18n/locales';
import { languageName, useTranslations } from '../i18n/translate';
import { typesetText } from '../i18n/typography';
import type { UiKey } from '../i18n/ui/en';
import type { FieldSpec } from './fields';

const filled = (value: unknown): boolean =>
	Array.isArray(value)
		? value.length > 0
		: typeof value === 'string'
			? value.trim() !== ''
			: value !== undefined && value !== null;

/**
 * The labels of the required per-language fields a language's data leaves empty, at any depth (a
 * picture's description), or none when the language is not started (no title, no text).
 */
export function missingFields(specs: readonly FieldSpec[], data: Record<string, unknown>): UiKey[] {
	if (!filled(data.title) && !filled(data.body)) return [];
	// The fields of a per-language object or list are per-language too (config.ts `perLanguage`).
	const missing = (
		fields: readonly FieldSpec[],
		values: Record<string, unknown>,
		inherited = false,
	): UiKey[] =>
		fields.flatMap((spec) => {
			const value = values[spec.name];
			const perLanguage = inherited || spec.i18n === true;
			if (spec.fields && Array.isArray(value)) {
				return value.flatMap((item: unknown) =>
					missing(spec.fields ?? [], (item ?? {}) as Record<string, unknown>, perLanguage),
				);
			}
			if (spec.fields && value && typeof value === 'object') {
				return missing(spec.fields, value as Record<string, unknown>, perLanguage);
			}
			const required = perLanguage && spec.required !== false && spec.default === undefined;
			return required && !spec.fields && !filled(value) ? [spec.label] : [];
		});
	return missing(specs, data);
}

/** An error whose text Decap shows as it is ("Échec de l'enregistrement de l'entrée : …"). */
export class Refusal extends Error {
	override toString(): string {
		return this.message;
	}
}

/**
 * Throws, in the editor's language `ui`, when a language of the entry other than the default is
 * started and not finished; `data` gives each language's fields as Decap holds them.
 */
export function checkTranslations(
	specs: readonly FieldSpec[],
	data: (locale: Locale) => Record<string, unknown> | undefined,
	ui: Locale,
): void {
	const t = useTranslations(ui);
	for (const locale of locales) {
		if (locale === defaultLocale) continue;
		const missing = missingFields(specs, data(locale) ?? {});
		if (!missing.length) continue;
		const fields = new Intl.ListFormat(ui, { type: 'conjunction' }).format(
			missing.map((key) => `"${t(key)}"`),
		);
		throw new Refusal(
			typesetText(
				t('cms.translationIncomplete', { language: languageName(locale, ui), fields }),
				ui,
			),
		);
	}
}
