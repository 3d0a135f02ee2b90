import type { TestProject } from 'vitest/node';
import { astroBuild } from './helpers/astro';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The `dist/` of one real build of the site, shared by build and browser tests. */
		siteDir: string;
	}
}

/** Builds the real site once for every build and browser test file. */
export default async function setup(project: TestProject) {
	const site = await astroBuild('site');
	if (!site.ok) throw new Error(`The site does not build:\n${site.output}`);
	project.provide('siteDir', site.outDir);
}
