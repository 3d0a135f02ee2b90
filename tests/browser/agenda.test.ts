// The media contacts directory, the agenda and an event page of the agenda's fixture (people and
// events in three languages) in real Chromium at 360 and 1280 px, served with the production
// headers: axe finds no WCAG 2.2 A/AA violation, nothing overflows the width, no console error
// or policy violation; and the W3C Nu Html Checker finds no error in their HTML.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import vnu from 'vnu-jar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales, type Locale } from '../../src/i18n/locales';
import { launchBrowser } from '../../scripts/lib/chromium';
import { serveSite, type StaticServer } from '../../scripts/lib/static-server';
import { buildAgendaFixture } from '../helpers/agenda-fixture';
import type { BuildResult } from '../helpers/astro';
import { axeViolations } from '../helpers/axe';
import { watchedPage } from '../helpers/site';

/** The new pages in each language: the directory, the agenda and one event. */
const pages: Record<Locale, string[]> = {
	en: ['/en/media-contacts/', '/en/agenda/', '/en/agenda/geneva-briefing/'],
	fr: ['/fr/contacts-presse/', '/fr/agenda/', '/fr/agenda/point-de-presse-a-geneve/'],
	es: ['/es/contactos-de-prensa/', '/es/agenda/', '/es/agenda/rueda-informativa-en-ginebra/'],
};

let build: BuildResult;
let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
	build = await buildAgendaFixture('agenda-browser');
	expect(build.ok, build.output).toBe(true);
	server = await serveSite(build.outDir);
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('the directory, the agenda and an event page in Chromium', () => {
	it.each(locales)('are accessible and fit 360 and 1280 px in %s', async (locale) => {
		const found: string[] = [];
		for (const path of pages[locale]) {
			for (const width of [360, 1280]) {
				const { page, problems } = await watchedPage(browser, {
					viewport: { width, height: 800 },
				});
				const response = await page.goto(server.origin + path);
				expect(response?.status(), path).toBe(200);
				await page.locator('h1').waitFor();
				for (const v of await axeViolations(page)) found.push(`${path} @${width}: ${v}`);
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
				);
				if (overflow > 0) found.push(`${path} @${width}: ${overflow}px wider than the window`);
				found.push(...problems.map((p) => `${path} @${width}: ${p}`));
				await page.context().close();
			}
		}
		expect(found).toEqual([]);
	});

	it('lets a journalist go from the agenda to an event and add it to her calendar', async () => {
		const { page, problems } = await watchedPage(browser, {
			viewport: { width: 360, height: 800 },
		});
		await page.goto(`${server.origin}/fr/agenda/`);
		await page.getByRole('link', { name: 'Point de presse à Genève' }).click();
		await page.getByRole('heading', { level: 1, name: 'Point de presse à Genève' }).waitFor();
		const download = page.waitForEvent('download');
		await page.getByRole('link', { name: 'Ajouter à votre agenda (.ics)' }).click();
		expect((await download).suggestedFilename()).toBe('point-de-presse-a-geneve.ics');
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

describe('the W3C Nu Html Checker', () => {
	it('finds no error in the directory, the agenda and the event pages', () => {
		const files = Object.values(pages)
			.flat()
			.map((path) => join(build.outDir, path, 'index.html'));
		const result = spawnSync(
			process.env.JAVA ?? 'java',
			['-jar', String(vnu), '--errors-only', '--format', 'json', ...files],
			{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
		);
		expect(result.error, 'Java is needed: apt-get install default-jre-headless').toBeUndefined();
		const { messages } = JSON.parse(result.stderr) as {
			messages: { type: string; url: string; message: string }[];
		};
		expect(messages.filter((m) => m.type === 'error').map((m) => `${m.url}: ${m.message}`)).toEqual(
			[],
		);
	});
});
