import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { askUntilValid, checkAnswer, type Asker } from '../../../scripts/lib/release-answers';
import { root } from '../../helpers/astro';
import { runScript, tsx } from './run-script';

const content = await mkdtemp(join(tmpdir(), 'npm-run-new-'));
// Down a scratch folder, so that a path escaping it still lands in the scratch folder.
const scratch = await mkdtemp(join(tmpdir(), 'npm-run-new-flags-'));
const flagsContent = join(scratch, 'a/b/content');
afterAll(async () => {
	for (const folder of [content, scratch]) await rm(folder, { recursive: true, force: true });
});

const refused = (message: string) => ({ ok: false, message });
const dateSentence =
	'date "6/12/2026" is not a date. Write it as year-month-day, like: date: 2024-09-16';
const countrySentence = (code: string) =>
	`"${code}" is not an ISO 3166-1 country code. Use two capital letters, like GT for Guatemala or FR for France.`;

describe('each answer to npm run new, checked as it is typed', () => {
	it('takes a date written year-month-day that is a day of the calendar', () => {
		expect(checkAnswer('date', ' 2026-06-12 ')).toEqual({ ok: true, value: '2026-06-12' });
		expect(checkAnswer('date', '6/12/2026')).toEqual(refused(dateSentence));
		expect(checkAnswer('date', '2026-02-30')).toEqual(
			refused(
				'date "2026-02-30" is not a day of the calendar: check the month and the day, like: date: 2024-09-16',
			),
		);
	});

	it('takes press contacts as ids of people, none when left empty', () => {
		expect(checkAnswer('contacts', 'marina-palma, ana-perez')).toEqual({
			ok: true,
			value: ['marina-palma', 'ana-perez'],
		});
		expect(checkAnswer('contacts', '')).toEqual({ ok: true, value: [] });
		expect(checkAnswer('contacts', 'Marina')).toEqual(
			refused(
				'"Marina" is not the id of a person: write the name of their folder in content/contacts/, like: contacts: [marina-palma]',
			),
		);
	});

	it('takes a language of the site', () => {
		expect(checkAnswer('lang', 'fr')).toEqual({ ok: true, value: 'fr' });
		expect(checkAnswer('lang', 'de')).toEqual(
			refused('"de" is not a language of the site: use one of en, fr, es.'),
		);
	});

	it('takes country codes and topic keys the schema accepts, as a list', () => {
		expect(checkAnswer('countries', 'GT, HN')).toEqual({ ok: true, value: ['GT', 'HN'] });
		expect(checkAnswer('countries', 'GT XX gt')).toEqual(
			refused(`${countrySentence('XX')} ${countrySentence('gt')}`),
		);
		expect(checkAnswer('countries', '')).toEqual(
			refused('countries is empty. List at least one country code, like: countries: [GT]'),
		);
		expect(checkAnswer('topics', 'emergencies,child-protection')).toEqual({
			ok: true,
			value: ['emergencies', 'child-protection'],
		});
		const topic = checkAnswer('topics', 'shelters');
		expect(topic.ok).toBe(false);
		expect(!topic.ok && topic.message).toMatch(
			/^"shelters" is not a known topic\. Use one of: counter-trafficking, child-protection, /,
		);
	});

	it('takes a title, a summary and a dateline that are not blank and not too long', () => {
		expect(checkAnswer('title', 'IOM opens a shelter')).toEqual({
			ok: true,
			value: 'IOM opens a shelter',
		});
		expect(checkAnswer('title', '  ')).toEqual(
			refused(
				'title is empty. Write it like: title: IOM helps victims of trafficking in Guatemala',
			),
		);
		expect(checkAnswer('title', '???')).toEqual(
			refused(
				`title "???" has no letter or digit to make the page's address from: write it in words.`,
			),
		);
		expect(checkAnswer('summary', 'a'.repeat(401))).toEqual(
			refused('summary is longer than 400 characters. Keep the lead to one or two sentences.'),
		);
		expect(checkAnswer('dateline', '')).toEqual(
			refused('dateline is empty. Write it like: dateline: Guatemala City'),
		);
	});

	it('asks again, saying why, until the answer passes', async () => {
		const typed = ['6/12/2026', '', 'x'];
		const said: string[] = [];
		const asker: Asker = {
			ask: (prompt) => {
				said.push(prompt);
				return Promise.resolve(typed.shift() ?? '');
			},
			tell: (line) => said.push(line),
		};
		expect(await askUntilValid(asker, 'date', '2026-06-12')).toBe('2026-06-12');
		expect(said).toEqual([
			'Date (year-month-day) [2026-06-12]: ',
			dateSentence,
			'Date (year-month-day) [2026-06-12]: ',
		]);
	});
});

/** A terminal's control sequence (cursor moves, line clears), as readline writes them. */
const controlSequence = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g');

/** Whether util-linux's `script` can give the command a terminal. */
const hasScript = spawnSync('script', ['--version']).status === 0;

/**
 * Runs npm run new in a pseudo-terminal (`script`), typing each answer once its question shows;
 * returns what the terminal showed, without its control sequences, and the exit code.
 */
