// The web editor's configuration (Decap CMS, served at /admin/), one per language of its
// interface, made at build time from what the site already knows: the widgets of fields.ts and
// page-fields.ts (from the frontmatter schema), their texts from the UI dictionaries
// (src/i18n/ui/), the choices of options.ts, the content folders and the file-name rule
// (i18n/language-files.ts). The languages differ in their texts only: fields, requiredness and
// values are the same in each.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { cmsAuthUrl, cmsRepo, contentDir } from '../settings';
import type { FieldShape } from '../content-model/known-fields';
import { defaultLocale, locales, type Locale } from '../i18n/locales';
import { useTranslations, type Translate } from '../i18n/translate';
import { releaseSpecs, type FieldSpec } from './fields';
import { pageSpecs } from './page-fields';
import { personSpecs } from './person-fields';
import { eventSpecs } from './event-fields';
import type { Option } from './options';

/** A Decap CMS field (https://decapcms.org/docs/widgets/), as far as this site uses them. */
export interface CmsField {
	name: string;
	label: string;
	widget: string;
	required?: boolean;
	hint?: string;
	i18n?: true | 'duplicate';
	default?: unknown;
	pattern?: [string, string];
	options?: Option[];
	fields?: CmsField[];
	[option: string]: unknown;
}

/**
 * The content folder as the editor names it, relative to the repository (the project's folder):
 * the configuration is public, so it never holds a path of the build machine. A content folder
 * outside the project (a benchmark's corpus) is not the repository's: the editor edits `content`.
 */
const editedContent = (() => {
	const inside = relative(process.cwd(), resolve(contentDir)).split(sep).join('/');
	return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? 'content' : inside;
})();

/**
 * The local backend (decap-server on this computer, which `npm run cms` starts with `astro dev`)
 * the editor uses instead of GitHub; no built site has one.
 */
export const defaultLocalBackend = 'http://localhost:8081';

/** A field's widget with its texts in one language: the dictionary's, options' labels too. */
function localize(spec: FieldSpec, locale: Locale, t: Translate): CmsField {
	const { label, hint, label_singular, pattern, options, fields, ...settings } = spec;
	return {
		...settings,
		label: t(label),
		...(hint ? { hint: t(hint) } : {}),
		...(label_singular ? { label_singular: t(label_singular) } : {}),
		...(pattern ? { pattern: [pattern[0], t(pattern[1])] } : {}),
		...(options ? { options: options(locale) } : {}),
		...(fields ? { fields: fields.map((f) => localize(f, locale, t)) } : {}),
	};
}

/** The widgets of a release's fields in a language, in the order the editor shows them. */
export function releaseFields(locale: Locale = defaultLocale): CmsField[] {
	const t = useTranslations(locale);
	return releaseSpecs.map((spec) => localize(spec, locale, t));
}

/** The widgets of an institutional page's fields in a language. */
export function pageFields(locale: Locale = defaultLocale): CmsField[] {
	const t = useTranslations(locale);
	return pageSpecs.map((spec) => localize(spec, locale, t));
}

/** The widgets of an event's fields in a language. */
export function eventFields(locale: Locale = defaultLocale): CmsField[] {
	const t = useTranslations(locale);
	return eventSpecs.map((spec) => localize(spec, locale, t));
}

/** The widgets of a person's fields in a language. */
export function personFields(locale: Locale = defaultLocale): CmsField[] {
	const t = useTranslations(locale);
	return personSpecs.map((spec) => localize(spec, locale, t));
}

/** The frontmatter fields a list of widgets writes, in the shape the schema describes its own. */
export function widgetShape(fields: CmsField[]): FieldShape {
	const own = fields.filter((f) => f.name !== 'body');
	// Every widget with fields but a list writes an object (the editor's own translated-from too).
	const nested = (lists: boolean) =>
		Object.fromEntries(
			own
				.filter((f) => f.fields && (f.widget === 'list') === lists)
				.map((f) => [f.name, widgetShape(f.fields ?? [])]),
		);
	return { fields: own.map((f) => f.name), objects: nested(false), lists: nested(true) };
}

/**
 * Marks the fields inside a field written per language as per language too: else Decap shows
 * them in the first language's pane only, and another language's picture has no fields.
 */
function perLanguage(field: CmsField): CmsField {
	if (field.i18n !== true || !field.fields) return field;
	return { ...field, fields: field.fields.map((f) => perLanguage({ ...f, i18n: f.i18n ?? true })) };
}

/** A collection of language folders: `<folder>/<slug>/index.<locale>.md`, one entry per folder. */
function collection(
	name: string,
	labels: { label: string; label_singular: string },
	fields: CmsField[],
	summary = '{{title}}',
) {
	// `{{slug}}/index` + `multiple_files` writes `{{slug}}/index.<locale>.md` (languageFile).
	return {
		name,
		...labels,
		folder: `${editedContent}/${name}`,
		path: '{{slug}}/index',
		// Pictures live in the folder of their release.
		media_folder: '',
		public_folder: '',
		create: true,
		extension: 'md',
		format: 'frontmatter',
		i18n: true,
		summary,
		fields: fields.map(({ required, ...field }) => ({
			...perLanguage(field),
			required: required ?? true,
		})),
	};
}

/**
 * The whole configuration with its interface in `locale`, as `/admin/config.yml` (English) and
 * `/admin/config.<locale>.yml` hold it. It names no site address: the editor's script gives Decap
 * the home page of the site it runs on, in the chosen language (editor.js).
 */
export function cmsConfig(locale: Locale = defaultLocale, localBackend?: string) {
	const t = useTranslations(locale);
	return {
		backend: {
			name: 'github',
			repo: cmsRepo,
			branch: 'main',
			...(cmsAuthUrl ? { base_url: cmsAuthUrl } : {}),
		},
		// Under `npm run cms`, decap-server reads and writes this checkout's files, which git then
		// carries; on the site, every save is a pull request the site's build checks before it
		// can be published (docs/DEPLOY.md, "A save never stops the newsroom").
		...(localBackend
			? { local_backend: { url: `${localBackend}/api/v1` }, publish_mode: 'simple' }
			: { publish_mode: 'editorial_workflow' }),
		// The language of Decap's own buttons and messages (its locales, bundled in decap-cms.js).
		locale,
		// Pictures live in their release's folder (each collection's media_folder); this is Decap's
		// required default, for uploads outside any entry.
		media_folder: `${editedContent}/media`,
		i18n: { structure: 'multiple_files', locales: [...locales], default_locale: defaultLocale },
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
		collections: [
			collection(
				'releases',
				{ label: t('cms.releases'), label_singular: t('cms.release') },
				releaseFields(locale),
			),
			collection(
				'pages',
				{ label: t('cms.pages'), label_singular: t('cms.page') },
				pageFields(locale),
			),
			collection(
				'contacts',
				{ label: t('cms.people'), label_singular: t('cms.person') },
				personFields(locale),
				'{{name}}',
			),
			collection(
				'events',
				{ label: t('cms.events'), label_singular: t('cms.event') },
				eventFields(locale),
			),
		],
	};
}
