// The one publishing rule: what a build publishes, and what it leaves out.
/** What the publishing rule reads of a file: pages have no date, releases one, maybe an embargo. */
export interface Publication {
	draft: boolean;
	date?: Date | undefined;
	embargo?: Date | undefined;
}

/** What decides whether a file is published: the build's clock, and whether drafts show (dev only). */
export interface PublishingOptions {
	now: Date;
	includeDrafts: boolean;
}

/**
 * The one publishing rule: drafts never reach a production build, and nothing dated or embargoed
 * in the future is published. In dev (`includeDrafts`), drafts and embargoed files show, marked.
 */
export function isPublished(data: Publication, { now, includeDrafts }: PublishingOptions): boolean {
	if (includeDrafts) return true;
	if (data.draft) return false;
	if (!data.date) return true;
	const releaseTime = data.embargo && data.embargo > data.date ? data.embargo : data.date;
	return releaseTime <= now;
}
