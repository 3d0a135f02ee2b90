import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nginxServer } from '../../src/hosting/host-config';
import { headerPolicy } from '../../src/hosting/security-headers';

/** Debian's nginx (`apt-get install nginx`); `NGINX_PATH` points elsewhere. */
export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** Whether this machine can run the browser and server tests against real nginx. */
export const hasNginx = existsSync(nginxPath);

/** A running nginx over a built site. */
export interface Nginx {
	origin: string;
	/** The temporary folder nginx writes its pid, logs and temp files to; removed on close. */
	prefix: string;
	/** The generated `server` block it runs, as `npm run nginx-config` writes it. */
	serverConfig: string;
	close: () => Promise<void>;
}

/** A port of 127.0.0.1 that nothing listens on now. */
export async function freePort(): Promise<number> {
	const probe = createServer();
	await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
	const address = probe.address();
	await new Promise((resolve) => probe.close(resolve));
	if (!address || typeof address === 'string') throw new Error('No free port on 127.0.0.1.');
	return address.port;
}

/**
 * The whole nginx.conf of a test run: everything nginx writes (pid, logs, temp files) goes to
 * `prefix`, so a run as root leaves nothing in /var; the site itself is the generated server block.
 */
function mainConfig(prefix: string, server: string): string {
	const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
		(name) => `\t${name}_temp_path ${prefix}/${name};`,
	);
	return [
		'worker_processes 1;',
		`pid ${prefix}/nginx.pid;`,
		`error_log ${prefix}/error.log warn;`,
		'events { worker_connections 256; }',
		'http {',
		'\tinclude /etc/nginx/mime.types;',
		'\tdefault_type application/octet-stream;',
		'\taccess_log off;',
		'\tsendfile on;',
		...temp,
		server,
		'}',
		'',
	].join('\n');
}

/** Resolves once nginx answers on `origin`; rejects with its error log if it exits first. */
async function ready(child: ChildProcess, origin: string, log: string): Promise<void> {
	const exit: { code?: number } = {};
	child.once('exit', (code) => (exit.code = code ?? -1));
	for (let attempt = 0; attempt < 200; attempt++) {
		if (exit.code !== undefined) {
			const errors = existsSync(log) ? await readFile(log, 'utf8') : '';
			throw new Error(`nginx exited with code ${exit.code}:\n${errors}`);
		}
		try {
			await fetch(`${origin}/`, { method: 'HEAD', signal: AbortSignal.timeout(1000) });
			return;
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	}
	throw new Error(`nginx did not answer on ${origin}.`);
}

/**
 * Starts real nginx on a free port of 127.0.0.1 (or `port`) with the server block the site
 * ships (`nginxServer`, the same as `npm run nginx-config`) over the built site in `dir`.
 * Rejects with nginx's error log if it stops; a port taken meanwhile is retried twice.
 */
export async function startNginx(dir: string, { port }: { port?: number } = {}): Promise<Nginx> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await start(dir, port ?? (await freePort()));
		} catch (error) {
			const taken = error instanceof Error && error.message.includes('Address already in use');
			if (port !== undefined || !taken || attempt === 3) throw error;
		}
	}
}

async function start(dir: string, port: number): Promise<Nginx> {
	const prefix = await mkdtemp(join(tmpdir(), 'newsroom-nginx-'));
	await mkdir(join(prefix, 'client_body'));
	const origin = `http://127.0.0.1:${port}`;
	const serverConfig = nginxServer({
		root: dir,
		listen: `127.0.0.1:${port}`,
		policy: await headerPolicy(dir),
	});
	const conf = join(prefix, 'nginx.conf');
	const log = join(prefix, 'error.log');
	await writeFile(conf, mainConfig(prefix, serverConfig));
	// `-e` keeps nginx from opening its compiled-in error log before it reads the config.
	const child = spawn(nginxPath, ['-p', prefix, '-c', conf, '-e', log, '-g', 'daemon off;'], {
		stdio: 'ignore',
	});
	const stopped = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	try {
		await ready(child, origin, log);
	} catch (error) {
		if (child.exitCode === null) child.kill('SIGTERM');
		await stopped;
		await rm(prefix, { recursive: true, force: true });
		throw error;
	}
	return {
		origin,
		prefix,
		serverConfig,
		close: async () => {
			// SIGQUIT: graceful shutdown; then remove every file it wrote.
			if (child.exitCode === null) child.kill('SIGQUIT');
			await stopped;
			await rm(prefix, { recursive: true, force: true });
		},
	};
}
