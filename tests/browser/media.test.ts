// A release's material in Chromium, served with the production headers (nginx and the site's
// Content-Security-Policy): the video plays from the site with its captions track, nothing is
// requested from another site (the hosted video is a link), axe finds nothing at phone and wide
// widths, and the Print button opens the print dialog.
import { cp, mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/chromium';
import { serveSite, type StaticServer } from '../../scripts/lib/static-server';
import { astroBuild, root, tmp } from '../helpers/astro';
import { axeViolations } from '../helpers/axe';
import { patience } from '../helpers/patience';
import { watchedPage } from '../helpers/site';
import type { Locale } from '../../src/i18n/locales';
import { useTranslations } from '../../src/i18n/translate';

const content = join(tmp, 'media-browser', 'content');
const release = '/en/news/release-with-material/';

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
	await rm(content, { recursive: true, force: true });
	for (const folder of ['releases', 'contacts']) {
		await cp(join(root, 'tests/fixtures/media', folder), join(content, folder), {
			recursive: true,
		});
	}
	await mkdir(join(content, 'pages'), { recursive: true });
	await cp(join(root, 'content/pages/terms-of-use'), join(content, 'pages/terms-of-use'), {
		recursive: true,
	});
	const build = await astroBuild('media-browser', {
		content,
		env: { NEWSROOM_NOW: '2025-01-01T00:00:00Z' },
	});
	expect(build.ok, build.output).toBe(true);
	server = await serveSite(build.outDir);
	browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('the material of a release in Chromium', () => {
	it('plays the video with its captions, from the site alone, under the production policy', async () => {
		const { page, problems } = await watchedPage(browser);
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await page.goto(server.origin + release);
		const video = page.locator('#material video');
		// Nothing plays, or even loads, before the reader asks.
		expect(await video.evaluate((v: HTMLVideoElement) => [v.paused, v.readyState])).toEqual([
			true,
			0,
		]);
		await video.evaluate((v: HTMLVideoElement) => {
			v.muted = true;
			return v.play();
		});
		await expect
			.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: patience })
			.toBeGreaterThan(0.2);
		const captions = await video.evaluate(async (v: HTMLVideoElement) => {
			const track = v.textTracks[0];
			const element = v.querySelector('track');
			for (let i = 0; i < 100 && element?.readyState !== 2; i++)
				await new Promise((done) => setTimeout(done, 50));
			return {
				kind: track?.kind,
				language: track?.language,
				mode: track?.mode,
				loaded: element?.readyState,
				cues: [...(track?.cues ?? [])].map((cue) => (cue as VTTCue).text),
			};
		});
		expect(captions).toEqual({
			kind: 'captions',
			language: 'en',
			mode: 'showing',
			loaded: 2,
			cues: ['A voice says: this is a test.'],
		});
		await page.locator('#material audio').evaluate((a: HTMLAudioElement) => {
			a.muted = true;
			return a.play();
		});
		expect(requests.length).toBeGreaterThan(0);
		expect(requests.filter((url) => !url.startsWith(server.origin))).toEqual([]);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('finds no WCAG 2.2 A/AA violation with axe, wide and at phone width', async () => {
		const found: string[] = [];
		for (const path of [release, '/fr/actualites/communique-avec-contenus/', '/fr/mediatheque/']) {
			for (const width of [1280, 360]) {
				const context = await browser.newContext({ viewport: { width, height: 900 } });
				const page = await context.newPage();
				await page.goto(server.origin + path);
				for (const v of await axeViolations(page)) found.push(`${path} @${width}: ${v}`);
				await context.close();
			}
		}
		expect(found).toEqual([]);
	});

	it('puts contacts and material beside the text when wide, and links to them from the top on a phone', async () => {
		const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
		const page = await context.newPage();
		await page.goto(server.origin + release);
		const jump = page.locator('nav.jump');
		expect(await jump.isVisible()).toBe(true);
		expect(await jump.locator('a').allTextContents()).toEqual(['Contacts', 'Material']);
		await jump.getByRole('link', { name: 'Material' }).click();
		expect(page.url()).toMatch(/#material-heading$/);
		await page.setViewportSize({ width: 1280, height: 800 });
		expect(await jump.isVisible()).toBe(false);
		const text = await page.locator('article .body').boundingBox();
		const aside = await page.locator('.release-aside .contacts').boundingBox();
		expect(aside!.x).toBeGreaterThan(text!.x + text!.width);
		expect(aside!.y).toBeLessThan(text!.y);
		await context.close();
	});

	it('shows the Print button once its script runs, and opens the print dialog', async () => {
		const { page, problems } = await watchedPage(browser);
		await page.goto(server.origin + release);
		await page.evaluate(() => {
			(window as unknown as { printed: number }).printed = 0;
			window.print = () => {
				(window as unknown as { printed: number }).printed += 1;
			};
		});
		const button = page.getByRole('button', { name: 'Print or save as PDF' });
		await button.click();
		expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
		await page.emulateMedia({ media: 'print' });
		expect(await button.isVisible()).toBe(false);
		expect(await page.locator('#material').isVisible()).toBe(true);
		expect(await page.locator('#material .credit').first().textContent()).toBe(
			'Credit: © IOM 2024 / Test Photographer',
		);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('offers the captions of every language, the page’s own by default, loaded under the policy', async () => {
		const { page, problems } = await watchedPage(browser);
		await page.goto(server.origin + '/fr/actualites/communique-avec-contenus/');
		const video = page.locator('#material video');
		const tracks = await video.evaluate(async (v: HTMLVideoElement) => {
			const showing = v.querySelector<HTMLTrackElement>('track[default]');
			for (let i = 0; i < 100 && showing?.readyState !== 2; i++)
				await new Promise((done) => setTimeout(done, 50));
			return [...v.textTracks].map((track) => ({
				language: track.language,
				label: track.label,
				mode: track.mode,
				cues: [...(track.cues ?? [])].map((cue) => (cue as VTTCue).text),
			}));
		});
		// Only the default track loads: the others wait until the reader picks one in the player.
		expect(tracks).toEqual([
			{
				language: 'fr',
				label: 'Français',
				mode: 'showing',
				cues: ['Une voix dit : ceci est un test.'],
			},
			{ language: 'en', label: 'English', mode: 'disabled', cues: [] },
			{ language: 'es', label: 'Español', mode: 'disabled', cues: [] },
		]);
		// Chosen in the player, another language's captions load from the site too.
		const spanish = await video.evaluate(async (v: HTMLVideoElement) => {
			const track = [...v.textTracks].find((t) => t.language === 'es')!;
			track.mode = 'showing';
			for (let i = 0; i < 100 && !track.cues?.length; i++)
				await new Promise((done) => setTimeout(done, 50));
			return [...(track.cues ?? [])].map((cue) => (cue as VTTCue).text);
		});
		expect(spanish).toEqual(['Una voz dice: esto es una prueba.']);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

/** The size of files as "Read offline" states it in `locale` (`12.3 MB`, `10,9 ko`). */
const stated = (bytes: number, locale: Locale = 'en') =>
	new Intl.NumberFormat(locale, {
		style: 'unit',
		unit: bytes >= 1e6 ? 'megabyte' : 'kilobyte',
		maximumFractionDigits: 1,
	}).format(bytes >= 1e6 ? bytes / 1e6 : bytes / 1e3);

/** The paths in every cache of the page's origin. */
const cached = (page: Page) =>
	page.evaluate(async () => {
		const paths: string[] = [];
		for (const name of await caches.keys()) {
			for (const request of await (await caches.open(name)).keys())
				paths.push(new URL(request.url).pathname);
		}
		return paths;
	});

/**
 * Opens the English search page in a fresh profile, once the service worker controls it, with
 * the "Read offline" control shown.
 */
async function readOffline(
	ignore?: (text: string) => boolean,
): Promise<{ page: Page; problems: string[] }> {
	const { page, problems } = await watchedPage(browser, {}, { ignore });
	await page.goto(server.origin + '/en/search/');
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await expect
		.poll(() => page.locator('.save-offline').isVisible(), { timeout: patience })
		.toBe(true);
	return { page, problems };
}

/** Saves every English release, and waits until the worker says it is done. */
async function saveEverything(page: Page): Promise<void> {
	await page.locator('.save-offline button[data-set="everything"]').click();
	await expect
		.poll(() => page.locator('.save-offline .progress').textContent(), { timeout: patience })
		.toBe(useTranslations('en')('save.done'));
}

describe('"Read offline" and the material', () => {
	/** The files of the material release, which its pages offer in every language. */
	const material = [
		...['clip.en.vtt', 'clip.es.vtt', 'clip.fr.vtt', 'clip.mp4', 'fact-sheet.pdf'],
		...['lead.jpg', 'photo.jpg', 'tone.mp3'],
	].map((name) => `/files/material/${name}`);
	/** What the English pages offer: the talk too, whose French translation is a draft. */
	const offered = [...material, '/files/captioned/talk.en.vtt', '/files/captioned/talk.mp4'];
	/** The size of files, read from the fixture itself. */
	const sizeOf = async (paths: string[]) => {
		let bytes = 0;
		for (const path of paths) {
			const file = join(root, 'tests/fixtures/media/releases', path.slice('/files/'.length));
			bytes += (await stat(file)).size;
		}
		return bytes;
	};

	it('saves none of it unless the reader asks, and says first how much it would add', async () => {
		const { page, problems } = await readOffline();
		const requests: string[] = [];
		page.context().on('request', (request) => requests.push(new URL(request.url()).pathname));
		const bytes = await sizeOf(offered);
		const choice = page.getByRole('checkbox', { name: /^Also save documents/ });
		expect(await choice.isChecked()).toBe(false);
		expect(await page.locator('.save-offline .material-choice span').textContent()).toBe(
			`Also save documents, video, sound and original pictures (${stated(bytes)})`,
		);
		// Ticked, the button states the whole download; unticked again, the pages alone.
		const button = page.locator('.save-offline button[data-set="everything"]');
		const alone = await button.textContent();
		const { bytes: pages } = JSON.parse(
			await (await fetch(`${server.origin}/offline/en.summary.json`)).text(),
		) as { bytes: number };
		expect(alone).toBe(`Save every press release (${stated(pages)})`);
		await choice.check();
		expect(await button.textContent()).toBe(`Save every press release (${stated(pages + bytes)})`);
		await choice.uncheck();
		expect(await button.textContent()).toBe(alone);
		await saveEverything(page);
		expect(requests.filter((path) => path.startsWith('/files/'))).toEqual([]);
		expect((await cached(page)).filter((path) => path.startsWith('/files/'))).toEqual([]);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('asked, saves the material of the pages, and its document and video open with the network cut', async () => {
		// Offline, the pictures of the page never seen do not load (docs/OFFLINE.md): they are
		// counted below, and nothing else may fail.
		const { page, problems } = await readOffline(
			(text) => text === 'Failed to load resource: net::ERR_FAILED',
		);
		const failed: string[] = [];
		page.on('requestfailed', (request) => failed.push(new URL(request.url()).pathname));
		await page.getByRole('checkbox', { name: /^Also save documents/ }).check();
		await saveEverything(page);
		expect((await cached(page)).filter((path) => path.startsWith('/files/')).toSorted()).toEqual(
			offered.toSorted(),
		);
		await page.context().setOffline(true);
		// The document, whole, as the site serves it.
		const pdf = await page.evaluate(async () => {
			const response = await fetch('/files/material/fact-sheet.pdf');
			const bytes = new Uint8Array(await response.arrayBuffer());
			return {
				status: response.status,
				type: response.headers.get('content-type'),
				start: String.fromCharCode(...bytes.slice(0, 5)),
				length: bytes.length,
			};
		});
		expect(pdf).toEqual({
			status: 200,
			type: 'application/pdf',
			start: '%PDF-',
			length: await sizeOf(['/files/material/fact-sheet.pdf']),
		});
		// The release, offline: its video plays, with its captions.
		await page.goto(server.origin + release);
		const video = page.locator('#material video');
		await video.evaluate((v: HTMLVideoElement) => {
			v.muted = true;
			return v.play();
		});
		await expect
			.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: patience })
			.toBeGreaterThan(0.2);
		const cues = await video.evaluate(async (v: HTMLVideoElement) => {
			const track = v.textTracks[0]!;
			for (let i = 0; i < 100 && !track.cues?.length; i++)
				await new Promise((done) => setTimeout(done, 50));
			return [...(track.cues ?? [])].map((cue) => (cue as VTTCue).text);
		});
		expect(cues).toEqual(['A voice says: this is a test.']);
		expect(failed.filter((path) => !/^\/_astro\/[\w.-]+\.webp$/.test(path))).toEqual([]);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('states in each language, at phone width, what the material adds', async () => {
		const searchPages = { en: '/en/search/', fr: '/fr/recherche/', es: '/es/buscar/' };
		for (const [locale, path] of Object.entries(searchPages) as [Locale, string][]) {
			const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
			const page = await context.newPage();
			await page.goto(server.origin + path);
			const section = page.locator('.save-offline');
			await expect.poll(() => section.isVisible(), { timeout: patience }).toBe(true);
			// Only English has the talk: the others offer the material release's files.
			const size = stated(await sizeOf(locale === 'en' ? offered : material), locale);
			const text = section.locator('.material-choice span');
			expect(await text.textContent(), locale).toBe(
				useTranslations(locale)('save.withMaterial', { size }),
			);
			// The box beside its text, on its first line, both within the phone's width, once the
			// page has settled (the search page's script draws its form as its index loads).
			const placed = async () => {
				const box = (await section.getByRole('checkbox').boundingBox())!;
				const words = (await text.boundingBox())!;
				return (
					box.x + box.width < words.x &&
					words.x + words.width <= 360 &&
					Math.abs(box.y - words.y) < box.height
				);
			};
			await expect.poll(placed, { timeout: patience }).toBe(true);
			await context.close();
		}
	});
});
