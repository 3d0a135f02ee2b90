/**
 * Converts a generated corpus (`<corpus>/releases/<folder>/index.<lang>.md`, bench/generate.ts) into
 * the Hugo peer's content layout (`<site>/content/<lang>/news/<folder>.md`), with the release's
 * year and type as taxonomy terms like its topics and countries. Done before any timing.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileLanguage } from '../src/i18n/language-files';

/**
 * Makes a Hugo site in `site`: the peer's configuration and templates (bench/hugo) and the
 * content of `corpus`. Returns how many release files it wrote.
 */
export async function hugoSite(corpus: string, site: string): Promise<number> {
	await rm(site, { recursive: true, force: true });
	await cp(fileURLToPath(new URL('hugo', import.meta.url)), site, { recursive: true });
	const out = join(site, 'content');
	let files = 0;
	for (const folder of await readdir(join(corpus, 'releases'))) {
		for (const file of await readdir(join(corpus, 'releases', folder))) {
			const lang = fileLanguage(file);
			if (lang === undefined) continue;
			const text = await readFile(join(corpus, 'releases', folder, file), 'utf8');
			const year = /^date: (\d{4})-/m.exec(text)?.[1] ?? '';
			await mkdir(join(out, lang, 'news'), { recursive: true });
			// Hugo reads `type` as the layout to use: the release type is its `kinds` taxonomy.
			const kind = /^type: (.+)$/m.exec(text)?.[1] ?? 'press-release';
			await writeFile(
				join(out, lang, 'news', `${folder}.md`),
				text
					.replace(/^type: .+\n/m, '')
					.replace(/^---\n/, `---\nyears: ["${year}"]\nkinds: ["${kind}"]\n`),
			);
			files++;
		}
	}
	for (const lang of ['en', 'fr', 'es']) {
		await mkdir(join(out, lang, 'news'), { recursive: true });
		await writeFile(join(out, lang, 'news', '_index.md'), '---\ntitle: News\n---\n');
	}
	return files;
}
