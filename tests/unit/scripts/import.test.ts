import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDraft } from '../../../scripts/lib/import/draft';
import {
	countriesNamed,
	detectLanguage,
	internationalPhone,
	readContacts,
	splitDateline,
	withoutLinkDebris,
} from '../../../scripts/lib/import/fields';
import { readHtmlPage } from '../../../scripts/lib/import/html';
import { navigationLabels, readTextPage } from '../../../scripts/lib/import/text';
import { z } from 'astro/zod';
import { parseFrontmatter } from '../../../src/content-model/frontmatter';
import { slugOf } from '../../../src/content-model/ids';
import { releaseSchema } from '../../../src/content-model/schema';
import { root } from '../../helpers/astro';

// The seed (../shared/seeds/), the old site's French page as text, copied unchanged.
const seedPath = join(root, 'tests/fixtures/import/seed-fr.txt');
const fixture = (name: string) => readFile(join(root, 'tests/fixtures/import', name), 'utf8');
const labels = await navigationLabels(join(root, 'content'));

/** The frontmatter of a draft, as the build reads it. */
function frontmatter(text: string): Record<string, unknown> {
	const parsed = parseFrontmatter('draft.md', text);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
	return parsed.data;
}

/** The Markdown text of a draft, after its frontmatter. */
const body = (text: string) => text.slice(text.indexOf('\n---\n') + 5).trim();

