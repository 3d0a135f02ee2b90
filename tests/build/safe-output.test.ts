// Inputs the build must publish correctly, or refuse after it has started writing pages: what a
// draft or embargoed release leaves in dist/ (nothing, pictures included), Markdown that used to
// give invalid HTML (duplicate ids, obsolete table alignment, a dropped caption), and a link to
// no page of the site, which fails the build and leaves no dist/ behind.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutIdPrefixes, layoutIds } from '../../src/markdown/rehype-layout-ids';
import { astroBuild, root, run, tmp, type BuildResult } from '../helpers/astro';
import { writeContent } from '../helpers/content';
import { attr, listFiles, listPages, readPage, select, selectAll, text } from '../helpers/dist';
import { pixel } from './catalogue/cases';

const now = { NEWSROOM_NOW: '2025-01-01T00:00:00Z' };
const body = `## Main

A table whose columns are aligned:

| Year | People assisted |
| :--- | --------------: |
| 2024 |              65 |

<table><caption>People assisted by year</caption><thead><tr><th scope="col">Year</th></tr></thead><tbody><tr><td>2024</td></tr></tbody></table>

![A picture of the body](body.png)`;

let build: BuildResult;
beforeAll(async () => {
	const content = await writeContent(join(tmp, 'safe-output-content'), {
		published: {
			en: {
				title: 'A published release',
				slug: 'published',
				media: [
					{
						file: 'body.png',
						alt: 'A picture of the body',
						credit: '© IOM 2024 / Test',
						licence: 'cc0-1.0',
					},
				],
				body,
			},
		},
		draft: {
			en: {
				title: 'Draft release xylophone',
				slug: 'draft-xylophone',
				draft: true,
				image: {
					src: './draft-secret.png',
					alt: 'A picture of the draft',
					credit: '© IOM 2024 / Test',
					licence: 'cc-by-4.0',
				},
				media: [
					{
						file: 'draft-body-secret.png',
						alt: 'The draft’s other picture',
						credit: '© IOM 2024 / Test',
						licence: 'cc0-1.0',
					},
				],
				body: '![The draft’s other picture](draft-body-secret.png)',
			},
		},
		embargoed: {
			en: {
				title: 'Embargoed release quagga',
				slug: 'embargoed-quagga',
				embargo: '2099-01-01T09:00:00+01:00',
				image: {
					src: './embargo-secret.png',
					alt: 'A picture under embargo',
					credit: '© IOM 2024 / Test',
					licence: 'cc-by-4.0',
				},
				body: 'Text under embargo.',
			},
		},
	});
	// Each picture has bytes of its own, so that Astro cannot share one file between them.
	const picture = (n: number) => Buffer.concat([pixel, Buffer.from([n])]);
	await writeFile(join(content, 'releases/published/body.png'), picture(1));
	await writeFile(join(content, 'releases/draft/draft-secret.png'), picture(2));
	await writeFile(join(content, 'releases/draft/draft-body-secret.png'), picture(3));
	await writeFile(join(content, 'releases/embargoed/embargo-secret.png'), picture(4));
	build = await astroBuild('safe-output', { content, env: now });
	expect(build.ok, build.output).toBe(true);
});

describe('drafts and embargoed releases, with pictures', () => {
	it('leave no byte in dist/: no page, text or picture of theirs', async () => {
		const leaks: string[] = [];
		for (const file of await listFiles(build.outDir)) {
			if (/secret|xylophone|quagga/.test(file)) leaks.push(file);
			const bytes = await readFile(join(build.outDir, file));
			// The pictures' names ("draft-secret.png"), and words of the releases' texts.
			if (/xylophone|quagga|draft-secret|embargo-secret/.test(bytes.toString('latin1')))
				leaks.push(`${file} (content)`);
		}
		expect(leaks).toEqual([]);
		// The published release's own picture is there: the check looks where pictures go.
		const images = (await listFiles(build.outDir)).filter((f) => f.startsWith('_astro/body'));
		expect(images.length).toBeGreaterThan(0);
	});
});

