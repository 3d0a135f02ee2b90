import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { locales } from '../../src/i18n/locales';
import { url } from '../../src/i18n/routes';

const read = (file: string) => readFile(new URL(`../../${file}`, import.meta.url), 'utf8');

describe('the deployment files agree with the site', () => {
	it("gives Netlify a 404 rule for each locale's own 404 page", async () => {
		const toml = await read('netlify.toml');
		expect(toml).toMatch(/publish = "dist"/);
		for (const locale of locales) {
			expect(toml).toContain(
				`from = "/${locale}/*"\n  to = "${url('notFound', locale)}"\n  status = 404`,
			);
		}
	});

	it('serves the container from the folder the nginx config names', async () => {
		const dockerfile = await read('Dockerfile');
		const root = /--root (\S+)/.exec(dockerfile)?.[1];
		expect(root).toBe('/usr/share/nginx/html');
		expect(dockerfile).toContain(`COPY --from=build /site/dist ${root}`);
		expect(dockerfile).toMatch(/^FROM node:24-bookworm-slim AS build$/m);
	});

	it('tests pull requests with .ci/run and rebuilds on a schedule', async () => {
		const workflow = parse(await read('.github/workflows/ci.yml')) as {
			on: { schedule: { cron: string }[] };
			jobs: Record<string, { steps: { run?: string; uses?: string }[] }>;
		};
		expect(workflow.on.schedule[0]?.cron).toBe('*/15 * * * *');
		expect(workflow.jobs.test?.steps.map((s) => s.run)).toContain('.ci/run');
		expect(workflow.jobs.build?.steps.map((s) => s.uses)).toContain(
			'actions/upload-pages-artifact@v3',
		);
	});

	it("builds each deploy incrementally from the last deploy's cache, kept outside node_modules", async () => {
		const workflow = parse(await read('.github/workflows/ci.yml')) as {
			jobs: Record<
				string,
				{
					steps: {
						run?: string;
						uses?: string;
						with?: Record<string, string>;
						env?: Record<string, string>;
					}[];
				}
			>;
		};
		const steps = workflow.jobs.build?.steps ?? [];
		const cache = steps.findIndex((s) => s.uses === 'actions/cache@v4');
		const build = steps.findIndex((s) => s.run === 'npm run build');
		expect(steps.findIndex((s) => s.run === 'npm ci')).toBeLessThan(cache);
		expect(cache).toBeLessThan(build);
		expect(steps[cache]?.with?.path).toBe(steps[build]?.env?.NEWSROOM_CACHE_DIR);
		expect(steps[cache]?.with?.path).not.toMatch(/node_modules/);
		// A new cache each run, restored from the newest of the earlier ones.
		expect(steps[cache]?.with?.key).toBe('newsroom-build-${{ github.run_id }}');
		expect(steps[cache]?.with?.['restore-keys']).toBe('newsroom-build-');
	});
});
