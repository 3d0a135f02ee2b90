/// <reference types="vitest/config" />
// Layers (tests/README.md): unit tests run in parallel; build, server and browser tests share one
// real build of the site (tests/global-setup.ts) and run one file at a time, since each
// `astro build` wants both cores.
import { getViteConfig } from 'astro/config';

export default getViteConfig(
	{
		test: {
			projects: [
				{
					extends: true,
					test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
				},
				{
					extends: true,
					test: {
						name: 'site',
						include: [
							'tests/build/**/*.test.ts',
							'tests/server/**/*.test.ts',
							'tests/browser/**/*.test.ts',
							'tests/journeys/**/*.test.ts',
						],
						globalSetup: ['tests/global-setup.ts'],
						fileParallelism: false,
						testTimeout: 180_000,
						// expect.poll's limit where a test gives none (tests/helpers/patience.ts says why).
						expect: { poll: { timeout: 30_000 } },
						hookTimeout: 300_000,
					},
				},
			],
		},
	},
	{ devToolbar: { enabled: false } },
);
