// The catalogue of bad inputs (catalogue/cases.ts), built at once in one content folder: the build
// fails, prints exactly the expected line of every case (file, line or field, and a fix) and no
// other, and leaves no dist/ behind.
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, root, tmp, type BuildResult } from '../helpers/astro';
import { cases as generalCases } from './catalogue/cases';
import { mediaCases } from './catalogue/media-cases';

const cases = [...generalCases, ...mediaCases];

const content = join(tmp, 'catalogue', 'content');
const contentPath = relative(root, content);
const expected = (line: string) => line.replaceAll('@/', `${contentPath}/`);

/** The problem lines of a failed build's message: `  <file>…: <message>`. */
const problemLines = (output: string, folder = contentPath) =>
	output
		.split('\n')
		.filter((line) => line.startsWith(`  ${folder}/`))
		.map((line) => line.slice(2));

let build: BuildResult;
beforeAll(async () => {
	await rm(join(tmp, 'catalogue'), { recursive: true, force: true });
	for (const { files } of cases) {
		for (const [path, text] of Object.entries(files)) {
			await mkdir(dirname(join(content, path)), { recursive: true });
			await writeFile(join(content, path), text);
		}
	}
	await mkdir(join(content, 'pages'), { recursive: true });
	build = await astroBuild('catalogue/site', { content });
});

describe('the catalogue of bad inputs, in one build', () => {
	it('has at least 110 cases, each in files of its own', () => {
		expect(cases.length).toBeGreaterThanOrEqual(110);
		const paths = cases.flatMap((c) => Object.keys(c.files));
		expect(new Set(paths).size).toBe(paths.length);
	});

	it('fails, leaves no dist/, and prints every problem of every file at once, and nothing else', () => {
		expect(build.ok).toBe(false);
		expect(existsSync(build.outDir)).toBe(false);
		const all = cases.flatMap((c) => c.expect.map(expected));
		expect(build.output).toContain(`${all.length} problems in the content:`);
		expect(problemLines(build.output).toSorted()).toEqual(all.toSorted());
		expect(build.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
	});

	it.each(cases.map((c) => [c.name, c] as const))('names the file and the fix: %s', (_, c) => {
		for (const line of c.expect) expect(problemLines(build.output)).toContain(expected(line));
	});
});

describe('the pages the menu links to', () => {
	it('must be published in every language: a drafted or missing one is named, file by file', async () => {
		const copy = join(tmp, 'catalogue', 'menu-content');
		await rm(copy, { recursive: true, force: true });
		await cp(join(root, 'content'), copy, { recursive: true });
		const drafted = join(copy, 'pages/partnerships/index.fr.md');
		await writeFile(
			drafted,
			(await readFile(drafted, 'utf8')).replace(/^---\n/, '---\ndraft: true\n'),
		);
		await rm(join(copy, 'pages/get-involved/index.es.md'));
		const result = await astroBuild('catalogue/menu', { content: copy });
		expect(result.ok).toBe(false);
		const at = relative(root, copy);
		expect(problemLines(result.output, at).toSorted()).toEqual([
			`${at}/pages/get-involved/index.es.md: The menu links to the page "get-involved", which has no es version: translate ${at}/pages/get-involved/index.en.md into this file, or take the page out of src/content-model/menu-items.ts.`,
			`${at}/pages/partnerships/index.fr.md → draft: The menu links to this page, which is a draft: publish it (remove draft: true), or take it out of src/content-model/menu-items.ts.`,
		]);
	});
});
