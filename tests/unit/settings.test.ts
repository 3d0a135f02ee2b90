import { describe, expect, it } from 'vitest';
import { readSettings, SettingsError } from '../../src/settings';

/** The sentences readSettings refuses `env` with, or [] when it accepts it. */
function refused(env: Record<string, string>): string[] {
	try {
		readSettings(env);
		return [];
	} catch (error) {
		if (!(error instanceof SettingsError)) throw error;
		return error.problems;
	}
}

describe('the build settings', () => {
	it('take their defaults when unset or set to nothing', () => {
		const settings = readSettings({ SITE_URL: '', NEWSROOM_NOW: '' });
		expect(settings).toMatchObject({
			siteUrl: 'https://newsroom.example.org',
			contentDir: 'content',
			incremental: true,
			markdownWorkers: undefined,
		});
		expect(Math.abs(settings.buildTime.getTime() - Date.now())).toBeLessThan(60_000);
	});

	it('read the values they accept', () => {
		expect(
			readSettings({
				SITE_URL: 'http://localhost:4321/',
				NEWSROOM_NOW: '2025-01-01T09:00:00.5+02:00',
				NEWSROOM_CONTENT_DIR: 'tests/fixtures/bad-input/bad-date',
				NEWSROOM_INCREMENTAL: '0',
				NEWSROOM_MARKDOWN_WORKERS: '0',
			}),
		).toMatchObject({
			siteUrl: 'http://localhost:4321/',
			buildTime: new Date('2025-01-01T07:00:00.500Z'),
			contentDir: 'tests/fixtures/bad-input/bad-date',
			incremental: false,
			markdownWorkers: 0,
		});
	});

	it('refuse each value they cannot use, naming the variable and what it accepts', () => {
		expect(
			refused({
				SITE_URL: 'newsroom.example.org',
				NEWSROOM_NOW: 'tomorrow',
				NEWSROOM_CONTENT_DIR: 'no-such-folder',
				NEWSROOM_INCREMENTAL: 'yes',
				NEWSROOM_MARKDOWN_WORKERS: '-1',
			}),
		).toEqual([
			'SITE_URL "newsroom.example.org" is not a web address: set it to the site\'s public address, starting with https:// or http://, like SITE_URL=https://newsroom.example.org',
			`NEWSROOM_CONTENT_DIR "no-such-folder" does not exist (${process.cwd()}/no-such-folder): set it to the folder that holds releases/ and pages/, like NEWSROOM_CONTENT_DIR=content, or leave it unset.`,
			'NEWSROOM_NOW "tomorrow" is not a date and time: write one with its time zone, like NEWSROOM_NOW=2025-01-01T09:00:00Z, or leave it unset to use the time the build starts.',
			'NEWSROOM_INCREMENTAL "yes" must be 0 (render every page) or 1 (reuse the pages that did not change, the default).',
			'NEWSROOM_MARKDOWN_WORKERS "-1" must be a whole number of threads, like NEWSROOM_MARKDOWN_WORKERS=4, or 0 to render Markdown in the main thread only (unset: one per core).',
		]);
	});

	it('refuse an address of another kind, a day without its time, a folder without releases', () => {
		expect(refused({ SITE_URL: 'ftp://example.org' })).toHaveLength(1);
		expect(refused({ NEWSROOM_NOW: '2025-01-01' })).toHaveLength(1);
		expect(refused({ NEWSROOM_NOW: '2025-02-30T09:00:00Z' })).toHaveLength(1);
		expect(refused({ NEWSROOM_CONTENT_DIR: 'src' })).toEqual([
			`NEWSROOM_CONTENT_DIR "src" has no releases/ folder (in ${process.cwd()}/src): set it to the folder that holds releases/ and pages/, like NEWSROOM_CONTENT_DIR=content, or leave it unset.`,
		]);
	});
});
