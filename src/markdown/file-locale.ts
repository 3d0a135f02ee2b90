import { basename } from 'node:path';
import type { VFile } from 'vfile';
import { isLocale, type Locale } from '../i18n/locales';

/**
 * The language of a Markdown file, from its name (`…/guatemala/fr.md` → `fr`), so plugins can
 * set text in the right typography and emit strings in the right language.
 * @example fileLocale({ path: 'content/releases/a/fr.md' }) // => 'fr'
 */
export function fileLocale(file: Pick<VFile, 'path'>): Locale | undefined {
	const name = basename(file.path ?? '').replace(/\.md$/, '');
	return isLocale(name) ? name : undefined;
}
