// What the benchmark measures, shared by the run (run.ts) and the report (report.ts).
import type { Edit } from './edits';
import type { Run } from './measure';
import type { PageWeight } from './page-weight';

/** The projects built: the site and its two peers. */
export type Peer = 'site' | 'baseline' | 'hugo';

/** One counted clean build of a peer, search index included, and what its dist/ holds. */
export interface PeerRun {
	peer: Peer;
	run: Run;
	/** Bytes, files and HTML pages of dist/. */
	bytes: number;
	files: number;
	html: number;
	/** The site's build steps, as its build log times them (seconds, src/integrations/build-steps.ts). */
	steps?: Record<string, number> | undefined;
	/** The site's related releases of every release, as its build logs it (seconds). */
	related?: number | undefined;
}

/** An incremental rebuild of the site (with its steps) and Hugo's clean build after it. */
export interface Rebuild {
	site: Run;
	hugo: Run;
	steps?: Record<string, number> | undefined;
}

/** Everything measured for one N. */
export interface SizeResult {
	n: number;
	files: number;
	meanWords: number;
	/** Counted clean builds, in the order they ran (site, baseline, Hugo, site, …). */
	runs: PeerRun[];
	/** Alternated: the site's one-release rebuild (with its steps), then Hugo's clean build, per round. */
	rebuilds: Rebuild[];
	/** Alternated the same way: the rebuild after one new release in three languages is added. */
	publishes: Rebuild[];
	/** The realistic edit, rebuilt incrementally, and the files that differ from a full render. */
	realistic: { edit: Edit; run: Run; differences: string[] };
	/** The HTML of a corpus release page of the site (median over the pages weighed). */
	weight: PageWeight & { raw: number };
}
