// @ts-check
/**
 * The build's console output (astro.config.ts `logger`): Astro's own Node output, with each
 * page of "generating static routes" on a line of its own.
 *
 * Astro 7.3 writes a page's line in two parts, its path when it starts and "(+12ms)" when it is
 * written. With `build.concurrency` above 1 (astro.config.ts says why), eight pages start before
 * the first is written: paths ran together on one line, and the times came after, on lines of
 * their own, no longer next to their page. Here a path ends its line at once, and a render time,
 * which can no longer be told apart from the other pages', is left out. "(cached)" and
 * "(restored)" stay: Astro writes them right after their path. The steps and their times are
 * summed up at the end of the build (src/integrations/build-steps.ts).
 *
 * Astro loads this file itself, by path, so it is JavaScript.
 */
import nodeDestination from 'astro/logger/node';

/** A page's path, written without the end of its line. */
const pageStart = /├─/;
/** A page's render time ("(+12ms)", "(+1.20s)"), possibly coloured, first on its line. */
// eslint-disable-next-line no-control-regex
const renderTime = /^\s*(\x1b\[[\d;]*m)*\(\+[\d.]+m?s\)/;

/** @param {{ level?: import('astro').AstroLoggerLevel }} [config] */
export default function buildLog(config = {}) {
	const node = nodeDestination(config);
	/** @type {import('astro').AstroLoggerMessage | undefined} */
	let pending;
	const flush = () => {
		if (pending) node.write({ ...pending, newLine: true });
		pending = undefined;
	};
	return {
		/** @param {import('astro').AstroLoggerMessage} event */
		write(event) {
			if (pending && event.label === 'SKIP_FORMAT' && !renderTime.test(event.message)) {
				// "(cached)" or "(restored)", which Astro writes right after the page's path.
				node.write({ ...pending, newLine: false });
				pending = undefined;
				node.write(event);
				return;
			}
			if (event.label === 'SKIP_FORMAT' && renderTime.test(event.message)) return;
			flush();
			if (!event.newLine && pageStart.test(event.message)) pending = event;
			else node.write(event);
		},
		flush() {
			flush();
			return node.flush?.();
		},
		close() {
			flush();
			return node.close?.();
		},
	};
}
