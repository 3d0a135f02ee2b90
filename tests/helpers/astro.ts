import { spawn } from 'node:child_process';
import { cp, mkdir, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../scripts/lib/nginx';

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
 * even when an earlier build cached it); `project` builds a copy of the project made by
 * `projectCopy` (a test that edits the site's own code edits its copy). The `dist/` an earlier
 * build left is removed first, unless `keepDist` (a rebuild over it, as an editor's next build).
 */
export async function astroBuild(
	name: string,
	{
		content,
		env = {},
		args = [],
		project = root,
		keepDist = false,
	}: {
		content?: string;
		env?: Record<string, string>;
		args?: string[];
		project?: string;
		keepDist?: boolean;
	} = {},
): Promise<BuildResult> {
	const outDir = join(tmp, name, 'dist');
	if (!keepDist) await rm(outDir, { recursive: true, force: true });
	const { code, output } = await run(
		process.execPath,
		[join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir, ...args],
		{
			ASTRO_TELEMETRY_DISABLED: '1',
			...(content ? { NEWSROOM_CONTENT_DIR: content } : {}),
			...env,
		},
		project,
	);
	return { ok: code === 0, output, outDir };
}

/**
 * A copy of the project at `dir` that builds as the project does (its code, public files and
 * lock file, with the project's node_modules linked), for a test to edit the site's code in.
 */
export async function projectCopy(dir: string): Promise<string> {
	await rm(dir, { recursive: true, force: true });
	await mkdir(dir, { recursive: true });
	for (const entry of ['astro.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'])
		await cp(join(root, entry), join(dir, entry));
	for (const entry of ['src', 'public'])
		await cp(join(root, entry), join(dir, entry), { recursive: true });
	await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return dir;
}

/**
 * Runs a command in the project root (or `cwd`) as a terminal would, with stdin closed (so nothing is
 * asked interactively), and returns its exit code and everything it printed.
 */
export async function run(
	command: string,
	args: string[],
	env: Record<string, string> = {},
	cwd = root,
): Promise<{ code: number | null; output: string }> {
	// Vitest and Vite put their own variables (NODE_ENV=test, DEV, MODE…) into process.env; a
	// terminal running `npm run build` has none of them.
	const inherited = Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !viteVariables.test(key)),
	);
	const child = spawn(command, args, {
		cwd,
		env: { ...inherited, NO_COLOR: '1', ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	return { code, output };
}

/** A running `astro dev`, as an editor previews with `npm run dev`. */
export interface DevServer {
	origin: string;
	/** What it printed so far. */
	output: () => string;
	close: () => Promise<void>;
}

/**
 * Starts the real `astro dev` of this site on a free port of 127.0.0.1, with the content of
 * `content` and `outDir` as the build whose search index it serves; resolves once it answers.
 */
export async function startDevServer({
	content,
	outDir,
	env = {},
}: {
	content?: string;
	outDir?: string;
	env?: Record<string, string>;
}): Promise<DevServer> {
	const port = await freePort();
	const inherited = Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !viteVariables.test(key)),
	);
	const child = spawn(
		process.execPath,
		[
			join(root, 'node_modules/astro/bin/astro.mjs'),
			'dev',
			...['--host', '127.0.0.1', '--port', String(port)],
			// Beside any dev server an editor runs on this checkout, without taking its place.
			'--ignore-lock',
			...(outDir ? ['--outDir', outDir] : []),
		],
		{
			cwd: root,
			env: {
				...inherited,
				NO_COLOR: '1',
				ASTRO_TELEMETRY_DISABLED: '1',
				// `astro dev` may detect an agent and start in the background (LIBRARY-NOTES.md).
				ASTRO_DEV_BACKGROUND: '0',
				...(content ? { NEWSROOM_CONTENT_DIR: content } : {}),
				...env,
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const origin = `http://127.0.0.1:${port}`;
	const close = async () => {
		if (child.exitCode === null) child.kill('SIGTERM');
		await exited;
	};
	for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
		if (child.exitCode !== null) throw new Error(`astro dev stopped:\n${output}`);
		try {
			await fetch(`${origin}/`, { signal: AbortSignal.timeout(5_000) });
			return { origin, output: () => output, close };
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
	}
	await close();
	throw new Error(`astro dev did not answer on ${origin} within a minute:\n${output}`);
}
