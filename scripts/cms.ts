// `npm run cms`: the web editor on this checkout, decap-server and `astro dev` started and
// stopped together (usage: the parseCommand call below).
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLocalBackend } from '../src/cms/config';
import { parseCommand } from './lib/cli';

const { values: flags } = parseCommand({
	name: 'npm run cms',
	about: `The web editor on this checkout. Starts Decap CMS's local backend (decap-server, which
reads and writes the files of this folder) and astro dev (which serves the site and /admin/),
and stops both together. Open http://localhost:4321/admin/ and choose "Login".`,
	flags: {
		port: { type: 'string', value: 'port', about: "astro dev's port (default: 4321)" },
		host: {
			type: 'string',
			value: 'address',
			about: 'the address astro dev listens on, like 0.0.0.0 (default: localhost only)',
		},
		'backend-port': {
			type: 'string',
			value: 'port',
			about: `decap-server's port (default: ${new URL(defaultLocalBackend).port})`,
		},
	},
	examples: ['npm run cms', 'npm run cms -- --port 4400'],
});

const root = fileURLToPath(new URL('..', import.meta.url));
const children: ChildProcess[] = [];

function start(name: string, args: string[], env: Record<string, string> = {}): void {
	const child = spawn(process.execPath, args, {
		stdio: 'inherit',
		env: { ...process.env, ...env },
	});
	child.on('exit', (code) => {
		console.log(`${name} stopped${code ? ` (exit code ${code})` : ''}; stopping the editor.`);
		stop(code ?? 0);
	});
	children.push(child);
}

function stop(code: number): void {
	for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
	process.exitCode = code;
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

const backendPort = flags['backend-port'] ?? new URL(defaultLocalBackend).port;
start('decap-server', [join(root, 'node_modules/decap-server/dist/index.js')], {
	PORT: backendPort,
	MODE: 'fs',
	GIT_REPO_DIRECTORY: root,
});
start(
	'astro dev',
	[
		join(root, 'node_modules/astro/bin/astro.mjs'),
		'dev',
		...(flags.port ? ['--port', flags.port] : []),
		...(flags.host ? ['--host', flags.host] : []),
	],
	// The editor it serves at /admin/ talks to that decap-server (src/integrations/cms.ts).
	{ NEWSROOM_CMS_LOCAL_BACKEND: `http://localhost:${backendPort}` },
);
console.log(
	`The web editor: http://localhost:${flags.port ?? 4321}/admin/ (choose "Login": no account is needed here).`,
);
