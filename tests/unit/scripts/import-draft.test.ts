import { mkdtempSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDraft } from '../../../scripts/lib/import/draft';
import { readHtmlPage } from '../../../scripts/lib/import/html';
import { lostLetters, lostLetterTodo } from '../../../scripts/lib/import/lost-letters';
import type { OldPage } from '../../../scripts/lib/import/page';
import { parseFrontmatter } from '../../../src/content-model/frontmatter';
import { root } from '../../helpers/astro';
import { runScript } from './run-script';

const fixture = (name: string) => readFile(join(root, 'tests/fixtures/import', name), 'utf8');

/** A plain-text page of paragraphs. */
const page = (title: string, ...paragraphs: string[]): OldPage => ({
	title,
	contactLines: [],
	blocks: paragraphs.map((text) => ({ kind: 'paragraph', text })),
});

/** The summary and the Markdown text of a draft. */
function parts(text: string): { summary: unknown; body: string } {
	const parsed = parseFrontmatter('draft.md', text);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
	return { summary: parsed.data.summary, body: text.slice(text.indexOf('\n---\n') + 5).trim() };
}

describe('words that lost a letter', () => {
	it('are French words that lost their œ, with the words around them', () => {
		expect(
			lostLetters(
				"61 responsables du gouvernement et membres d'ONG uvrant avec les victimes.",
				'fr',
			),
		).toEqual([
			{
				word: 'uvrant',
				context: "…gouvernement et membres d'ONG uvrant avec les victimes.",
				guess: 'œuvrant',
			},
		]);
		const guesses = (text: string) => lostLetters(text, 'fr').map((l) => `${l.word}→${l.guess}`);
		expect(guesses("Une main-d'uvre formée, de bon cur, les vux du chur et une manuvre.")).toEqual([
			'uvre→œuvre',
			'cur→cœur',
			'vux→vœux',
			'chur→chœur',
			'manuvre→manœuvre',
		]);
		// In English, "cur" is a word.
		expect(lostLetters('A cur barked.', 'en')).toEqual([]);
	});

	it('are words holding a character that could not be read, in any language', () => {
		expect(lostLetters('Un c?ur, une (œ)uvre, une s\uFFFDur.', 'fr').map((l) => l.word)).toEqual([
			'c?ur',
			'(œ)uvre',
			's\uFFFDur',
		]);
		expect(lostLetterTodo({ word: 'c?ur', context: 'Un c?ur, une' }, 12)).toBe(
			'lost letter: "c?ur" in "Un c?ur, une" (line 12) holds a character the old site could not read: restore it from the original page',
		);
	});

	it('are not ordinary words, questions, parentheses or addresses', async () => {
		const ordinary =
			"Pourquoi? Les (Le refuge de l'enfance) œuvres, l'œil, oeuvrant, ouvrir, sûr, sur, cure, il, vu. Voir https://www.iom.int/fr?page=2&q=ab ou a?b@iom.int.";
		expect(lostLetters(ordinary, 'fr')).toEqual([]);
		for (const lang of ['en', 'fr', 'es'] as const) {
			const html = readHtmlPage(await fixture(`${lang}.html`), 'https://www.iom.int');
			const draft = makeDraft(html, lang, `${lang}.html`);
			expect(draft.todo.filter((line) => line.startsWith('lost letter'))).toEqual([]);
		}
	});
});

describe('the summary, taken off the text', () => {
	it('is the first paragraph when it fits, which then leaves the text', () => {
		const draft = makeDraft(page('A title', 'Geneva – IOM opened a centre.', 'More.'), 'en', 'x');
		expect(parts(draft.text)).toEqual({ summary: 'IOM opened a centre.', body: 'More.' });
	});

	it("is a long paragraph's first sentences, which then leave the paragraph", () => {
		const first = `IOM opened a centre on Monday. ${'It trains officials. '.repeat(20)}The rest stays.`;
		const draft = makeDraft(page('A title', first, 'More.'), 'en', 'x');
		const { summary, body } = parts(draft.text);
		expect(summary).toMatch(/^IOM opened a centre on Monday\. It trains officials\./);
		expect(String(summary).length).toBeLessThanOrEqual(400);
		expect(`${String(summary)} ${body}`).toBe(`${first.trim()}\n\nMore.`);
		expect(draft.filled).toContain(
			'summary (the first sentences of the first paragraph, moved out of the text)',
		);
	});

	it('keeps the text whole when its first sentence is too long for a summary', () => {
		const first = `IOM ${'and its partners '.repeat(30)}opened a centre.`;
		const draft = makeDraft(page('A title', first), 'en', 'x');
		const { summary, body } = parts(draft.text);
		expect(String(summary)).toMatch(/…$/);
		expect(body).toBe(first);
		expect(draft.todo).toContain('summary: its first sentence is too long for one: write the lead');
	});

	it('leaves an empty text to write when the page had one paragraph', () => {
		const draft = makeDraft(page('A title', 'IOM opened a centre.'), 'en', 'x');
		expect(parts(draft.text).body).toBe('');
		expect(draft.todo).toContain(
			'text: the page has one paragraph, now the summary: write the text',
		);
	});
});

// The content folder sits down a scratch folder, so that a path escaping it still lands in the
// scratch folder, which is removed after the tests.
const scratch = mkdtempSync(join(tmpdir(), 'npm-run-import-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('npm run import -- --folder', () => {
	const content = join(scratch, 'a/b/content');

	it.each(['../../../outside', 'a/b', join(scratch, 'elsewhere'), '..'])(
		'refuses %s: a single folder name only, and writes nothing',
		{ timeout: 30_000 },
		async (folder) => {
			const seed = join(root, 'tests/fixtures/import/seed-fr.txt');
			const run = await runScript('scripts/import.ts', [
				'--content',
				content,
				'--folder',
				folder,
				seed,
			]);
			expect(run).toEqual({
				code: 1,
				stdout: '',
				stderr: `Nothing written: --folder "${folder}" is not a folder name: give a single name, like --folder guatemala-shelter, and no path.\n`,
			});
			expect(await readdir(scratch, { recursive: true })).toEqual([]);
		},
	);
});
