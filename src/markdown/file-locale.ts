import { basename } from 'node:path';
import type { VFile } from 'vfile';
import { fileLanguage } from '../i18n/language-files';
import { isLocale, type Locale } from '../i18n/locales';

/**
 * The language of a Markdown file, from its name (`…/guatemala/index.fr.md` → `fr`), so plugins can
 * set text in the right typography and emit strings in the right language.
 * @example fileLocale({ path: 'content/releases/a/index.fr.md' }) // => 'fr'
 */
export function fileLocale(file: Pick<VFile, 'path'>): Locale | undefined {
	const name = fileLanguage(basename(file.path ?? ''));
	return name !== undefined && isLocale(name) ? name : undefined;
}
