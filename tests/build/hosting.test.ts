import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { nginxServer } from '../../src/hosting/host-config';
import {
	adminPolicy,
	hashedPaths,
	headerPolicy,
	metaPolicy,
	patternToRegExp,
} from '../../src/hosting/security-headers';
import { root, tmp } from '../helpers/astro';
import { listFiles } from '../helpers/dist';

const run = promisify(execFile);

/** A policy as directive name → set of sources. */
function directives(policy: string): Map<string, Set<string>> {
	return new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...sources]) => [name as string, new Set(sources)]),
	);
}

let dist: string;
let policy: string;
let html: string[];

beforeAll(async () => {
	dist = inject('siteDir');
	policy = await headerPolicy(dist);
	// The site's pages; the web editor's page has its own policy (tested below and in web-editor tests).
	html = (await listFiles(dist)).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
});

describe('the headers shipped to hosts carry the pages’ own policy', () => {
	it('writes dist/_headers with the policy headerPolicy(dist) computes', async () => {
		const file = await readFile(join(dist, '_headers'), 'utf8');
		const csp = [...file.matchAll(/^ {2}Content-Security-Policy: (.+)$/gm)].map((m) => m[1]);
		expect(csp).toEqual([policy, adminPolicy]);
	});

	it('puts the same policy in every location of the nginx config', () => {
		const config = nginxServer({ root: dist, listen: '8080', policy });
		const csp = [...config.matchAll(/add_header Content-Security-Policy "([^"]+)" always;/g)];
		expect(csp.length).toBeGreaterThan(10);
		expect(new Set(csp.map((m) => m[1]))).toEqual(new Set([policy, adminPolicy]));
		const editor = config.split('\tlocation ').find((l) => l.startsWith('^~ /admin/'));
		expect(editor?.match(/Content-Security-Policy "([^"]+)"/)?.[1]).toBe(adminPolicy);
		expect(csp.filter((m) => m[1] === adminPolicy)).toHaveLength(1);
	});

	it('allows, per directive, every source of every page’s meta policy, and adds frame-ancestors', async () => {
		const header = directives(policy);
		expect(html.length).toBeGreaterThan(90);
		for (const file of html) {
			const meta = metaPolicy(await readFile(join(dist, file), 'utf8'));
			expect(meta, file).toBeDefined();
			for (const [name, sources] of directives(meta ?? '')) {
				for (const source of sources) expect(header.get(name), `${file} ${name}`).toContain(source);
			}
		}
		expect([...(header.get('frame-ancestors') ?? [])]).toEqual(["'none'"]);
	});

	it('allows no inline code but the hashed, and no eval but WebAssembly', () => {
		for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*']) {
			for (const [name, sources] of directives(policy)) expect(sources, name).not.toContain(unsafe);
		}
		expect(directives(policy).get('script-src')).toContain("'wasm-unsafe-eval'");
		expect(directives(policy).get('style-src')).not.toContain("'unsafe-inline'");
	});

	it('has no style attribute or event handler attribute in any page, so needs no unsafe-hashes', async () => {
		for (const file of html) {
			const page = await readFile(join(dist, file), 'utf8');
			expect(page.match(/<[^>]+\s(style|on[a-z]+)=[^>]*>/g) ?? [], file).toEqual([]);
			expect(page, file).not.toMatch(/href="javascript:/i);
		}
	});
});

describe('the cache rules fit the files the build writes', () => {
	it('matches at least one file with every hashed pattern, and no file with two', async () => {
		const files = (await listFiles(dist)).map((f) => `/${f}`);
		const patterns = hashedPaths.map((p) => new RegExp(patternToRegExp(p)));
		const used = (pattern: string) =>
			files.some((f) => new RegExp(patternToRegExp(pattern)).test(f));
		for (const pattern of hashedPaths) {
			// Every release of content/ is of one year, so the archive part of each language's index
			// is empty here: its patterns are those of the recent part, which has every kind of file.
			const archive = pattern.includes('/archive/');
			expect(archive || used(pattern), pattern).toBe(true);
			if (archive) expect(used(pattern.replace('/archive/', '/recent/')), pattern).toBe(true);
		}
		for (const file of files) {
			expect(patterns.filter((p) => p.test(file)).length, file).toBeLessThanOrEqual(1);
		}
	});
});

describe('npm run nginx-config', () => {
	/** Runs the script as npm would, on this Node (the project's 24, not the system's). */
	const nginxConfig = (...args: string[]) =>
		run(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/nginx-config.ts', ...args], {
			cwd: root,
		});

	it('writes the server block for a built site, serving the folder given', async () => {
		const out = join(tmp, 'nginx-config', 'nginx.conf');
		const args = ['--dist', dist, '--root', '/usr/share/nginx/html', '--listen', '8080'];
		const { stdout } = await nginxConfig(...args, '--out', out);
		expect(stdout).toBe(`Wrote ${out} (serving /usr/share/nginx/html on 8080).\n`);
		expect(await readFile(out, 'utf8')).toBe(
			nginxServer({ root: '/usr/share/nginx/html', listen: '8080', policy }),
		);
	});

	it('asks for a build first when the folder holds no built site', async () => {
		const missing = join(tmp, 'no-such-dist');
		const failed = nginxConfig('--dist', missing);
		await expect(failed).rejects.toMatchObject({
			code: 1,
			stderr: expect.stringContaining('Build the site first: npm run build') as string,
		});
		await expect(failed).rejects.toMatchObject({
			stderr: expect.stringContaining(`no such file or directory, scandir '${missing}'`) as string,
		});
	});
});
