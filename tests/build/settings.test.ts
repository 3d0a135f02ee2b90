// The settings a build reads from the environment (src/settings.ts), each given a value it cannot
// use: `astro build` stops before any work, says in one sentence which variable is wrong and what
// it accepts, exits with an error and leaves no dist/. Before, a clock of "tomorrow" built a site
// without a release and a content folder that does not exist an empty site, both with exit 0.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { astroBuild, root } from '../helpers/astro';

const cases: [variable: string, value: string, message: string][] = [
	[
		'SITE_URL',
		'newsroom.example.org',
		'SITE_URL "newsroom.example.org" is not a web address: set it to the site\'s public address, starting with https:// or http://, like SITE_URL=https://newsroom.example.org',
	],
	[
		'NEWSROOM_NOW',
		'tomorrow',
		'NEWSROOM_NOW "tomorrow" is not a date and time: write one with its time zone, like NEWSROOM_NOW=2025-01-01T09:00:00Z, or leave it unset to use the time the build starts.',
	],
	[
		'NEWSROOM_CONTENT_DIR',
		'no-such-content',
		`NEWSROOM_CONTENT_DIR "no-such-content" does not exist (${root}no-such-content): set it to the folder that holds releases/ and pages/, like NEWSROOM_CONTENT_DIR=content, or leave it unset.`,
	],
	[
		'NEWSROOM_MARKDOWN_WORKERS',
		'all',
		'NEWSROOM_MARKDOWN_WORKERS "all" must be a whole number of threads, like NEWSROOM_MARKDOWN_WORKERS=4, or 0 to render Markdown in the main thread only (unset: one per core).',
	],
	[
		'NEWSROOM_INCREMENTAL',
		'false',
		'NEWSROOM_INCREMENTAL "false" must be 0 (render every page) or 1 (reuse the pages that did not change, the default).',
	],
];

describe('a build with a setting it cannot use', () => {
	it.each(cases)('stops before any work when %s is "%s"', async (variable, value, message) => {
		const build = await astroBuild(`settings/${variable}`, { env: { [variable]: value } });
		expect(build.ok).toBe(false);
		expect(build.output.split('\n')).toContain(message);
		expect(build.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
		expect(build.output).not.toContain('[content]');
		expect(existsSync(build.outDir)).toBe(false);
	});
});
