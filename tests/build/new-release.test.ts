import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { url } from '../../src/i18n/routes';
import { astroBuild, run, tmp, type BuildResult } from '../helpers/astro';
import { listPages, readPage, text } from '../helpers/dist';

// `npm run new` writes into a scratch content folder (its --content flag); the files it writes
// are then built by a real `astro build`, as an editor's would be.
const content = join(tmp, 'new-release-content');
const folder = '2024-09-16-iom-opens-a-shelter-in-geneva';

const npmNew = (...args: string[]) => run('npm', ['run', '--silent', 'new', '--', ...args]);

let english: { code: number | null; output: string };
let french: { code: number | null; output: string };
let build: BuildResult;
beforeAll(async () => {
	await rm(content, { recursive: true, force: true });
	await mkdir(join(content, 'pages'), { recursive: true });
	english = await npmNew(
		...['--content', content, '--lang', 'en', '--title', 'IOM opens a shelter in Geneva'],
		...['--date', '2024-09-16', '--dateline', 'Geneva', '--countries', 'CH,FR'],
		...['--topics', 'migrant-assistance', '--summary', 'A shelter opened in Geneva.'],
	);
	french = await npmNew(
		...['--content', content, '--translate', folder, '--lang', 'fr'],
		...['--title', 'L’OIM ouvre un refuge à Genève', '--dateline', 'Genève'],
		...['--summary', 'Un refuge a ouvert à Genève.'],
	);
	// The editor writes the English text and publishes it; the French one stays a draft.
	const file = join(content, 'releases', folder, 'index.en.md');
	const scaffold = await readFile(file, 'utf8');
	await writeFile(
		file,
		scaffold
			.replace('draft: true\n', '')
			.replace('Write the release here, in Markdown.', 'The shelter opened on Monday.'),
	);
	build = await astroBuild('new-release', { content });
});

describe('npm run new', () => {
	it('writes a draft with a slug made from the title, and says what to do next', async () => {
		expect(english.code, english.output).toBe(0);
		const file = join(content, 'releases', folder, 'index.en.md');
		expect(english.output).toContain(`Written: ${file}`);
		expect(english.output).toContain('It is a draft: write the text, preview it with npm run dev');
		expect(french.code, french.output).toBe(0);
		const fr = await readFile(join(content, 'releases', folder, 'index.fr.md'), 'utf8');
		expect(fr).toContain('slug: l-oim-ouvre-un-refuge-a-geneve\n');
		expect(fr).toContain('draft: true\n');
		// A translation starts from the shared fields of the release it translates.
		expect(fr).toContain('date: 2024-09-16\n');
		expect(fr).toMatch(/countries:\n {2}- CH\n {2}- FR\n/);
	});

	it('writes files that build: the published one appears, the draft does not', async () => {
		expect(build.ok, build.output).toBe(true);
		const path = url('release', 'en', { slug: 'iom-opens-a-shelter-in-geneva' });
		expect(path).toBe('/en/news/iom-opens-a-shelter-in-geneva/');
		const pages = await listPages(build.outDir);
		expect(pages).toContain(path);
		expect(pages).not.toContain(url('release', 'fr', { slug: 'l-oim-ouvre-un-refuge-a-geneve' }));
		const page = await readPage(build.outDir, path);
		expect(text(page, 'article h1')).toBe('IOM opens a shelter in Geneva');
		expect(text(page, 'article .body')).toBe('The shelter opened on Monday.');
		expect(text(await readPage(build.outDir, '/en/news/'), '.card h2')).toBe(
			'IOM opens a shelter in Geneva',
		);
	});

	it('writes nothing when the release would not build, and says why', async () => {
		const result = await npmNew(
			...['--content', content, '--lang', 'es', '--title', 'Un refugio', '--date', '2024-09-16'],
			...['--dateline', 'Ginebra', '--countries', 'XX', '--topics', 'shelters'],
		);
		expect(result.code).toBe(1);
		expect(result.output).toContain('Nothing written: the release would not build.');
		expect(result.output).toContain(
			'  --countries: "XX" is not an ISO 3166-1 country code. Use two capital letters, like GT for Guatemala or FR for France.',
		);
		expect(result.output).toContain('  --topics: "shelters" is not a known topic.');
		expect(existsSync(join(content, 'releases', '2024-09-16-un-refugio'))).toBe(false);
	});

	it('refuses to overwrite a file that exists', async () => {
		const result = await npmNew(
			...['--content', content, '--translate', folder, '--lang', 'en', '--title', 'Again'],
			...['--dateline', 'Geneva', '--summary', 'Again.'],
		);
		expect(result.code).toBe(1);
		expect(result.output).toContain(
			`Nothing written: ${join(content, 'releases', folder, 'index.en.md')} already exists.`,
		);
	});
});