describe('Markdown that used to give invalid HTML', () => {
	it('gives a heading the id the skip link uses another one, and keeps the skip link’s target', async () => {
		const page = await readPage(build.outDir, '/en/news/published/');
		expect(attr(page, '.body h2', 'id')).toBe('main-1');
		expect(attr(page, '.body .heading-anchor', 'href')).toBe('#main-1');
		expect(selectAll('#main', page)).toHaveLength(1);
		expect(select('#main', page)?.tagName).toBe('main');
	});

	it('aligns table columns with classes, not the obsolete align attribute, and keeps captions', async () => {
		const page = await readPage(build.outDir, '/en/news/published/');
		expect(selectAll('[align]', page)).toEqual([]);
		expect(selectAll('.body th', page).map((th) => th.properties.className)).toEqual([
			['align-left'],
			['align-right'],
			undefined,
		]);
		expect(text(page, '.body caption')).toBe('People assisted by year');
	});

	it('passes html-validate on the page', async () => {
		const config = JSON.parse(
			await readFile(join(root, '.htmlvalidate.json'), 'utf8'),
		) as ConfigData;
		const validator = new HtmlValidate(config);
		const html = await readFile(join(build.outDir, 'en/news/published/index.html'), 'utf8');
		const report = await validator.validateString(html);
		expect(
			report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)),
		).toEqual([]);
	});

	it('knows every id the layout writes, on every page (so no heading can take one)', async () => {
		const outside = new Set<string>();
		for (const path of await listPages(build.outDir)) {
			const page = await readPage(build.outDir, path);
			for (const element of selectAll('[id]', page)) {
				const inBody = selectAll('.body [id]', page).includes(element);
				if (!inBody) outside.add(String(element.properties.id));
			}
		}
		expect(
			[...outside].filter(
				(id) => !layoutIds.includes(id) && !layoutIdPrefixes.some((p) => id.startsWith(p)),
			),
		).toEqual([]);
	});
});

describe('a link of a body to no page of the site', () => {
	it('fails the build, naming the file and the link, and removes the dist/ an earlier build left', async () => {
		const content = await writeContent(join(tmp, 'broken-link-content'), {
			linked: {
				en: {
					title: 'A release with a broken link',
					body: 'See [the report](/en/no-such-report/).',
				},
				// Links written relative to the file, as editors write them to another release.
				fr: {
					title: 'Un communiqué aux liens relatifs',
					body: 'Voir [l’autre](../other/index.en.md), [la page](other-page/) et [l’embargo](../held/index.fr.md).',
				},
			},
			other: {
				en: { title: 'The other release' },
				fr: { title: 'L’autre communiqué' },
			},
			held: { fr: { title: 'Sous embargo', embargo: '2099-01-01T09:00:00+01:00' } },
		});
		const outDir = join(tmp, 'broken-link', 'dist');
		await mkdir(outDir, { recursive: true });
		await writeFile(join(outDir, 'index.html'), 'an earlier build');
		const { code, output } = await run(
			process.execPath,
			[join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
			{ ASTRO_TELEMETRY_DISABLED: '1', NEWSROOM_CONTENT_DIR: content },
		);
		expect(code).not.toBe(0);
		expect(output).toContain(
			'tests/.tmp/broken-link-content/releases/linked/index.en.md: The link to /en/no-such-report/ leads to no page of this site: copy the address from the page you mean, or write the full address of another site.',
		);
		// A release file becomes its page's address (markdown.test.ts); a relative link to nothing
		// published (a folder that is no release or page, an embargoed release) is refused.
		const at = 'tests/.tmp/broken-link-content/releases/linked/index.fr.md';
		expect(output).not.toContain('"../other/index.en.md"');
		for (const href of ['other-page/', '../held/index.fr.md'])
			expect(output).toContain(
				`${at}: The link to "${href}" leads to no page of this site: link to a published release or page by its file (../other-release/index.en.md) or its address (which starts with /), or write the full address of another site.`,
			);
		expect(existsSync(outDir)).toBe(false);
	});
});
