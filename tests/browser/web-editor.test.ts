// The web editor at /admin/, as a press officer uses it: Decap CMS in Chromium, served by nginx
// with the production headers, against its local backend (decap-server, as `npm run cms` runs
// it) writing into a copy of content/. A release written in French with its English translation
// is saved, and the files it wrote build into the site in both languages; an entry without a
// required field is refused with the field named.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPolicy } from '../../src/hosting/security-headers';
import { localBackendPort } from '../../src/cms/config';
import { astroBuild, root, tmp } from '../helpers/astro';
import { siteInBrowser } from '../helpers/site';

const site = siteInBrowser();
const repo = join(tmp, 'web-editor', 'repo');
const releases = join(repo, 'content/releases');
let backend: ChildProcess;

beforeAll(async () => {
	await rm(join(tmp, 'web-editor'), { recursive: true, force: true });
	await cp(join(root, 'content'), join(repo, 'content'), { recursive: true });
	backend = spawn(process.execPath, [join(root, 'node_modules/decap-server/dist/index.js')], {
		env: { ...process.env, PORT: String(localBackendPort), MODE: 'fs', GIT_REPO_DIRECTORY: repo },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let log = '';
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(
			() => reject(new Error(`decap-server did not start:\n${log}`)),
			20_000,
		);
		const read = (chunk: Buffer) => {
			log += chunk.toString();
			if (log.includes('listening on port')) {
				clearTimeout(timer);
				resolve();
			}
		};
		backend.stdout?.on('data', read);
		backend.stderr?.on('data', read);
		backend.on('exit', (code) => reject(new Error(`decap-server exited (${code}):\n${log}`)));
	});
});

afterAll(() => {
	backend?.kill();
});

