import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { astroBuild, root, run } from '../helpers/astro';
import { listFiles } from '../helpers/dist';

const fixture = (name: string) => `tests/fixtures/bad-input/${name}`;

/** Builds a bad-input fixture and returns the build's output; the build must fail and write no page. */
async function failingBuild(name: string): Promise<string> {
	const result = await astroBuild(`bad-input-${name}`, { content: fixture(name) });
	expect(result.ok, result.output).toBe(false);
	const pages = existsSync(result.outDir)
		? (await listFiles(result.outDir)).filter((f) => f.endsWith('.html'))
		: [];
	expect(pages).toEqual([]);
	return result.output;
}

const file = (name: string, path: string) => `${fixture(name)}/releases/${path}`;

describe('a build of bad content fails, names the file and the field, and publishes nothing', () => {
	it('when the title is missing', async () => {
		expect(await failingBuild('missing-title')).toContain(
			`${file('missing-title', 'shelter/index.en.md')} → title: title is missing. Add a line like: title: IOM helps victims of trafficking in Guatemala`,
		);
	});

	it('when the title is empty', async () => {
		expect(await failingBuild('empty-title')).toContain(
			`${file('empty-title', 'shelter/index.en.md')} → title: title is empty. Write it like: title: IOM helps victims of trafficking in Guatemala`,
		);
	});

	it('when the date cannot be read', async () => {
		expect(await failingBuild('bad-date')).toContain(
			`${file('bad-date', 'shelter/index.en.md')} → date: date "16/09/2024" is not a date. Write it as year-month-day, like: date: 2024-09-16`,
		);
	});

	it('when a file is not named after a language of the site', async () => {
		expect(await failingBuild('unknown-language')).toContain(
			`${file('unknown-language', 'shelter/index.de.md')}: "index.de.md" is not a language of the site. Name release files after their language: index.en.md, index.fr.md, index.es.md.`,
		);
	});

	it('when a country code is unknown', async () => {
		expect(await failingBuild('unknown-country')).toContain(
			`${file('unknown-country', 'shelter/index.en.md')} → countries.1: "XX" is not an ISO 3166-1 country code. Use two capital letters, like GT for Guatemala or FR for France.`,
		);
	});

	it('when a topic is unknown', async () => {
		expect(await failingBuild('unknown-topic')).toContain(
			`${file('unknown-topic', 'shelter/index.en.md')} → topics.0: "trafficking" is not a known topic. Use one of: counter-trafficking,`,
		);
	});

	it('when an image has no alt text', async () => {
		expect(await failingBuild('image-without-alt')).toContain(
			`${file('image-without-alt', 'shelter/index.en.md')} → image.alt: image.alt is missing. Add a line like: alt: Two women sewing at a training workshop`,
		);
	});

	it('when two releases share a slug in one language', async () => {
		expect(await failingBuild('duplicate-slug')).toContain(
			`${file('duplicate-slug', 'shelter/index.fr.md')} → slug: The URL slug "refuge" is already used by ${file('duplicate-slug', 'second-shelter/index.fr.md')}. Give one of them a different title or a "slug:" line.`,
		);
	});

	it('when translations disagree on shared fields, naming each field', async () => {
		const output = await failingBuild('translations-disagree');
		const fr = file('translations-disagree', 'shelter/index.fr.md');
		const en = file('translations-disagree', 'shelter/index.en.md');
		expect(output).toContain(
			`${fr} → date: date is "2024-09-17" here but "2024-09-16" in ${en}. Translations of one release share their date: make them the same.`,
		);
		expect(output).toContain(
			`${fr} → topics: topics is ["child-protection","counter-trafficking"] here but ["counter-trafficking"] in ${en}.`,
		);
	});

	it('listing every problem of every file at once', async () => {
		const output = await failingBuild('many-problems');
		expect(output).toContain('3 problems in the content:');
		expect(output).toContain(
			`${file('many-problems', 'shelter/index.en.md')} → title: title is missing.`,
		);
		expect(output).toContain(
			`${file('many-problems', 'shelter/index.en.md')} → countries.0: "XX" is not an ISO 3166-1 country code.`,
		);
		expect(output).toContain(
			`${file('many-problems', 'other/index.es.md')} → date: date "ayer" is not a date.`,
		);
	});

	it('also when only checked: `astro check` (the first step of npm run check) fails with the same lines', async () => {
		const { code, output } = await run(
			process.execPath,
			[join(root, 'node_modules/astro/bin/astro.mjs'), 'check'],
			{ ASTRO_TELEMETRY_DISABLED: '1', NEWSROOM_CONTENT_DIR: fixture('many-problems') },
		);
		expect(code, output).not.toBe(0);
		expect(output).toContain('3 problems in the content:');
		expect(output).toContain(
			`${file('many-problems', 'other/index.es.md')} → date: date "ayer" is not a date. Write it as year-month-day, like: date: 2024-09-16`,
		);
		expect(output).toContain(
			'Fix each line above, then build again. EDITING.md explains every field.',
		);
	});
});
