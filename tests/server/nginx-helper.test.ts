import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { hasNginx, startNginx } from '../../scripts/lib/nginx';

afterEach(() => {
	vi.unstubAllEnvs();
	vi.resetModules();
});

describe.runIf(hasNginx)('starting nginx for the tests', () => {
	it("fails with nginx's own error when the port is taken, and leaves no files behind", async () => {
		const blocker = createServer();
		await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
		const { port } = blocker.address() as { port: number };
		const leftovers = async () =>
			(await readdir(tmpdir())).filter((name) => name.startsWith('newsroom-nginx-'));
		const before = await leftovers();
		try {
			await expect(startNginx(inject('siteDir'), { port })).rejects.toThrow(
				new RegExp(
					`^nginx exited with code 1:\\n.*bind\\(\\) to 127\\.0\\.0\\.1:${port} failed \\(98: Address already in use\\)`,
					's',
				),
			);
			expect(await leftovers()).toEqual(before);
		} finally {
			blocker.close();
		}
	});

	it('stops nginx and removes its pid, logs and temp folders on close', async () => {
		const nginx = await startNginx(inject('siteDir'));
		expect((await fetch(`${nginx.origin}/`)).status).toBe(200);
		expect(existsSync(join(nginx.prefix, 'nginx.pid'))).toBe(true);
		await nginx.close();
		expect(existsSync(nginx.prefix)).toBe(false);
		await expect(fetch(`${nginx.origin}/`)).rejects.toThrow('fetch failed');
	});
});

describe('without nginx', () => {
	it('refuses to fall back when NEWSROOM_REQUIRE_NGINX=1, naming the missing path', async () => {
		vi.stubEnv('NGINX_PATH', '/nonexistent/nginx');
		vi.stubEnv('NEWSROOM_REQUIRE_NGINX', '1');
		const { serveSite } = await import('../../scripts/lib/static-server');
		expect(existsSync('/nonexistent/nginx')).toBe(false);
		await expect(serveSite(inject('siteDir'))).rejects.toThrow(
			'NEWSROOM_REQUIRE_NGINX=1 but there is no nginx at /nonexistent/nginx.',
		);
	});
});
