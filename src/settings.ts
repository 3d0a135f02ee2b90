/**
 * Build-wide settings read from the environment, so tests and the benchmark can point one build
 * at other content or another clock without touching the code. Each variable is checked when
 * this file is first read, which is when the build starts (astro.config.ts imports it): a value
 * the build cannot use stops it before any work, with one sentence per variable saying what it
 * accepts, where it would otherwise build a wrong site (no release at all under a clock of
 * "tomorrow", an empty one from a folder that does not exist). A checked variable set to nothing
 * is unset.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Thrown when variables hold values the build cannot use: one line per variable, no stack. */
export class SettingsError extends Error {
	constructor(readonly problems: string[]) {
		super(
			problems.length === 1
				? (problems[0] ?? '')
				: `${problems.length} settings cannot be used:\n  ${problems.join('\n  ')}`,
		);
		this.name = 'SettingsError';
		// Where the code noticed is of no use: the message names each variable.
		this.stack = '';
	}
}

/** The settings as the build uses them. */
export interface Settings {
	siteUrl: string;
	contentDir: string;
	cacheDir: string;
	buildTime: Date;
	incremental: boolean;
	markdownWorkers: number | undefined;
	cmsRepo: string;
	cmsAuthUrl: string | undefined;
}

/** A variable's value, or its default when it is unset or set to nothing. */
type Read<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Whether `value` is an absolute http:// or https:// address. */
const isWebAddress = (value: string) =>
	URL.canParse(value) && ['http:', 'https:'].includes(new URL(value).protocol);

/** A moment with its time zone, as embargoes are written. */
const momentPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** SITE_URL: the public origin, an absolute http(s) address. */
function readSiteUrl(value: string): Read<string> {
	if (isWebAddress(value)) return { ok: true, value };
	return {
		ok: false,
		problem: `SITE_URL "${value}" is not a web address: set it to the site's public address, starting with https:// or http://, like SITE_URL=https://newsroom.example.org`,
	};
}

/** Whether `2025-02-30…` names a day of the calendar (Date would roll it over to March). */
function isCalendarDay(value: string): boolean {
	const [year = 0, month = 0, day = 0] = value.slice(0, 10).split('-').map(Number);
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** NEWSROOM_NOW: a moment with its time zone. */
function readNow(value: string): Read<Date> {
	const date = new Date(value);
	if (momentPattern.test(value) && isCalendarDay(value) && !Number.isNaN(date.getTime()))
		return { ok: true, value: date };
	return {
		ok: false,
		problem: `NEWSROOM_NOW "${value}" is not a date and time: write one with its time zone, like NEWSROOM_NOW=2025-01-01T09:00:00Z, or leave it unset to use the time the build starts.`,
	};
}

/** NEWSROOM_CONTENT_DIR: a folder holding `releases/`. */
function readContentDir(value: string): Read<string> {
	const folder = resolve(value);
	if (existsSync(join(folder, 'releases')) && statSync(join(folder, 'releases')).isDirectory())
		return { ok: true, value };
	const what = existsSync(folder)
		? `has no releases/ folder (in ${folder})`
		: `does not exist (${folder})`;
	return {
		ok: false,
		problem: `NEWSROOM_CONTENT_DIR "${value}" ${what}: set it to the folder that holds releases/ and pages/, like NEWSROOM_CONTENT_DIR=content, or leave it unset.`,
	};
}

/** NEWSROOM_INCREMENTAL: `1` (reuse unchanged pages, the default) or `0`. */
function readIncremental(value: string): Read<boolean> {
	if (value === '0' || value === '1') return { ok: true, value: value === '1' };
	return {
		ok: false,
		problem: `NEWSROOM_INCREMENTAL "${value}" must be 0 (render every page) or 1 (reuse the pages that did not change, the default).`,
	};
}

/** NEWSROOM_MARKDOWN_WORKERS: a whole number of threads, 0 for none. */
function readWorkers(value: string): Read<number> {
	if (/^\d{1,3}$/.test(value)) return { ok: true, value: Number(value) };
	return {
		ok: false,
		problem: `NEWSROOM_MARKDOWN_WORKERS "${value}" must be a whole number of threads, like NEWSROOM_MARKDOWN_WORKERS=4, or 0 to render Markdown in the main thread only (unset: one per core).`,
	};
}

/**
 * Reads and checks the settings of `env`; throws a SettingsError naming every variable whose
 * value the build cannot use.
 */
export function readSettings(env: Record<string, string | undefined>): Settings {
	const problems: string[] = [];
	/** The value of a set variable read by `read`, else `fallback`. */
	const get = <T>(name: string, read: (value: string) => Read<T>, fallback: T): T => {
		const value = env[name];
		if (value === undefined || value === '') return fallback;
		const result = read(value);
		if (result.ok) return result.value;
		problems.push(result.problem);
		return fallback;
	};
	const settings: Settings = {
		siteUrl: get('SITE_URL', readSiteUrl, 'https://newsroom.example.org'),
		contentDir: get('NEWSROOM_CONTENT_DIR', readContentDir, 'content'),
		cacheDir: env.NEWSROOM_CACHE_DIR ?? './node_modules/.astro',
		buildTime: get('NEWSROOM_NOW', readNow, new Date()),
		incremental: get('NEWSROOM_INCREMENTAL', readIncremental, true),
		markdownWorkers: get<number | undefined>('NEWSROOM_MARKDOWN_WORKERS', readWorkers, undefined),
		cmsRepo: env.NEWSROOM_CMS_REPO ?? 'your-organisation/newsroom',
		cmsAuthUrl: env.NEWSROOM_CMS_AUTH_URL,
	};
	if (problems.length > 0) throw new SettingsError(problems);
	return settings;
}

const settings = readSettings(process.env);

/** The public origin of the site, for canonical URLs, the sitemap and feeds (`SITE_URL`). */
export const siteUrl = settings.siteUrl;

/** The folder holding `releases/` and `pages/`, relative to the project root. */
export const contentDir = settings.contentDir;

/**
 * Where Astro keeps what a build reuses (content store, rendered pages, search bundles), relative
 * to the project root; `NEWSROOM_CACHE_DIR` gives a build a cache of its own (tests, benchmarks).
 */
export const cacheDir = settings.cacheDir;

/**
 * The moment that decides what is published (embargoes, future dates). `NEWSROOM_NOW` pins it
 * for reproducible builds and tests; otherwise it is the time the build starts.
 */
export const buildTime = settings.buildTime;

/**
 * Whether a build reuses the pages and search bundles that did not change since the last one;
 * `NEWSROOM_INCREMENTAL=0` renders every page and indexes every locale.
 */
export const incremental = settings.incremental;

/** Threads that render Markdown (`NEWSROOM_MARKDOWN_WORKERS`; unset: one per core). */
export const markdownWorkers = settings.markdownWorkers;

/** The organization's own website, named as publisher in JSON-LD. */
export const organizationUrl = 'https://www.iom.int/';

/**
 * The repository the web editor (/admin/) commits to through GitHub, as `owner/name`, and the
 * address of the OAuth service that logs editors in to GitHub (docs/DEPLOY.md, "The web
 * editor"); unset, the editor offers only the local backend of `npm run cms`.
 */
export const cmsRepo = settings.cmsRepo;
export const cmsAuthUrl = settings.cmsAuthUrl;
