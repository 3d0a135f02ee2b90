import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/** Scratch space for test builds (git-ignored). */
export const tmp = join(root, 'tests/.tmp');

const viteVariables = /^(NODE_ENV|DEV|PROD|MODE|SSR|BASE_URL|SITE|ASSETS_PREFIX|TEST|VITEST.*)$/;

/** What an `astro build` printed and produced. */
export interface BuildResult {
	ok: boolean;
	/** stdout and stderr together, as an editor would see them in a terminal. */
	output: string;
	/** The build's `dist/` folder. */
	outDir: string;
}

/**
 * Runs the real `astro build` of this site in a child process, as `npm run build` would, into
 * `tests/.tmp/<name>/dist`. `content` points the build at another content folder; `args` are
 * more `astro build` flags (`--force` renders every Markdown file again, so its warnings print
 * even when an earlier build cached it).
 */
export async function astroBuild(
	name: string,
	{
		content,
		env = {},
		args = [],
	}: { content?: string; env?: Record<string, string>; args?: string[] } = {},
): Promise<BuildResult> {
	const outDir = join(tmp, name, 'dist');
	await rm(outDir, { recursive: true, force: true });
	const { code, output } = await run(
		process.execPath,
		[join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir, ...args],
		{
			ASTRO_TELEMETRY_DISABLED: '1',
			...(content ? { NEWSROOM_CONTENT_DIR: content } : {}),
			...env,
		},
	);
	return { ok: code === 0, output, outDir };
}

/**
 * Runs a command in the project root as a terminal would, with stdin closed (so nothing is
 * asked interactively), and returns its exit code and everything it printed.
 */
export async function run(
	command: string,
	args: string[],
	env: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
	// Vitest and Vite put their own variables (NODE_ENV=test, DEV, MODE…) into process.env; a
	// terminal running `npm run build` has none of them.
	const inherited = Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !viteVariables.test(key)),
	);
	const child = spawn(command, args, {
		cwd: root,
		env: { ...inherited, NO_COLOR: '1', ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	return { code, output };
}
