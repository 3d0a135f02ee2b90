// Runs an npm command's script (scripts/, bench/) as `npm run` would, with tsx on this Node, and
// returns its exit code and what it printed to stdout and to stderr, apart.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../../helpers/astro';

/** What a script printed, and its exit code. */
export interface ScriptRun {
	code: number;
	stdout: string;
	stderr: string;
}

/** The tsx command line that `npm run` uses for the scripts. */
export const tsx = [process.execPath, join(root, 'node_modules/tsx/dist/cli.mjs')] as const;

/** Runs `script` (a path from the project root) with `args`, stdin closed, in the project root. */
export function runScript(script: string, args: string[] = []): Promise<ScriptRun> {
	// Vitest's own variables (NODE_ENV=test, MODE…) are not in an editor's terminal.
	const env = Object.fromEntries(
		Object.entries(process.env).filter(
			([key]) => !/^(NODE_ENV|MODE|DEV|PROD|SSR|VITEST.*)$/.test(key),
		),
	);
	return new Promise((resolve) => {
		const child = execFile(
			tsx[0],
			[tsx[1], script, ...args],
			{ cwd: root, env: { ...env, NO_COLOR: '1' } },
			(error, stdout, stderr) => {
				const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
				resolve({ code, stdout, stderr });
			},
		);
		child.stdin?.end();
	});
}