function inTerminal(answers: [question: string, answer: string][], args: string[]) {
	const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
	const line = [...tsx, 'scripts/new-release.ts', ...args].map(quote).join(' ');
	const child = spawn('script', ['-qefc', line, '/dev/null'], { cwd: root });
	let screen = '';
	let from = 0;
	const onOutput = (chunk: Buffer) => {
		screen += chunk.toString().replace(controlSequence, '');
		const [question, answer] = answers[0] ?? [];
		const at = question === undefined ? -1 : screen.indexOf(question, from);
		if (at >= 0 && screen.trimEnd().endsWith(':')) {
			answers.shift();
			from = screen.length;
			child.stdin.write(`${answer}\r`);
		}
	};
	child.stdout.on('data', onOutput);
	child.stderr.on('data', onOutput);
	// A question that never shows would leave the command waiting: stop it.
	const timer = setTimeout(() => child.kill(), 45_000);
	return new Promise<{ screen: string; code: number | null }>((resolve) =>
		child.on('close', (code) => {
			clearTimeout(timer);
			resolve({ screen: screen.replace(/\r/g, ''), code });
		}),
	);
}

describe('npm run new in a terminal', () => {
	it.skipIf(!hasScript)(
		'refuses a wrong answer when it is typed and asks the question again',
		{ timeout: 60_000 },
		async () => {
			const { screen, code } = await inTerminal(
				[
					['Language', 'fr'],
					['Title', 'Un refuge ouvre à Genève'],
					['Summary', ''],
					['Date', '6/12/2026'],
					['Date', '2026-06-12'],
					['Dateline', 'Genève'],
					['Countries', 'CH, XX'],
					['Countries', 'CH'],
					['Topics', 'emergencies'],
					['Press contacts', ''],
				],
				['--content', content],
			);
			expect(code, screen).toBe(0);
			// The date asked again, after the sentence that says how to write it.
			const asked = String.raw`Date \(year-month-day\) \[\d{4}-\d{2}-\d{2}\]: `;
			expect(screen).toMatch(
				new RegExp(`${asked}6/12/2026\n${dateSentence}\n${asked}2026-06-12\n`),
			);
			expect(screen).toContain(
				`Countries (ISO codes, e.g. GT, HN): CH, XX\n${countrySentence('XX')}\nCountries (ISO codes, e.g. GT, HN): CH\n`,
			);
			const file = join(content, 'releases/2026-06-12-un-refuge-ouvre-a-geneve/index.fr.md');
			expect(screen).toContain(`Written: ${file}`);
			const written = await readFile(file, 'utf8');
			expect(written).toContain('date: 2026-06-12\n');
			expect(written).toMatch(/countries:\n {2}- CH\ntopics:\n {2}- emergencies\n/);
		},
	);
});

describe('npm run new with flags', () => {
	it('refuses a contact who is not a person of contacts/, and writes nothing', async () => {
		const run = await runScript('scripts/new-release.ts', [
			...['--content', flagsContent, '--lang', 'en', '--title', 'A shelter'],
			...['--dateline', 'Geneva', '--countries', 'CH', '--topics', 'emergencies'],
			...['--contacts', 'nobody-here', '--folder', 'contact-check'],
		]);
		expect(run.code).toBe(1);
		expect(run.stderr).toBe(
			[
				'Nothing written: the release would not build.',
				`  --contacts: "nobody-here" is not a person of ${join(flagsContent, 'contacts')}/: write their file first (EDITING.md, "People"), or check the id.`,
				'',
			].join('\n'),
		);
		expect(existsSync(join(flagsContent, 'releases/contact-check'))).toBe(false);
	});

	it('checks them as answers, and writes nothing when one is refused', async () => {
		const run = await runScript('scripts/new-release.ts', [
			...[
				'--content',
				flagsContent,
				'--lang',
				'es',
				'--title',
				'Un refugio',
				'--date',
				'6/12/2026',
			],
			...['--dateline', 'Ginebra', '--countries', 'XX', '--topics', 'emergencies'],
			...['--folder', '../../../outside'],
		]);
		expect(run.code).toBe(1);
		expect(run.stderr).toBe(
			[
				'Nothing written: the release would not build.',
				`  --date: ${dateSentence}`,
				`  --countries: ${countrySentence('XX')}`,
				'  --folder "../../../outside" is not a folder name: give a single name, like --folder guatemala-shelter, and no path.',
				'',
			].join('\n'),
		);
		expect(await readdir(scratch, { recursive: true })).toEqual([]);
	});

	it('writes the file when every flag passes, into a folder cut where it reads well', async () => {
		const title = 'La OIM ayuda a las víctimas de trata en el norte de Guatemala';
		const run = await runScript('scripts/new-release.ts', [
			...['--content', flagsContent, '--lang', 'es', '--title', title, '--date', '2024-09-16'],
			...['--dateline', 'Guatemala', '--countries', 'GT', '--topics', 'counter-trafficking'],
		]);
		expect(run.code, run.stderr).toBe(0);
		expect(await readdir(join(flagsContent, 'releases'))).toContain(
			'2024-09-16-la-oim-ayuda-a-las-victimas-de-trata',
		);
	});
});
