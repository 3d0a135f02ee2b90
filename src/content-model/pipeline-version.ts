import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';

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
	return pinned().get(root) ?? digestOf(root);
}

/**
 * The versions pinned for the build under way, by root. The content loader and the pages' cache
 * keys (static-pages.ts) run in Vite's module graph, which has its own copy of this module: the
 * pins live on `globalThis`, which both copies and the integrations share.
 */
const pins = Symbol.for('newsroom.pipelineVersion');
const pinned = (): Map<string, string> => {
	const global = globalThis as { [pins]?: Map<string, string> };
	global[pins] ??= new Map<string, string>();
	return global[pins];
};

/**
 * Reads the version once for a whole build (newsroom:pipeline-version calls this when a build
 * starts, and `unpinPipelineVersion` when it ends). The loader reads the version when content
 * syncs and the pages' cache keys read it when pages render, a minute apart at archive scale: a
 * file under src/markdown edited in between would otherwise store bodies rendered by the old
 * code under page keys of the new, and the next build would keep those pages.
 */
export function pinPipelineVersion(root = process.cwd()): string {
	const version = digestOf(root);
	pinned().set(root, version);
	return version;
}

/** Ends the pin of `pinPipelineVersion`: the version is read from the files again. */
export function unpinPipelineVersion(): void {
	pinned().clear();
}

/**
 * The integration that pins the version for each build: read when the build starts, before
 * content syncs, and forgotten when it ends. `astro dev` reads it afresh each time, so that a
 * change to the pipeline under the development server counts at once.
 */
export const pinnedPipelineVersion = (): AstroIntegration => ({
	name: 'newsroom:pipeline-version',
	hooks: {
		'astro:config:setup': ({ command }) => {
			unpinPipelineVersion();
			if (command === 'build') pinPipelineVersion();
		},
		'astro:build:done': () => unpinPipelineVersion(),
	},
});

function digestOf(root: string): string {
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
