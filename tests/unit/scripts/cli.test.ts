import { describe, expect, it } from 'vitest';
import { readCommand, usage, type Command, type Flag } from '../../../scripts/lib/cli';
import { runScript } from './run-script';

const command = {
	name: 'npm run sample',
	about: 'Does one thing.',
	positionals: '<file>…',
	flags: {
		lang: { type: 'string', value: 'code', about: 'the language' },
		json: { type: 'boolean', default: false, about: 'print JSON' },
	},
	examples: ['npm run sample -- --lang fr a.txt'],
} satisfies Command<Record<string, Flag>>;

describe('the command line of every npm command', () => {
	it('prints its usage: what it does, each flag on one line, an example', () => {
		expect(usage(command)).toBe(
			[
				'Usage: npm run sample -- [flags] <file>…',
				'',
				'Does one thing.',
				'',
				'Flags:',
				'  --lang <code>  the language',
				'  --json         print JSON',
				'  -h, --help     print this help',
				'',
				'Example:',
				'  npm run sample -- --lang fr a.txt',
			].join('\n'),
		);
		expect(readCommand(command, ['--help'])).toEqual({ kind: 'help', text: usage(command) });
		expect(readCommand(command, ['a.txt', '-h'])).toEqual({ kind: 'help', text: usage(command) });
	});

	it('reads flags and arguments', () => {
		expect(readCommand(command, ['--lang', 'fr', 'a.txt', '--json'])).toMatchObject({
			kind: 'run',
			values: { lang: 'fr', json: true },
			positionals: ['a.txt'],
		});
		expect(readCommand(command, [])).toMatchObject({ values: { json: false }, positionals: [] });
	});

	it('refuses an unknown flag, a flag without its value and a value it does not take, naming it', () => {
		const refused = (...args: string[]) => readCommand(command, args);
		expect(refused('--lnag', 'fr')).toEqual({
			kind: 'refused',
			message: '--lnag is not a flag of npm run sample: see npm run sample -- --help.',
		});
		expect(refused('-x')).toMatchObject({
			message: '-x is not a flag of npm run sample: see npm run sample -- --help.',
		});
		expect(refused('a.txt', '--lang')).toMatchObject({
			message: '--lang needs a value, like --lang <code>: see npm run sample -- --help.',
		});
		expect(refused('--lang', '--json')).toMatchObject({
			message: '--lang needs a value, like --lang <code>: see npm run sample -- --help.',
		});
		expect(refused('--json=yes')).toMatchObject({
			message: '--json takes no value: see npm run sample -- --help.',
		});
		const { positionals, ...flagsOnly } = command;
		expect(positionals).toBeDefined();
		expect(readCommand(flagsOnly, ['a.txt'])).toMatchObject({
			message: 'npm run sample takes flags only, not "a.txt": see npm run sample -- --help.',
		});
	});
});

/** Each npm command's script, as package.json runs it. */
const commands: Record<string, string> = {
	'npm run new': 'scripts/new-release.ts',
	'npm run import': 'scripts/import.ts',
	'npm run translations': 'scripts/translations.ts',
	'npm run cms': 'scripts/cms.ts',
	'npm run nginx-config': 'scripts/nginx-config.ts',
	'npm run lighthouse': 'scripts/lighthouse.ts',
	'npm run bench': 'bench/run.ts',
	'npm run bench:search': 'bench/search.ts',
};

describe.each(Object.entries(commands))('%s', (name, script) => {
	it('prints its usage on --help and -h, and exits 0', { timeout: 30_000 }, async () => {
		for (const flag of ['--help', '-h']) {
			const run = await runScript(script, [flag]);
			expect(run.code, run.stderr).toBe(0);
			expect(run.stdout).toMatch(new RegExp(`^Usage: ${name} -- \\[flags\\]`));
			expect(run.stdout).toMatch(/\n\nFlags:\n( {2}-.*\n)+\nExamples?:\n {2}npm run /);
			expect(run.stderr).toBe('');
		}
	});

	it('refuses an unknown flag in one sentence, with exit code 2', { timeout: 30_000 }, async () => {
		const run = await runScript(script, ['--no-such-flag']);
		expect(run.code).toBe(2);
		expect(run.stderr).toBe(`--no-such-flag is not a flag of ${name}: see ${name} -- --help.\n`);
		expect(run.stdout).toBe('');
	});
});

it('refuses a flag given without its value, with exit code 2', { timeout: 30_000 }, async () => {
	const run = await runScript('scripts/translations.ts', ['--hash']);
	expect(run).toEqual({
		code: 2,
		stdout: '',
		stderr: '--hash needs a value, like --hash <file>: see npm run translations -- --help.\n',
	});
});
