import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A digest of the code that turns Markdown into HTML (src/markdown, src/i18n): Astro caches
 * rendered entries between builds and does not notice when a plugin or a dictionary changes, so
 * the content loader starts afresh whenever this digest does.
 */
export function pipelineVersion(root = process.cwd()): string {
	const hash = createHash('sha256');
	for (const dir of ['src/markdown', 'src/i18n']) {
		const files = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).sort();
		for (const file of files.filter((f) => f.endsWith('.ts'))) {
			hash.update(file).update(readFileSync(join(root, dir, file)));
		}
	}
	return hash.digest('hex').slice(0, 16);
}
