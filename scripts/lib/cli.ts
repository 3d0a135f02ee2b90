// What every npm command of scripts/ and bench/ shares on its command line: its flags, read by
// node:util's parseArgs; `--help` (or `-h`), which prints its usage; and a flag it cannot use,
// refused in one sentence with exit code 2. Each command's usage is written once, in its call.
import { parseArgs, type ParseArgsOptionDescriptor } from 'node:util';

/** A flag of a command: parseArgs's description of it, and what it is for. */
export interface Flag extends ParseArgsOptionDescriptor {
	/** What the flag does, in one line. */
	about: string;
	/** What its value is, as the usage shows it: `--lang <code>`. For string flags. */
	value?: string;
}

/** A command: the one place its usage is written. */
export interface Command<F extends Record<string, Flag>> {
	/** How it is run, without its flags: `npm run import`. */
	name: string;
	/** What it does, in a few sentences. */
	about: string;
	flags: F;
	/** What it takes besides flags, as the usage shows it (`<file>…`); nothing when left out. */
	positionals?: string;
	/** Whole command lines, from the simplest; a long one may go on over lines ending in \. */
	examples: readonly string[];
}

/** The values and arguments of a command line parseArgs read with a command's flags. */
export type Parsed<F extends Record<string, Flag>> = ReturnType<
	typeof parseArgs<{ options: F; allowPositionals: true }>
>;

/** What a command line asks for: the command's help, a refusal, or a run. */
export type Reading<F extends Record<string, Flag>> =
	| { kind: 'help'; text: string }
	| { kind: 'refused'; message: string }
	| ({ kind: 'run' } & Parsed<F>);

/** The flag every command has. */
const helpFlag: Flag = { type: 'boolean', short: 'h', about: 'print this help' };

/** A flag as the usage lists it: `-h, --help`, `--lang <code>`. */
function flagLabel(name: string, flag: Flag): string {
	const short = flag.short ? `-${flag.short}, ` : '';
	const value = flag.type === 'string' ? ` <${flag.value ?? 'value'}>` : '';
	return `${short}--${name}${value}`;
}

/** The usage of a command, as `--help` prints it. */
export function usage<F extends Record<string, Flag>>(command: Command<F>): string {
	const flags: [string, Flag][] = [...Object.entries(command.flags), ['help', helpFlag]];
	const labels = flags.map(([name, flag]) => flagLabel(name, flag));
	const width = Math.max(...labels.map((label) => label.length)) + 2;
	const lines = flags.map(([, flag], i) => `  ${(labels[i] ?? '').padEnd(width)}${flag.about}`);
	const positionals = command.positionals ? ` ${command.positionals}` : '';
	return [
		`Usage: ${command.name} -- [flags]${positionals}`,
		'',
		command.about,
		'',
		'Flags:',
		...lines,
		'',
		command.examples.length > 1 ? 'Examples:' : 'Example:',
		// An example may go on over several lines (ending each but the last with \).
		...command.examples.flatMap((example) => example.split('\n').map((line) => `  ${line}`)),
	].join('\n');
}

/** Whether a command line asks for help, and the one sentence that refuses it, if any. */
function inspect<F extends Record<string, Flag>>(
	command: Command<F>,
	args: readonly string[],
): { help: boolean; problem?: string } {
	const flags: Record<string, Flag> = { ...command.flags, help: helpFlag };
	const { tokens } = parseArgs({
		args,
		options: flags,
		strict: false,
		allowPositionals: true,
		tokens: true,
	});
	const see = `see ${command.name} -- --help`;
	const problems: string[] = [];
	for (const token of tokens) {
		if (token.kind === 'positional' && !command.positionals)
			problems.push(`${command.name} takes flags only, not "${token.value}": ${see}.`);
		if (token.kind !== 'option') continue;
		const flag = flags[token.name];
		// A string flag followed by another flag, not a value: `--lang --title …`.
		const missing =
			token.value === undefined || (!token.inlineValue && /^-./.test(token.value ?? ''));
		if (!flag) problems.push(`${token.rawName} is not a flag of ${command.name}: ${see}.`);
		else if (flag.type === 'string' && missing)
			problems.push(`${token.rawName} needs a value, like ${flagLabel(token.name, flag)}: ${see}.`);
		else if (flag.type === 'boolean' && token.value !== undefined)
			problems.push(`${token.rawName} takes no value: ${see}.`);
	}
	const help = tokens.some((t) => t.kind === 'option' && t.name === 'help');
	return problems[0] ? { help, problem: problems[0] } : { help };
}

/** Reads a command line: help, a refusal naming the flag at fault, or the values to run with. */
export function readCommand<F extends Record<string, Flag>>(
	command: Command<F>,
	args: readonly string[],
): Reading<F> {
	const { help, problem } = inspect(command, args);
	if (help) return { kind: 'help', text: usage(command) };
	if (problem) return { kind: 'refused', message: problem };
	try {
		return { kind: 'run', ...parseArgs({ args, options: command.flags, allowPositionals: true }) };
	} catch (error) {
		// Anything parseArgs refuses that inspect() did not foresee, still in one line.
		return {
			kind: 'refused',
			message: `${(error as Error).message}: see ${command.name} -- --help.`,
		};
	}
}

/**
 * Reads this process's command line: prints the usage and exits 0 on `--help`, prints the
 * refusal and exits 2 on a flag it cannot use, else returns the values.
 */
export function parseCommand<const F extends Record<string, Flag>>(
	command: Command<F>,
	args: readonly string[] = process.argv.slice(2),
): Parsed<F> {
	const reading = readCommand(command, args);
	if (reading.kind === 'help') {
		console.log(reading.text);
		process.exit(0);
	}
	if (reading.kind === 'refused') {
		console.error(reading.message);
		process.exit(2);
	}
	const { values, positionals } = reading;
	return { values, positionals };
}

/** The flag every command that reads or writes content has: which content folder. */
export const contentFlag = {
	type: 'string',
	value: 'dir',
	default: process.env.NEWSROOM_CONTENT_DIR ?? 'content',
	about: 'the content folder (default: $NEWSROOM_CONTENT_DIR or content)',
} as const satisfies Flag;
