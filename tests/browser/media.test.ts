// A release's material in Chromium, served with the production headers (nginx and the site's
// Content-Security-Policy): the video plays from the site with its captions track, nothing is
// requested from another site (the hosted video is a link), axe finds nothing at phone and wide
// widths, and the Print button opens the print dialog.
import { cp, mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/chromium';
import { serveSite, type StaticServer } from '../../scripts/lib/static-server';
import { astroBuild, root, tmp } from '../helpers/astro';
import { axeViolations } from '../helpers/axe';
import { patience } from '../helpers/patience';
import { watchedPage } from '../helpers/site';

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

	it('saves no document, video or sound for offline reading, and says how much they are', async () => {
		const { page, problems } = await watchedPage(browser);
		const requests: string[] = [];
		page.context().on('request', (request) => requests.push(new URL(request.url()).pathname));
		await page.goto(server.origin + '/en/search/');
		const note = page.locator('.save-offline .material-note');
		await expect.poll(() => note.isVisible(), { timeout: patience }).toBe(true);
		// The files of tests/fixtures/media/releases/material, lead picture and photo included.
		const folder = join(root, 'tests/fixtures/media/releases/material');
		const names = ['clip.mp4', 'fact-sheet.pdf', 'lead.jpg', 'photo.jpg', 'tone.mp3'];
		const captions = ['en', 'fr', 'es'].map((lang) => `clip.${lang}.vtt`);
		let bytes = 0;
		for (const name of [...names, ...captions]) bytes += (await stat(join(folder, name))).size;
		const size = new Intl.NumberFormat('en', {
			style: 'unit',
			unit: 'kilobyte',
			maximumFractionDigits: 1,
		}).format(bytes / 1e3);
		expect(await note.textContent()).toBe(
			`Documents, video, sound and original pictures (${size} in all) are not saved: download the ones you need from their release.`,
		);
		await page.locator('.save-offline button[data-set="everything"]').click();
		await expect
			.poll(() => page.locator('.save-offline .progress').textContent(), { timeout: patience })
			.not.toBe('');
		await page.waitForFunction(
			() => !document.querySelector('.save-offline progress:not([hidden])'),
			undefined,
			{ timeout: patience },
		);
		expect(requests.filter((path) => path.startsWith('/files/'))).toEqual([]);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
