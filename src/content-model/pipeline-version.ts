import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A digest of what reads content and turns Markdown into HTML: the site's code for it
 * (src/markdown, src/i18n, and src/content-model, whose rules check every file) and the
 * installed packages it runs (Sätteri, unified, the rehype plugins, Typograf…), read from
 * package-lock.json. Astro caches validated and rendered entries between builds and notices
 * neither a changed plugin, an upgraded package nor a stricter rule of the content model (a
 * file unchanged since the last build would skip the new rule), so the content loader starts
 * afresh whenever this digest does (after such a change, one full render).
 */
export function pipelineVersion(root = process.cwd()): string {
	const hash = createHash('sha256');
	for (const dir of ['src/markdown', 'src/i18n', 'src/content-model']) {
		if (!existsSync(join(root, dir))) continue;
		const files = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).sort();
		for (const file of files.filter((f) => f.endsWith('.ts'))) {
			hash.update(file).update(readFileSync(join(root, dir, file)));
		}
	}
	const lockfile = join(root, 'package-lock.json');
	if (existsSync(lockfile)) hash.update('package-lock.json').update(readFileSync(lockfile));
	return hash.digest('hex').slice(0, 16);
}
