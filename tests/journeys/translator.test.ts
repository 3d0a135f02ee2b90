// Journey: the translator. The French original of a release is updated after it was translated;
// she finds with `npm run translations` which translations are now out of date, and the site
// tells readers of the English page so. She translates the new sentence into English and marks
// the translation as made from the current original: the report and the page's notice go.
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/translate';
import { astroBuild, root, run, tmp } from '../helpers/astro';
import { readPage, text } from '../helpers/dist';
import { guatemala } from '../helpers/site';

const content = join(tmp, 'journey-translator', 'content');
const folder = join(content, 'releases/guatemala-counter-trafficking');
const file = (lang: string) => join(folder, `index.${lang}.md`);
const translations = (...args: string[]) =>
	run('npm', ['run', '--silent', 'translations', '--', '--content', content, ...args]);
const outdatedNotice = useTranslations('en')('release.outdated', { language: 'French' });

/** The report's lines about the Guatemala release. */
const reported = (output: string) =>
	output.split('\n').filter((line) => line.startsWith('releases/guatemala-counter-trafficking'));

beforeAll(async () => {
	await rm(join(tmp, 'journey-translator'), { recursive: true, force: true });
	await cp(join(root, 'content'), content, { recursive: true });
});

describe('the translator', () => {
	let hash = '';

	it('finds the translations the updated original left behind, and so do readers', async () => {
		await writeFile(
			file('fr'),
			`${await readFile(file('fr'), 'utf8')}\nL’OIM publiera un bilan du projet à la fin de l’année.\n`,
		);
		hash = (await translations('--hash', file('fr'))).output.trim();
		expect(hash).toMatch(/^[0-9a-f]{12}$/);
		const report = await translations();
		expect(reported(report.output)).toEqual(
			['en', 'es'].map(
				(lang) =>
					`releases/guatemala-counter-trafficking: index.${lang}.md is older than its source index.fr.md (translated from fe7ac8f5fe1a, source is now ${hash}); update it, then set translatedFrom.hash to ${hash}`,
			),
		);
		const build = await astroBuild('journey-translator/before', { content });
		expect(build.ok, build.output).toBe(true);
		const english = await readPage(build.outDir, guatemala.en);
		expect(text(english, 'article p.notice')).toContain(outdatedNotice);
	});

	it('translates, marks the translation current, and the report and the notice go', async () => {
		const english = await readFile(file('en'), 'utf8');
		await writeFile(
			file('en'),
			`${english.replace('hash: "fe7ac8f5fe1a"', `hash: "${hash}"`)}\nIOM will publish a review of the project at the end of the year.\n`,
		);
		const report = await translations();
		expect(reported(report.output)).toEqual([
			`releases/guatemala-counter-trafficking: index.es.md is older than its source index.fr.md (translated from fe7ac8f5fe1a, source is now ${hash}); update it, then set translatedFrom.hash to ${hash}`,
		]);
		const build = await astroBuild('journey-translator/after', { content });
		expect(build.ok, build.output).toBe(true);
		const page = await readPage(build.outDir, guatemala.en);
		expect(text(page, 'article .body')).toContain(
			'IOM will publish a review of the project at the end of the year.',
		);
		expect(text(page, 'article p.notice')).toBe('');
		// The Spanish translation, not yet done, still says so.
		const spanish = await readPage(build.outDir, guatemala.es);
		expect(text(spanish, 'article p.notice')).not.toBe('');
	});
});
