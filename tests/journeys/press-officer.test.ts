// Journey: the press officer in the web editor. She works in Paris: her browser speaks French,
// and so does the editor, Decap's own buttons and the site's labels alike. Decap CMS in Chromium,
// as `npm run cms` serves it (astro dev, under the editor's own policy), against its local
// backend (decap-server, on a free port) writing into a copy of content/. She
// writes a release in French and English with a lead picture uploaded from her computer, marks
// the English as translated from the current French text, previews it as the site will show it
// ("30 novembre 2026", « »), publishes it, and the site builds with the picture and its credit;
// she edits it, then adds the Spanish translation another day, and each time the build passes
// and the pages show what she wrote. An entry missing a required field (a picture's credit
// included) is refused with the field named, and the editor accepts exactly the addresses
// (slugs) the build accepts.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import sharp from 'sharp';
import { basename, join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceHash } from '../../scripts/lib/translation-coverage';
import { maxBytes } from '../../src/content-model/media-kinds';
import { adminPolicy } from '../../src/hosting/security-headers';
import { formatDate } from '../../src/i18n/format';
import type { Locale } from '../../src/i18n/locales';
import { languageName, useTranslations } from '../../src/i18n/translate';
import { typesetText } from '../../src/i18n/typography';
import { freePort } from '../../scripts/lib/nginx';
import { astroBuild, root, startDevServer, tmp, type DevServer } from '../helpers/astro';
import { writeContent } from '../helpers/content';
import { patience } from '../helpers/patience';
import { siteInBrowser, watchedPage } from '../helpers/site';

const site = siteInBrowser();
/** The editor's texts in French, as the press officer reads them (src/i18n/ui/fr.ts). */
const t = useTranslations('fr');
const repo = join(tmp, 'web-editor', 'repo');
const releases = join(repo, 'content/releases');
/** A photograph as a press officer's camera gives it. */
const photo = join(tmp, 'web-editor', 'quetzaltenango-shelter.jpg');
let backend: ChildProcess;
/** `astro dev`, serving the editor as `npm run cms` does; production is `site.server`. */
let dev: DevServer;