/** The schema's issues with a draft once the editor has added what it asks for. */
function issuesOnceFilled(text: string, added: Record<string, unknown>): string[] {
	const schema = releaseSchema({ image: () => z.string() as never });
	const result = schema.safeParse({ ...frontmatter(text), ...added });
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('what the importer reads off a page', () => {
	it('tells the three languages apart by their short words', () => {
		expect(detectLanguage('The shelter opened in the capital and its staff')).toBe('en');
		expect(detectLanguage('Les victimes de la traite et les familles des enfants')).toBe('fr');
		expect(detectLanguage('Las víctimas de la trata y los niños del país con sus familias')).toBe(
			'es',
		);
		expect(detectLanguage('Guatemala 2024')).toBeUndefined();
	});

	it('finds the countries a text names, in its language, in order', () => {
		expect(countriesNamed('Officials from El Salvador and Guatemala, and Honduras.', 'en')).toEqual(
			['SV', 'GT', 'HN'],
		);
		expect(countriesNamed('Au Guatemala et au Mexique', 'fr')).toEqual(['GT', 'MX']);
		// A name inside a longer word is not the country.
		expect(countriesNamed('Nigeria', 'en')).toEqual(['NG']);
	});

	it('splits a dateline off a paragraph, and nothing else', () => {
		expect(splitDateline('Tegucigalpa – IOM opened a centre.')).toEqual({
			place: 'Tegucigalpa',
			rest: 'IOM opened a centre.',
		});
		expect(splitDateline('Ciudad de Guatemala — La OIM abrió un centro.')?.place).toBe(
			'Ciudad de Guatemala',
		);
		expect(splitDateline('IOM opened a centre – the first in the region.')).toBeUndefined();
	});

	it('reads contacts, with phones in international form', () => {
		expect(internationalPhone('+502.23.14.00.41')).toBe('+502 2314 0041');
		expect(internationalPhone('12')).toBeUndefined();
		const read = readContacts([
			'For more information, please contact:',
			'Ana Torres',
			'IOM Honduras',
			'Tel: +504 2220 1100',
			'Email: atorres@example.org',
			'Luis Mejía',
			'Tél. : +506.2212.5300',
			'E-mail:',
			'"mailto:lmejia@example.org">lmejia@example.org',
			'Fax: 0000',
		]);
		expect(read.contacts).toEqual([
			{
				name: 'Ana Torres',
				office: 'IOM Honduras',
				phone: '+504 2220 1100',
				email: 'atorres@example.org',
			},
			{ name: 'Luis Mejía', phone: '+506 2212 5300', email: 'lmejia@example.org' },
		]);
		expect(read.unread).toEqual(['Fax: 0000']);
	});

	it('drops the remains of a broken link', () => {
		expect(withoutLinkDebris('"mailto:mpalma@iom.int">mpalma@iom.int')).toBe('mpalma@iom.int');
		expect(withoutLinkDebris('see "https://www.iom.int/x">the page')).toBe('see the page');
	});
});

describe('the seed, as plain text', () => {
	it('skips the old navigation and finds the title, every paragraph and the contacts', async () => {
		const page = readTextPage(await readFile(seedPath, 'utf8'), labels);
		expect(page.title).toBe(
			"L'OIM aide les victimes de traite et renforce la capacité des responsables à poursuivre les trafiquants au Guatemala",
		);
		const paragraphs = page.blocks?.filter((b) => b.kind === 'paragraph') ?? [];
		expect(paragraphs[0]).toEqual({
			kind: 'paragraph',
			text: "Un an après le lancement d'un projet de lutte contre la traite, l'OIM au Guatemala a aidé plus de 65 victimes de traite, dépassant les résultats escomptés de plus de 20 victimes.",
		});
		expect(page.blocks?.some((b) => b.kind !== 'paragraph')).toBe(false);
		expect(paragraphs.at(-1)?.kind === 'paragraph' && paragraphs.at(-1)?.text).toMatch(
			/^L'OIM au Guatemala a récemment signé .* lutte contre la traite\.$/,
		);
		expect(page.contactLines[0]).toBe("Pour plus d'informations, veuillez contacter:");
	});

	it('becomes a draft whose every field is valid but the date and the topics it asks for', async () => {
		const page = readTextPage(await readFile(seedPath, 'utf8'), labels);
		const draft = makeDraft(page, 'fr', 'seed.txt');
		const data = frontmatter(draft.text);
		expect(data).toMatchObject({
			countries: ['GT'],
			dateline: 'Guatemala',
			draft: true,
			contacts: ['marina-palma'],
		});
		expect(data).not.toHaveProperty('date');
		expect(data).not.toHaveProperty('topics');
		expect(issuesOnceFilled(draft.text, {})).toEqual([
			'date: date is missing. Add a line like: date: 2024-09-16',
			'topics: topics must be a list, like: topics: [counter-trafficking]',
		]);
		expect(
			issuesOnceFilled(draft.text, { date: '2024-09-16', topics: ['counter-trafficking'] }),
		).toEqual([]);
		expect(draft.text).toContain('# date: the page gives no publication date.');
		expect(draft.text).toContain('# topics: the page does not say.');
		expect(draft.todo).toEqual([
			'date: the page gives none',
			'dateline: check it (guessed from the first country named)',
			'topics: the page does not say',
			`lost letter: "uvrant" in "…gouvernement et membres d'ONG uvrant avec les victimes." (line 26) looks like "œuvrant" with its œ lost: restore it from the original page`,
		]);
	});

	it('takes its first paragraph out of the text for the summary, and says so', async () => {
		const page = readTextPage(await readFile(seedPath, 'utf8'), labels);
		const draft = makeDraft(page, 'fr', 'seed.txt');
		const summary =
			"Un an après le lancement d'un projet de lutte contre la traite, l'OIM au Guatemala a aidé plus de 65 victimes de traite, dépassant les résultats escomptés de plus de 20 victimes.";
		expect(frontmatter(draft.text).summary).toBe(summary);
		expect(body(draft.text)).not.toContain('Un an après');
		expect(body(draft.text)).toMatch(/^Le Guatemala est un pays d'origine/);
		expect(draft.filled).toContain('summary (the first paragraph, moved out of the text)');
		expect(draft.text).toContain(
			'# summary: the first paragraph, moved out of the text. Shorten it to one or two sentences if need be, and put what you take out back into the text.\n',
		);
	});

	it('lists the word that lost its œ, on the line where it stands, and leaves it as it is', async () => {
		const page = readTextPage(await readFile(seedPath, 'utf8'), labels);
		const draft = makeDraft(page, 'fr', 'seed.txt');
		const lines = draft.text.split('\n');
		expect(lines[25]).toMatch(/membres d'ONG uvrant avec les victimes\.$/);
		expect(draft.text).toContain(
			`\n# lost letter: "uvrant" in "…gouvernement et membres d'ONG uvrant avec les victimes." (line 26) looks like "œuvrant" with its œ lost: restore it from the original page\ndraft: true\n`,
		);
		expect(draft.text).not.toContain('œuvrant avec');
	});

	it('gets an address cut where it reads well, not on "à"', async () => {
		const page = readTextPage(await readFile(seedPath, 'utf8'), labels);
		const { title, slug } = frontmatter(makeDraft(page, 'fr', 'seed.txt').text);
		// No slug line: the build makes the address from the title, by the same rule.
		expect(slug).toBeUndefined();
		expect(slugOf({ title: String(title) })).toBe(
			'l-oim-aide-les-victimes-de-traite-et-renforce-la-capacite-des-responsables',
		);
	});
});

describe('pages saved as HTML', () => {
	it('keeps the article as Markdown: headings, lists, emphasis, absolute links', async () => {
		const page = readHtmlPage(await fixture('en.html'), 'https://www.iom.int');
		expect(page).toMatchObject({
			title: 'IOM opens a training centre for border officials in Honduras',
			lang: 'en',
			date: '2019-03-14',
			pictures: ['/sites/default/files/centre.jpg'],
			documents: ['https://www.iom.int/sites/default/files/centre-fact-sheet.pdf'],
		});
		const draft = makeDraft(page, 'en', 'en.html');
		const text = body(draft.text);
		expect(frontmatter(draft.text).summary).toBe(
			'The International Organization for Migration (IOM) opened a centre on Monday where 120 border officials a year will be trained to identify victims of trafficking.',
		);
		// The first paragraph is the summary: the text starts with the second.
		expect(text).toMatch(/^The centre was built with the support of the Government of Honduras/);
		expect(text).toContain('## What the training covers');
		expect(text).toContain('- interviewing people at risk, with *care*;');
		expect(text).toContain('[2018 border report](https://www.iom.int/reports/border-2018)');
		expect(draft.todo).toEqual(
			expect.arrayContaining([
				'picture not imported (/sites/default/files/centre.jpg): save it in the folder, list it under media: with its alt text, credit and licence, and add it to the text',
				'document linked, not imported (https://www.iom.int/sites/default/files/centre-fact-sheet.pdf): save it in the folder and list it under media: with its title, credit and licence',
			]),
		);
		expect(text).toContain('Write to <press@example.org> for the programme.');
		// Nothing of the page around the article, nor the dateline, nor the contacts block.
		expect(text).not.toMatch(
			/Tegucigalpa|Who we are|Privacy|dataLayer|14 March 2019|Ana Torres|120 border officials/,
		);
		expect(draft.todo.filter((line) => line.startsWith('lost letter'))).toEqual([]);
		expect(draft.filled).toContain('dateline (Tegucigalpa, from the first paragraph)');
		expect(issuesOnceFilled(draft.text, { topics: ['capacity-building'] })).toEqual([]);
		expect(frontmatter(draft.text)).toMatchObject({
			date: '2019-03-14',
			countries: ['HN', 'SV', 'GT'],
			contacts: ['ana-torres', 'luis-mejia'],
		});
	});

	it('reads a page with broken markup without failing', () => {
		const page = readHtmlPage(
			'<p>Geneva – <b>IOM <i>opened</p><p>"mailto:x@y.org">x@y.org</div><h1>Late title',
			'https://www.iom.int',
		);
		expect(page.title).toBe('Late title');
		const draft = makeDraft(page, 'en', 'broken.html');
		expect(draft.text).toContain('<x@y.org>');
		expect(draft.filled).toContain('dateline (Geneva, from the first paragraph)');
	});
});