/** The editor, logged in to the local backend, with every CSP violation and error it met. */
async function openEditor(hash: string): Promise<{ page: Page; problems: string[] }> {
	const context = await site.browser.newContext({ viewport: { width: 1400, height: 1000 } });
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`),
		);
	});
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('console', (m) => {
		// Decap asks for a file that does not exist before it finds its local backend.
		if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
			problems.push(m.text());
	});
	page.on('pageerror', (e) => problems.push(e.message));
	await page.goto(`${site.server.origin}/admin/`);
	await page.getByRole('button', { name: 'Login' }).click();
	await page
		.getByRole('link', { name: /Press releases/ })
		.first()
		.waitFor({ timeout: 20_000 });
	await page.goto(`${site.server.origin}/admin/${hash}`);
	await page.getByRole('button', { name: 'Writing in EN' }).waitFor({ timeout: 20_000 });
	return { page, problems };
}

/** The editing pane of one language (the deepest block holding its "Writing in" menu and fields). */
const pane = (page: Page, locale: string): Locator =>
	page
		.locator('div')
		.filter({ has: page.getByRole('button', { name: `Writing in ${locale.toUpperCase()}` }) })
		.filter({ has: page.getByText('Title', { exact: true }) })
		.last();

/** Types the texts of one language: title, summary, dateline and the first paragraph. */
async function writeTexts(
	page: Page,
	locale: string,
	texts: { title: string; summary: string; dateline: string; body: string },
) {
	const at = pane(page, locale);
	await at.getByLabel('Title', { exact: true }).fill(texts.title);
	await at.getByLabel('Summary', { exact: true }).fill(texts.summary);
	await at.getByLabel('Dateline', { exact: true }).fill(texts.dateline);
	await at.locator('[data-slate-editor]').first().click();
	await page.keyboard.type(texts.body);
}

/** Chooses an option of a multiple select by typing part of its label. */
async function choose(page: Page, field: string, typed: string) {
	await pane(page, 'en').getByLabel(field, { exact: true }).fill(typed);
	await page.keyboard.press('Enter');
}

async function publish(page: Page) {
	await page.getByRole('button', { name: 'Publish' }).first().click();
	await page.getByText('Publish now').click();
}

const folder = 'iom-opens-a-shelter-in-quetzaltenango';

describe('the web editor', () => {
	let problems: string[] = [];

	it('saves a release written in French with its English translation, shared fields entered once', async () => {
		const editor = await openEditor('#/collections/releases/new');
		const { page } = editor;
		problems = editor.problems;
		// The shared fields, in the first language's pane; the others show them, read-only.
		const en = pane(page, 'en');
		await en.getByLabel('Date', { exact: true }).fill('2026-11-30');
		await choose(page, 'Countries', 'Guatemala');
		await choose(page, 'Topics', 'Counter-traff');
		await en.getByRole('button', { name: 'Add contact' }).click();
		await en.getByLabel('Name', { exact: true }).fill('Marina Palma');
		await en.getByLabel(/^Email/).fill('mpalma@iom.int');
		await en.getByLabel(/^Phone/).fill('+502 2314 0041');
		await writeTexts(page, 'fr', {
			title: 'L’OIM ouvre un refuge à Quetzaltenango',
			summary: 'Un communiqué écrit dans l’éditeur web pour les besoins du test.',
			dateline: 'Quetzaltenango',
			body: 'Le premier paragraphe, écrit en français.',
		});
		await writeTexts(page, 'en', {
			title: 'IOM opens a shelter in Quetzaltenango',
			summary: 'A release written in the web editor for the test.',
			dateline: 'Quetzaltenango',
			body: 'The first paragraph, translated into English.',
		});
		await publish(page);
		await page.getByText('Entry saved').waitFor({ timeout: 20_000 });

		const fr = await readFile(join(releases, folder, 'index.fr.md'), 'utf8');
		const en2 = await readFile(join(releases, folder, 'index.en.md'), 'utf8');
		expect(fr).toContain('title: L’OIM ouvre un refuge à Quetzaltenango');
		expect(fr).toContain('Le premier paragraphe, écrit en français.');
		expect(en2).toContain('The first paragraph, translated into English.');
		for (const text of [fr, en2]) {
			expect(text).toContain('date: 2026-11-30');
			expect(text).toMatch(/countries:\n {2}- GT\n/);
			expect(text).toMatch(/topics:\n {2}- counter-trafficking\n/);
			expect(text).toContain(
				'  - name: Marina Palma\n    email: mpalma@iom.int\n    phone: +502 2314 0041\n',
			);
		}
		// Decap writes every language; the Spanish one holds the shared fields only.
		const es = await readFile(join(releases, folder, 'index.es.md'), 'utf8');
		expect(es).not.toMatch(/^title:/m);
		await page.context().close();
	});

	it('wrote files that pass the content checks and build: the release is on the site in French and English', async () => {
		const build = await astroBuild('web-editor/site', { content: join(repo, 'content') });
		expect(build.ok, build.output).toBe(true);
		expect(build.output).toContain(
			`${join(releases, folder, 'index.es.md').slice(root.length + 1)}: not written yet (no title, no text), so not published.`,
		);
		const page = (path: string) => join(build.outDir, path, 'index.html');
		expect(existsSync(page('fr/actualites/l-oim-ouvre-un-refuge-a-quetzaltenango'))).toBe(true);
		expect(existsSync(page('en/news/iom-opens-a-shelter-in-quetzaltenango'))).toBe(true);
		// No Spanish page: the Spanish news lists the release as available in other languages.
		const spanishPages = await readdir(join(build.outDir, 'es/noticias'));
		expect(spanishPages.filter((name) => name.includes('quetzaltenango'))).toEqual([]);
		const spanish = await readFile(page('es/noticias'), 'utf8');
		expect(spanish).toMatch(
			/href="\/(en\/news\/iom-opens|fr\/actualites\/l-oim-ouvre)-[a-z-]*quetzaltenango\/" hreflang="(en|fr)"/,
		);
	});

	it('refuses to save an entry without a required field, and names the field', async () => {
		const { page } = await openEditor('#/collections/releases/new');
		const en = pane(page, 'en');
		await en.getByLabel('Date', { exact: true }).fill('2026-11-30');
		await choose(page, 'Countries', 'Guatemala');
		await writeTexts(page, 'en', {
			title: 'A release without a topic',
			summary: 'It cannot be saved.',
			dateline: 'Geneva',
			body: 'A paragraph.',
		});
		await publish(page);
		await page.getByText(/Oops, you.ve missed a required field/).waitFor({ timeout: 10_000 });
		expect(await en.getByText('Topics is required.').isVisible()).toBe(true);
		expect(existsSync(join(releases, 'a-release-without-a-topic'))).toBe(false);
		await page.context().close();
	});

	it('runs under its own Content-Security-Policy with no violation, kept out of search engines', async () => {
		const response = await fetch(`${site.server.origin}/admin/`);
		expect(response.headers.get('content-security-policy')).toBe(adminPolicy);
		expect(response.headers.get('x-robots-tag')).toBe('noindex');
		const home = await fetch(`${site.server.origin}/en/`);
		expect(home.headers.get('content-security-policy')).not.toBe(adminPolicy);
		expect(problems).toEqual([]);
	});
});
