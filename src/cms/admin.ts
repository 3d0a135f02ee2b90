// The files of the web editor at /admin/: its page, its configuration (config.ts), its own
// script (editor.js: widget options and the preview), and Decap CMS's bundle, copied from
// node_modules. The build writes them into dist/admin/ (src/integrations/cms.ts) and `astro dev`
// serves the same files; no other page loads any of them.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { adminMetaPolicy } from '../hosting/security-headers';
import { adminUrl } from '../i18n/file-routes';
import { cmsConfig } from './config';

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

const page = (styles: string[]) => `<!DOCTYPE html>
<html lang="en" dir="ltr">
	<head>
		<meta charset="utf-8">
		<meta name="viewport" content="width=device-width, initial-scale=1">
		<meta name="description" content="The newsroom's web editor, for press officers.">
		<meta name="robots" content="noindex">
		<meta http-equiv="Content-Security-Policy" content="${adminMetaPolicy}">
		<title>Newsroom editor</title>
	</head>
	<body>
		<script src="${adminUrl}editor.js" data-styles="${styles.join(' ')}"></script>
		<script src="${adminUrl}decap-cms.js"></script>
	</body>
</html>
`;

/**
 * Every file of /admin/, by name, as its contents or the path to copy it from. `root` is the
 * project's folder; `styles` are the site's stylesheets, which the preview applies to the entry
 * being edited.
 */
export function adminFiles(
	root: string,
	styles: string[],
): Map<string, { text: string } | { copy: string }> {
	const files = new Map<string, { text: string } | { copy: string }>([
		['index.html', { text: page(styles) }],
		[
			'config.yml',
			{
				text: `# Generated at build time by src/cms/config.ts from the schema, topics, types and locales: do not edit.\n${stringify(cmsConfig())}`,
			},
		],
		['editor.js', { text: readFileSync(join(root, 'src/cms/editor.js'), 'utf8') }],
	]);
	for (const [name, path] of decapFiles(root)) files.set(name, { copy: path });
	return files;
}