beforeAll(async () => {
	await rm(join(tmp, 'web-editor'), { recursive: true, force: true });
	await cp(join(root, 'content'), join(repo, 'content'), { recursive: true });
	await sharp({ create: { width: 1600, height: 1067, channels: 3, background: '#3a6b8c' } })
		.jpeg()
		.toFile(photo);
	const port = await freePort();
	dev = await startDevServer({ env: { NEWSROOM_CMS_LOCAL_BACKEND: `http://localhost:${port}` } });
	backend = spawn(process.execPath, [join(root, 'node_modules/decap-server/dist/index.js')], {
		env: { ...process.env, PORT: String(port), MODE: 'fs', GIT_REPO_DIRECTORY: repo },
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

afterAll(async () => {
	backend?.kill();
	await dev?.close();
});

/**
 * The editor in a browser set to French, as in Paris, logged in to the local backend, with every
 * CSP violation and error it met.
 */
async function openEditor(hash: string): Promise<{ page: Page; problems: string[] }> {
	const { page, problems } = await watchedPage(
		site.browser,
		{ viewport: { width: 1400, height: 1000 }, locale: 'fr-FR' },
		// Decap asks for a file that does not exist before it finds its local backend.
		{ ignore: (text) => text.startsWith('Failed to load resource') },
	);
	await page.goto(`${dev.origin}/admin/`);
	await page.getByRole('button', { name: 'Se connecter' }).click();
	await page
		.getByRole('link', { name: t('cms.releases') })
		.first()
		.waitFor({ timeout: 20_000 });
	await page.goto(`${dev.origin}/admin/${hash}`);
	await page.getByRole('button', { name: 'Écrire en EN' }).waitFor({ timeout: 20_000 });
	return { page, problems };
}

/** The editing pane of one language (the deepest block holding its "Écrire en" menu, fields). */
const pane = (page: Page, locale: string): Locator =>
	page
		.locator('div')
		.filter({ has: page.getByRole('button', { name: `Écrire en ${locale.toUpperCase()}` }) })
		.filter({ has: page.getByText(t('cms.field.title'), { exact: true }) })
		.last();

/** Types the texts of one language: title, summary, dateline and the first paragraph. */
async function writeTexts(
	page: Page,
	locale: string,
	texts: { title: string; summary: string; dateline: string; body: string },
) {
	const at = pane(page, locale);
	await at.getByLabel(t('cms.field.title'), { exact: true }).fill(texts.title);
	await at.getByLabel(t('cms.field.summary'), { exact: true }).fill(texts.summary);
	await at.getByLabel(t('cms.field.dateline'), { exact: true }).fill(texts.dateline);
	await at.locator('[data-slate-editor]').first().click();
	await page.keyboard.type(texts.body);
}

/** Chooses an option of a multiple select by typing part of its label. */
async function choose(page: Page, field: string, typed: string) {
	await pane(page, 'en').getByLabel(field, { exact: true }).fill(typed);
	await page.keyboard.press('Enter');
}

/** Uploads the photograph as a pane's lead picture, with its description and credit. */
async function leadPicture(
	page: Page,
	locale: string,
	texts: { alt: string; credit?: string; upload?: boolean },
) {
	const field = pane(page, locale).locator('[aria-label="object field"]', {
		hasText: t('cms.field.image'),
	});
	await field.getByTestId('expand-button').click();
	await field.getByRole('button', { name: 'Choisir une image' }).click();
	// A new picture is uploaded; one already in the release's folder is picked from the library.
	if (texts.upload === false) await page.getByText(basename(photo), { exact: true }).click();
	else await page.locator('input[type=file]').setInputFiles(photo);
	await page.getByRole('button', { name: 'Choisir les éléments sélectionnés' }).click();
	await field.getByLabel(/texte alternatif/).fill(texts.alt);
	if (texts.credit)
		await field.getByLabel(t('cms.field.credit'), { exact: true }).fill(texts.credit);
	// The licence is a select, chosen by typing part of its name.
	await field.getByLabel(t('cms.field.licence'), { exact: true }).fill('CC BY 4.0');
	await page.keyboard.press('Enter');
}

/** Marks a pane's language as translated from the current text of `source` (its button). */
async function markTranslation(page: Page, locale: Locale, source: Locale) {
	const field = pane(page, locale).locator('[aria-label="translated-from field"]');
	const language = languageName(source, 'fr');
	await field.getByRole('button', { name: t('cms.translatedFrom.mark', { language }) }).click();
	await field
		.getByText(t('cms.translatedFrom.current', { language }), { exact: false })
		.waitFor({ timeout: 5_000 });
}

/** The `translatedFrom` a saved file records, and the source hash of the file it names. */
async function recordedSource(file: string) {
	const text = await readFile(join(releases, folder, file), 'utf8');
	const [, lang = '', hash = ''] =
		/translatedFrom:\n {2}lang: (\w+)\n {2}hash: "?([0-9a-f]+)"?\n/.exec(text) ?? [];
	const source = await readFile(join(releases, folder, `index.${lang}.md`), 'utf8').catch(() => '');
	return { lang, hash, sourceHash: source && sourceHash(source) };
}

async function publish(page: Page) {
	await page.getByRole('button', { name: 'Publier' }).first().click();
	await page.getByText('Publier maintenant').click();
}

/**
 * Shows the French text in the left column and opens the preview: the release as the site
 * writes it, date and typography included.
 */
async function previewInFrench(page: Page) {
	await page.getByRole('button', { name: 'Écrire en EN' }).click();
	await page.getByText(/^fr$/i).first().click();
	await page.getByTitle('Aperçu').click();
	const preview = page.frameLocator('#preview-pane');
	await preview.getByText(formatDate(new Date('2026-11-30'), 'fr')).waitFor({ timeout: 10_000 });
	expect(await preview.locator('time').textContent()).toBe('30 novembre 2026');
	expect(await preview.locator('.lead').textContent()).toBe(
		typesetText('Un communiqué écrit dans l’éditeur web : pour les besoins du "test".', 'fr'),
	);
	const paragraph = typesetText(frenchBody, 'fr');
	expect(paragraph).toContain('«\u202Fbienvenue\u202F»\u202F!');
	await preview.getByText(paragraph).waitFor({ timeout: 10_000 });
	expect(await preview.locator('.kicker').textContent()).toBe('Communiqué de presse');
}

const folder = 'iom-opens-a-shelter-in-quetzaltenango';
/** The French text she types, with straight quotes, which the site sets as « ». */
const frenchBody = 'Le premier paragraphe, écrit en français. Le refuge dit "bienvenue" !';

/** The notice of a release page whose original changed since it was translated. */
const outdated = (locale: 'en' | 'es', language: string) =>
	useTranslations(locale)('release.outdated', { language });

describe('the web editor', () => {
	let problems: string[] = [];

	it('saves a release written in French with its English translation, shared fields entered once', async () => {
		const editor = await openEditor('#/collections/releases/new');
		const { page } = editor;
		problems = editor.problems;
		// The editor speaks French: the page, Decap's own buttons and the site's labels.
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
		expect(await page.title()).toBe(t('cms.title'));
		expect(await page.getByRole('button', { name: 'Publier' }).first().isVisible()).toBe(true);
		// The shared fields, in the first language's pane; the others show them, read-only.
		const en = pane(page, 'en');
		await en.getByLabel(t('cms.field.date'), { exact: true }).fill('2026-11-30');
		await choose(page, t('cms.field.countries'), 'Guatemala');
		await choose(page, t('cms.field.topics'), 'Lutte contre la tr');
		// The press contact is picked among the people of content/contacts/ (a relation widget).
		await en.getByLabel(new RegExp(`^${t('cms.field.contacts')}`)).fill('Marina');
		await page.getByText('Marina Palma', { exact: true }).first().waitFor({ timeout: 20_000 });
		await page.keyboard.press('Enter');
		await writeTexts(page, 'fr', {
			title: 'L’OIM ouvre un refuge à Quetzaltenango',
			summary: 'Un communiqué écrit dans l’éditeur web : pour les besoins du "test".',
			dateline: 'Quetzaltenango',
			body: frenchBody,
		});
		await writeTexts(page, 'en', {
			title: 'IOM opens a shelter in Quetzaltenango',
			summary: 'A release written in the web editor for the test.',
			dateline: 'Quetzaltenango',
			body: 'The first paragraph, translated into English.',
		});
		await leadPicture(page, 'fr', {
			alt: 'La façade du refuge, peinte en bleu',
			credit: '© OIM 2026 / Photographe du test',
		});
		await leadPicture(page, 'en', {
			alt: 'The front of the shelter, painted blue',
			credit: '© IOM 2026 / Test photographer',
		});
		// French is the original: the English is marked as made from its current text.
		await markTranslation(page, 'en', 'fr');
		await previewInFrench(page);
		// The header's link leads to the site in French; no bare "/" link is left beside it.
		expect(await page.getByRole('link', { name: '/', exact: true }).count()).toBe(0);
		const home = page.locator(`a[href="${dev.origin}/fr/"]`);
		expect(await home.first().textContent()).toBe(`${new URL(dev.origin).host}/fr/`);
		await publish(page);
		await page.getByText('Entrée enregistrée').waitFor({ timeout: 20_000 });
		// The upload is written into the release's folder, beside its language files.
		expect((await readdir(join(releases, folder))).toSorted()).toEqual([
			'index.en.md',
			'index.es.md',
			'index.fr.md',
			'quetzaltenango-shelter.jpg',
		]);

		const fr = await readFile(join(releases, folder, 'index.fr.md'), 'utf8');
		const en2 = await readFile(join(releases, folder, 'index.en.md'), 'utf8');
		expect(fr).toContain('title: L’OIM ouvre un refuge à Quetzaltenango');
		expect(fr).toContain('Le premier paragraphe, écrit en français.');
		expect(fr).toMatch(/image:\n {2}src: quetzaltenango-shelter\.jpg\n/);
		expect(fr).toContain('  credit: © OIM 2026 / Photographe du test\n');
		expect(en2).toContain('The first paragraph, translated into English.');
		for (const text of [fr, en2]) {
			expect(text).toContain('date: 2026-11-30');
			expect(text).toMatch(/countries:\n {2}- GT\n/);
			expect(text).toMatch(/topics:\n {2}- counter-trafficking\n/);
			expect(text).toMatch(/contacts:\n {2}- marina-palma\n/);
		}
		// Decap writes every language; the Spanish one holds the shared fields only.
		const es = await readFile(join(releases, folder, 'index.es.md'), 'utf8');
		expect(es).not.toMatch(/^title:/m);
		// The hash the browser computed is the one npm run translations computes from the file.
		const english = await recordedSource('index.en.md');
		expect(english.lang).toBe('fr');
		expect(english.hash).toBe(english.sourceHash);
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
		// The English page is up to date with the French it was marked as translated from.
		const english = await readFile(page('en/news/iom-opens-a-shelter-in-quetzaltenango'), 'utf8');
		expect(english).not.toContain(outdated('en', 'French'));
		// No Spanish page: the Spanish news lists the release as available in other languages.
		const spanishPages = await readdir(join(build.outDir, 'es/noticias'));
		expect(spanishPages.filter((name) => name.includes('quetzaltenango'))).toEqual([]);
		const spanish = await readFile(page('es/noticias'), 'utf8');
		expect(spanish).toMatch(
			/href="\/(en\/news\/iom-opens|fr\/actualites\/l-oim-ouvre)-[a-z-]*quetzaltenango\/" hreflang="(en|fr)"/,
		);
		// The picture is published, described and credited in each language.
		const french = await readFile(
			page('fr/actualites/l-oim-ouvre-un-refuge-a-quetzaltenango'),
			'utf8',
		);
		expect(french).toMatch(/<img [^>]*src="\/_astro\/quetzaltenango-shelter\.[^"]+"/);
		expect(french).toContain('alt="La façade du refuge, peinte en bleu"');
		expect(french).toContain('© OIM 2026 / Photographe du test');
	});

	it('edits the release, then adds its Spanish translation another day: each save builds', async () => {
		const { page } = await openEditor(`#/collections/releases/entries/${folder}/index`);
		await pane(page, 'en')
			.getByLabel(t('cms.field.summary'), { exact: true })
			.fill('A shelter for 40 people opened in Quetzaltenango.');
		// The second pane shows French; she switches it to Spanish and translates.
		await page.getByRole('button', { name: 'Écrire en FR' }).click();
		await page.getByText(/^es$/i).click();
		await writeTexts(page, 'es', {
			title: 'La OIM abre un albergue en Quetzaltenango',
			summary: 'Un comunicado traducido en el editor web para la prueba.',
			dateline: 'Quetzaltenango',
			body: 'El primer párrafo, traducido al español.',
		});
		await leadPicture(page, 'es', {
			alt: 'La fachada del albergue, pintada de azul',
			credit: '© OIM 2026 / Fotógrafo de la prueba',
			upload: false,
		});
		// Translated from the French as Decap read it from the file it saved the first time.
		await markTranslation(page, 'es', 'fr');
		await publish(page);
		await page.getByText('Entrée enregistrée').waitFor({ timeout: 20_000 });
		await page.context().close();
		for (const file of ['index.es.md', 'index.en.md']) {
			const recorded = await recordedSource(file);
			expect([file, recorded.lang, recorded.hash]).toEqual([file, 'fr', recorded.sourceHash]);
		}

		const build = await astroBuild('web-editor/site', { content: join(repo, 'content') });
		expect(build.ok, build.output).toBe(true);
		const read = (path: string) => readFile(join(build.outDir, path, 'index.html'), 'utf8');
		const english = await read('en/news/iom-opens-a-shelter-in-quetzaltenango');
		expect(english).toContain('A shelter for 40 people opened in Quetzaltenango.');
		const spanish = await read('es/noticias/la-oim-abre-un-albergue-en-quetzaltenango');
		expect(spanish).toContain('El primer párrafo, traducido al español.');
		expect(spanish).toContain('alt="La fachada del albergue, pintada de azul"');
		expect(spanish).toContain('© OIM 2026 / Fotógrafo de la prueba');
		expect(spanish).not.toContain(outdated('es', 'francés'));
		// The French text is as she left it.
		const french = await read('fr/actualites/l-oim-ouvre-un-refuge-a-quetzaltenango');
		expect(french).toContain('Le premier paragraphe, écrit en français.');
	});

	it('refuses to save an entry without a required field, and names the field', async () => {
		const { page } = await openEditor('#/collections/releases/new');
		const en = pane(page, 'en');
		await en.getByLabel(t('cms.field.date'), { exact: true }).fill('2026-11-30');
		await choose(page, t('cms.field.countries'), 'Guatemala');
		await writeTexts(page, 'en', {
			title: 'A release without a topic',
			summary: 'It cannot be saved.',
			dateline: 'Geneva',
			body: 'A paragraph.',
		});
		await leadPicture(page, 'en', { alt: 'A picture without its credit' });
		await publish(page);
		await page.getByText(/Oops, il manque un champ requis/).waitFor({ timeout: 10_000 });
		const required = (label: string) => en.getByText(`Le champ ${label} est requis.`);
		expect(await required(t('cms.field.topics')).isVisible()).toBe(true);
		// The build requires a picture's credit: so does the editor (tests/unit/cms/required.test.ts).
		expect(await required(t('cms.field.credit')).isVisible()).toBe(true);
		expect(existsSync(join(releases, 'a-release-without-a-topic'))).toBe(false);
		await page.context().close();
	});

	it('lists the people as their own collection, and picks an event’s speakers and releases among them', async () => {
		const { page, problems } = await openEditor('#/collections/events/new');
		const en = pane(page, 'en');
		await en.getByLabel(new RegExp(`^${t('cms.field.speakers')}`)).fill('Marina');
		await page.getByText('Marina Palma', { exact: true }).first().waitFor({ timeout: 20_000 });
		await page.keyboard.press('Enter');
		await en.getByLabel(new RegExp(`^${t('cms.field.releases')}`)).fill('IOM assists');
		await page
			.getByText(/^IOM assists more than 65 trafficking victims/)
			.first()
			.waitFor({ timeout: 20_000 });
		await page.keyboard.press('Enter');
		await page.goto(`${dev.origin}/admin/#/collections/contacts`);
		await page.getByText('Marina Palma').first().waitFor({ timeout: 20_000 });
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('speaks the language she chooses in its menu, and remembers it', async () => {
		const context = await site.browser.newContext({ locale: 'fr-FR' });
		const page = await context.newPage();
		const menu = (locale: 'fr' | 'es') =>
			page.getByRole('navigation', { name: useTranslations(locale)('cms.languages') });
		await page.goto(`${dev.origin}/admin/`);
		await menu('fr').getByRole('link', { name: 'Español' }).click();
		await page.getByRole('button', { name: 'Iniciar sesión' }).waitFor({ timeout: 20_000 });
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
		await page.goto(`${dev.origin}/admin/`);
		await page.getByRole('button', { name: 'Iniciar sesión' }).waitFor({ timeout: 20_000 });
		await menu('es').getByRole('link', { name: 'Français' }).click();
		await page.getByRole('button', { name: 'Se connecter' }).waitFor({ timeout: 20_000 });
		await context.close();
	});

	it('runs under its own Content-Security-Policy with no violation, kept out of search engines', async () => {
		const response = await fetch(`${site.server.origin}/admin/`);
		expect(response.headers.get('content-security-policy')).toBe(adminPolicy);
		expect(response.headers.get('x-robots-tag')).toBe('noindex');
		const home = await fetch(`${site.server.origin}/en/`);
		expect(home.headers.get('content-security-policy')).not.toBe(adminPolicy);
		expect(problems).toEqual([]);
	});

	it('in production, saves through GitHub pull requests, and names no machine or local backend', async () => {
		for (const file of ['index.html', 'config.yml', 'config.fr.yml', 'config.es.yml']) {
			const text = await (await fetch(`${site.server.origin}/admin/${file}`)).text();
			expect(text).not.toMatch(/localhost|127\.0\.0\.1|local_backend/);
			expect(text).not.toContain(root);
			if (file.endsWith('.yml')) {
				expect(text).toContain('publish_mode: editorial_workflow\n');
				expect(text).toContain('folder: content/releases\n');
			}
		}
		expect(adminPolicy).not.toMatch(/localhost/);
		// The login screen of GitHub's backend, with no policy violation or error.
		const { page, problems } = await watchedPage(site.browser, { locale: 'fr-FR' });
		await page.goto(`${site.server.origin}/admin/`);
		await page.getByRole('button', { name: /GitHub/ }).waitFor({ timeout: patience });
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

/**
 * Addresses (slugs) as press officers type them. The editor's pattern is generated from the
 * schema's rule (src/cms/fields.ts), and the tests of src/cms compare the rules; here the same
 * values go through both, Decap's own validation in the browser and the build.
 */
const slugs = [
	'refuge-de-quetzaltenango',
	'Refuge Quetzaltenango',
	'refuge--quetzaltenango',
	'refuge-à-quetzaltenango',
	// 101 characters, one more than the schema's limit (the longest a file name can safely be).
	`r${'-x'.repeat(50)}`,
	`r${'-x'.repeat(49)}-`,
	`r${'-x'.repeat(49)}y`,
];

/** What Decap says when the release is published with `slug`: saved, or refused on that field. */
async function editorSays(slug: string, title: string): Promise<'accepted' | 'refused'> {
	const { page } = await openEditor('#/collections/releases/new');
	const en = pane(page, 'en');
	await en.getByLabel(t('cms.field.date'), { exact: true }).fill('2026-11-30');
	await choose(page, t('cms.field.countries'), 'Guatemala');
	await choose(page, t('cms.field.topics'), 'Lutte contre la tr');
	await writeTexts(page, 'en', { title, summary: 'A summary.', dateline: 'Geneva', body: 'Text.' });
	// An optional field: Decap adds "(facultatif)" to its label.
	await en.getByLabel(/^Adresse web \(slug\)/).fill(slug);
	await publish(page);
	const said = await Promise.race([
		en
			.getByText(t('cms.pattern.slug'))
			.waitFor({ timeout: patience })
			.then(() => 'refused' as const),
		page.waitForURL(/\/entries\//, { timeout: patience }).then(() => 'accepted' as const),
	]);
	await page.context().close();
	return said;
}

describe('the web editor and the build', () => {
	it('refuse a translation missing a required field, in any language of the release', async () => {
		const { page } = await openEditor('#/collections/releases/new');
		const en = pane(page, 'en');
		await en.getByLabel(t('cms.field.date'), { exact: true }).fill('2026-11-30');
		await choose(page, t('cms.field.countries'), 'Guatemala');
		await choose(page, t('cms.field.topics'), 'Lutte contre la tr');
		await writeTexts(page, 'en', {
			title: 'A release with half a translation',
			summary: 'The French has a title and nothing else.',
			dateline: 'Geneva',
			body: 'Text.',
		});
		await pane(page, 'fr')
			.getByLabel(t('cms.field.title'), { exact: true })
			.fill('Un communiqué à moitié traduit');
		await publish(page);
		// Decap itself checks the default language only (decap-cms#5112): src/cms/translation-check.ts.
		const fields = `«\u202f${t('cms.field.summary')}\u202f», «\u202f${t('cms.field.dateline')}\u202f» et «\u202f${t('cms.field.body')}\u202f»`;
		await page
			.getByText(
				`Échec de l'enregistrement de l'entrée : ${t('cms.translationIncomplete', { language: 'français', fields })}`,
			)
			.waitFor({ timeout: patience });
		expect(existsSync(join(releases, 'a-release-with-half-a-translation'))).toBe(false);
		await page.context().close();
	});

	it('refuse a file larger than its kind may be: on upload where a field takes one kind, else on save', async () => {
		// A photograph padded to 31.5 MB (a JPEG decoder stops at its end): over the 30 MB of a picture.
		const large = join(tmp, 'web-editor', 'large-photo.jpg');
		const photograph = await sharp({
			create: { width: 64, height: 64, channels: 3, background: '#3a6b8c' },
		})
			.jpeg()
			.toBuffer();
		const bytes = maxBytes.picture + 1.5 * 1024 * 1024;
		await writeFile(large, Buffer.concat([photograph, Buffer.alloc(bytes - photograph.length)]));
		const { page } = await openEditor('#/collections/releases/new');
		const alerts: string[] = [];
		page.on('dialog', (dialog) => {
			alerts.push(dialog.message());
			void dialog.accept();
		});
		const en = pane(page, 'en');
		await en.getByLabel(t('cms.field.date'), { exact: true }).fill('2026-11-30');
		await choose(page, t('cms.field.countries'), 'Guatemala');
		await choose(page, t('cms.field.topics'), 'Lutte contre la tr');
		await writeTexts(page, 'en', {
			title: 'A release with a picture too large',
			summary: 'Its picture is larger than the site publishes.',
			dateline: 'Geneva',
			body: 'Text.',
		});
		// The material takes every kind of file, up to the largest limit (a video's): a picture
		// over its own limit is uploaded, and refused when she saves, naming the field and limit.
		await en.getByRole('button', { name: `Ajouter ${t('cms.field.mediaItem')}` }).click();
		// Its file and captions are the pane's only file widgets (pictures have "Choisir une image"),
		// and its credit and licence come after the lead picture's.
		await en.getByRole('button', { name: 'Choisir un fichier' }).first().click();
		await page.locator('input[type=file]').setInputFiles(large);
		await page.getByRole('button', { name: 'Choisir les éléments sélectionnés' }).click();
		await en.getByLabel(t('cms.field.credit'), { exact: true }).last().fill('© IOM 2026 / Name');
		await en.getByLabel(t('cms.field.licence'), { exact: true }).last().fill('CC BY 4.0');
		await page.keyboard.press('Enter');
		await publish(page);
		const refusal = t('cms.tooLarge.picture', {
			field: `"${t('cms.field.file')}" (anglais)`,
			file: '"large-photo.jpg"',
			size: '31,5\u202fMo',
			limit: '30\u202fMo',
		});
		await page
			.getByText(`Échec de l'enregistrement de l'entrée : ${typesetText(refusal, 'fr')}`)
			.waitFor({ timeout: patience });
		expect(existsSync(join(releases, 'a-release-with-a-picture-too-large'))).toBe(false);
		// The lead picture takes pictures only: Decap refuses the upload itself, with its message.
		const lead = en.locator('[aria-label="object field"]', { hasText: t('cms.field.image') });
		await lead.getByTestId('expand-button').click();
		await lead.getByRole('button', { name: 'Choisir une image' }).click();
		await page.locator('input[type=file]').setInputFiles(large);
		await expect
			.poll(() => alerts, { timeout: patience })
			.toEqual([
				`Le fichier est trop volumineux.\nL'instance est configurée pour bloquer les envois de plus de ${Math.floor(maxBytes.picture / 1000)} kB.`,
			]);
		expect(alerts[0]).toContain('31457 kB');
		await page.context().close();
	});

	it('accept and refuse the same addresses (slugs)', async () => {
		const content = await writeContent(
			join(tmp, 'web-editor', 'slugs'),
			Object.fromEntries(
				slugs.map((slug, i) => [`case-${i}`, { en: { title: `Slug case ${i}`, slug } }]),
			),
		);
		const build = await astroBuild('web-editor-slugs', { content });
		// The build reports every file's problems at once, each naming its file and field.
		const buildSays = slugs.map((_, i) =>
			new RegExp(`case-${i}/index\\.en\\.md[^\\n]*\\n?[^\\n]*slug`).test(build.output)
				? 'refused'
				: 'accepted',
		);
		expect(buildSays.filter((said) => said === 'refused').length, build.output).toBe(5);
		const editor: string[] = [];
		for (const [i, slug] of slugs.entries()) editor.push(await editorSays(slug, `Slug case ${i}`));
		expect(editor).toEqual(buildSays);
		for (const [i, said] of editor.entries()) {
			if (said === 'accepted') {
				await rm(join(releases, `slug-case-${i}`), { recursive: true, force: true });
			}
		}
	});
});
