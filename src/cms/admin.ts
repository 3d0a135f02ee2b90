// The files of the web editor at /admin/: its page, its configuration in each language of its
// interface (config.ts, languages.ts), its own script (editor.js and what it imports, bundled by
// esbuild: widgets, language menu, the preview in the site's typography) and Decap CMS's bundle,
// copied from node_modules. The build writes them into dist/admin/ (src/integrations/cms.ts) and
// `astro dev` serves the same files; no other page loads any of them.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildSync } from 'esbuild';
import { stringify } from 'yaml';
import { editorPolicy } from '../hosting/security-headers';
import { adminUrl, faviconUrl } from '../i18n/file-routes';
import { defaultLocale } from '../i18n/locales';
import { useTranslations } from '../i18n/translate';
import { cmsConfig } from './config';
import { configFile, editorLocales } from './languages';

/** Decap CMS's browser bundle: the main script, its lazily loaded chunks and WebAssembly. */
function decapFiles(root: string): Map<string, string> {
	const dist = dirname(
		createRequire(join(root, 'package.json')).resolve('decap-cms/dist/decap-cms.js'),
	);
	const files = new Map<string, string>();
	for (const name of readdirSync(dist)) {
		if (/^(?:\d+\.)?decap-cms\.js$|\.wasm$/.test(name)) files.set(name, join(dist, name));
	}
	return files;
}

/** The editor's own script: src/cms/editor.js with what it imports, as one browser script. */
function editorScript(root: string): string {
	const { outputFiles } = buildSync({
		entryPoints: [join(root, 'src/cms/editor.js')],
		bundle: true,
		write: false,
		format: 'iife',
		platform: 'browser',
		target: 'es2022',
		minify: true,
		charset: 'utf8',
		legalComments: 'none',
	});
	return outputFiles[0]?.text ?? '';
}

/** The page, in English until the script sets the chosen language (its `lang`, its title). */
const page = (styles: string[], localBackend?: string) => `<!DOCTYPE html>
<html lang="${defaultLocale}" dir="ltr">
	<head>
		<meta charset="utf-8">
		<meta name="viewport" content="width=device-width, initial-scale=1">
		<meta name="description" content="The newsroom's web editor, for press officers.">
		<meta name="robots" content="noindex">
		<link rel="icon" href="${faviconUrl}" type="image/svg+xml">
		<meta http-equiv="Content-Security-Policy" content="${editorPolicy(localBackend)}">
		<title>${useTranslations(defaultLocale)('cms.title')}</title>
	</head>
	<body>
		<script src="${adminUrl}editor.js" data-styles="${styles.join(' ')}"></script>
		<script src="${adminUrl}decap-cms.js"></script>
	</body>
</html>
`;

/** The YAML of the configuration in each language of the interface, by file name. */
function configFiles(localBackend?: string): [string, { text: string }][] {
	const note =
		'# Generated at build time by src/cms/config.ts from the schema, the UI dictionaries, topics, types and locales: do not edit.\n';
	return editorLocales.map((locale) => [
		configFile(locale),
		{
			text: `${note}${stringify(cmsConfig(locale, localBackend), { aliasDuplicateObjects: false })}`,
		},
	]);
}

/**
 * Every file of /admin/, by name, as its contents or the path to copy it from. `root` is the
 * project's folder; `styles` are the site's stylesheets, which the preview applies to the entry
 * being edited; `localBackend`, under `npm run cms` only, the decap-server the editor uses.
 */
export function adminFiles(
	root: string,
	styles: string[],
	localBackend?: string,
): Map<string, { text: string } | { copy: string }> {
	const files = new Map<string, { text: string } | { copy: string }>([
		['index.html', { text: page(styles, localBackend) }],
		...configFiles(localBackend),
		['editor.js', { text: editorScript(root) }],
	]);
	for (const [name, path] of decapFiles(root)) files.set(name, { copy: path });
	return files;
}
