import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/**
 * Times every step of `astro build` and ends the build log with one line per step, so that
 * anyone sees where the time goes (and `npm run bench` reads the same lines):
 *
 *     [newsroom:steps] start 1.3 s · content 6.1 s · bundling 3.3 s · pages 2.7 s ·
 *       search 3.0 s (en indexed 2.9 s, fr reused 40 ms, es reused 35 ms) · reading dist 0.4 s · …
 *
 * Each step runs from the end of the one before: "start" until Astro calls the integrations
 * (Node, the configuration), "content" the content sync, "bundling" Vite's build, "pages" the
 * rendering and restoring of pages, then one step per integration wrapped in `timed`, in the
 * order they run.
 */

interface Step {
	label: string;
	ms: number;
	detail?: string;
}

const steps: Step[] = [];
let last = 0;

function done(label: string, detail?: string): void {
	const now = performance.now();
	const previous = steps.at(-1);
	// One line for a step made of several integrations (the sitemap's two).
	if (previous?.label === label) previous.ms += now - last;
	else steps.push({ label, ms: now - last, ...(detail ? { detail } : {}) });
	last = now;
}

const details = new Map<string, string>();

/** Says more about a step on its line, as which search bundles were indexed or reused. */
export function describeStep(label: string, detail: string): void {
	details.set(label, detail);
}

/** A time as the build log prints it: "40 ms", "3.2 s". */
export function duration(ms: number): string {
	return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** The steps as the build log's last line prints them. */
export function stepsLine(list: readonly Step[]): string {
	return list
		.map(({ label, ms, detail }) => `${label} ${duration(ms)}${detail ? ` (${detail})` : ''}`)
		.join(' · ');
}

/** Times the `astro:build:done` work of `integration` as the step `label`. */
export function timed(label: string, integration: AstroIntegration): AstroIntegration {
	const hook = integration.hooks['astro:build:done'];
	if (!hook) return integration;
	return {
		...integration,
		hooks: {
			...integration.hooks,
			'astro:build:done': async (options) => {
				await hook(options);
				done(label, details.get(label));
			},
		},
	};
}

/** Ends Vite's build of the bundles, just before Astro renders the pages. */
const bundled: Plugin = {
	name: 'newsroom:steps',
	apply: 'build',
	buildApp: { order: 'post', handler: () => Promise.resolve(done('bundling')) },
};

/**
 * The two ends of the timing: `first` goes first among the integrations, `last` last (after
 * every integration whose work is timed); `last` prints the line.
 */
export function buildSteps(): { first: AstroIntegration; last: AstroIntegration } {
	return {
		first: {
			name: 'newsroom:steps',
			hooks: {
				'astro:config:setup': ({ command, updateConfig }) => {
					if (command !== 'build') return;
					steps.length = 0;
					last = 0;
					done('start');
					updateConfig({ vite: { plugins: [bundled] } });
				},
				'astro:build:start': () => done('content'),
				'astro:build:generated': () => done('pages'),
			},
		},
		last: {
			name: 'newsroom:steps',
			hooks: {
				'astro:build:done': ({ logger }) => {
					logger.info(stepsLine(steps));
				},
			},
		},
	};
}
