// What the benchmark measures, shared by the run (run.ts) and the report (report.ts).
import type { Run } from './measure';

/** Search indexing of one build: by the site's integration, by the CLI over dist/, or none. */
export interface Search {
	how: 'integration' | 'cli';
	/** Seconds. */
	wall: number;
	cpu?: number | undefined;
	peakRss?: number | undefined;
	/** Index bytes per language. */
	index: Record<string, number>;
}

/** One project's clean build of one corpus. */
export interface Measured {
	build: Run;
	pages: number;
	distBytes: number;
	search?: Search | undefined;
}

/** Everything measured for one N. */
export interface SizeResult {
	n: number;
	files: number;
	meanWords: number;
	ours: Measured;
	baseline: Measured;
	/** The site rebuilt after one release changed (content store cache kept). */
	rebuild: Run;
	/** Pages the incremental rebuild reused instead of rendering. */
	restored: number;
	rebuildSearch?: Search | undefined;
	/** A one-release rebuild with `NEWSROOM_INCREMENTAL=0` (content store cache kept). */
	plainRebuild: Run;
	/** Files that differ between the incremental rebuild and the plain one (should be none). */
	differences: string[];
	/** The baseline with Astro's incremental build on: what a one-release rebuild costs Astro alone. */
	baselineRebuild: BaselineRebuild;
}

/** The bare baseline built clean, then again after one release changed, incremental build on. */
export interface BaselineRebuild {
	/** Clean build with the incremental build on (it records what the rebuild reuses). */
	clean: Run;
	cleanSearch: Search;
	rebuild: Run;
	rebuildSearch: Search;
	/** Pages the rebuild reused instead of rendering. */
	restored: number;
}
