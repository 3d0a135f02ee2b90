// The translation-coverage report behind `npm run translations`: which release and page folders
// lack which language, and which translations were made from an older version of their source.
// Pure functions over file contents, plus one reader of a content folder.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFrontmatter } from '../../src/content-model/frontmatter';
import { fileLanguage, languageFile } from '../../src/i18n/language-files';
import { isUnwritten, outdated, sourceHash as hashOf } from '../../src/content-model/translations';

/** One language file of a release or page folder, as read from disk. */
export interface ContentFile {
	kind: 'release' | 'page';
	folder: string;
	/** The language its name gives (`index.fr.md` → `fr`). */
	locale: string;
	/** The whole file, frontmatter included. */
	raw: string;
}

/** A translation made from a version of its source that has changed since. */
export interface Outdated {
	locale: string;
	source: string;
	/** The source hash the translation records, and the source's hash now. */
	recorded: string;
	current: string;
}

/** The coverage of one folder. */
export interface FolderCoverage {
	kind: 'release' | 'page';
	folder: string;
	present: string[];
	missing: string[];
	outdated: Outdated[];
	/** Translations whose `translatedFrom.lang` names a language the folder does not have. */
	sourceMissing: { locale: string; source: string }[];
	/** Languages with no `translatedFrom`, when the folder has several: which is the source is unknown. */
	untracked: string[];
}

/** The whole report, folders in kind then name order. */
export interface CoverageReport {
	locales: string[];
	folders: FolderCoverage[];
}

/**
 * Splits a Markdown file into its frontmatter and its body as the build reads them
 * (src/content-model/frontmatter.ts: a field written with no value is not written), so a hash
 * printed here is the one the build computes.
 */
function splitFile(raw: string): { data: Record<string, unknown>; body: string } {
	const parsed = parseFrontmatter('', raw);
	return parsed.ok ? { data: parsed.data, body: parsed.body } : { data: {}, body: raw };
}

/** The source hash of a whole file (see src/content-model/translations.ts). */
export function sourceHash(raw: string): string {
	const { data, body } = splitFile(raw);
	return hashOf(data, body);
}

/** The `translatedFrom` field of a file, when it has a valid one. */
function translatedFrom(raw: string): { lang: string; hash: string } | undefined {
	const value = splitFile(raw).data.translatedFrom as Record<string, unknown> | undefined;
	if (!value || typeof value.lang !== 'string') return undefined;
	// An unquoted hash of digits only is a YAML number: it still names a (wrong) version.
	const { hash } = value;
	if (typeof hash !== 'string' && typeof hash !== 'number') return undefined;
	return { lang: value.lang, hash: String(hash) };
}

/** The coverage of every folder among `files`, against the site's `locales`. */
export function coverageReport(files: ContentFile[], locales: readonly string[]): CoverageReport {
	const folders = new Map<string, ContentFile[]>();
	for (const file of files) {
		const key = `${file.kind}/${file.folder}`;
		folders.set(key, [...(folders.get(key) ?? []), file]);
	}
	const report = [...folders.values()].map((list): FolderCoverage => {
		const byLocale = new Map(list.map((f) => [f.locale, f]));
		const coverage: FolderCoverage = {
			kind: list[0]!.kind,
			folder: list[0]!.folder,
			present: locales.filter((l) => byLocale.has(l)),
			missing: locales.filter((l) => !byLocale.has(l)),
			outdated: [],
			sourceMissing: [],
			untracked: [],
		};
		const currentHash = (lang: string) => {
			const file = byLocale.get(lang);
			return file && sourceHash(file.raw);
		};
		for (const locale of coverage.present) {
			const from = translatedFrom(byLocale.get(locale)!.raw);
			if (!from) continue;
			if (!byLocale.has(from.lang)) coverage.sourceMissing.push({ locale, source: from.lang });
			const stale = outdated(from, currentHash);
			if (stale) coverage.outdated.push({ locale, ...stale });
		}
		const originals = coverage.present.filter((l) => !translatedFrom(byLocale.get(l)!.raw));
		if (originals.length > 1) coverage.untracked = originals;
		return coverage;
	});
	report.sort((a, b) => a.kind.localeCompare(b.kind) || a.folder.localeCompare(b.folder));
	return { locales: [...locales], folders: report };
}

/** True when some folder lacks a language or has a translation older than its source. */
export function hasGaps(report: CoverageReport): boolean {
	return report.folders.some(
		(f) => f.missing.length > 0 || f.outdated.length > 0 || f.sourceMissing.length > 0,
	);
}

/** The report as an editor reads it in a terminal: one line per problem, then a summary. */
export function formatReport(report: CoverageReport): string {
	const lines: string[] = [];
	for (const f of report.folders) {
		const where = `${f.kind === 'release' ? 'releases' : 'pages'}/${f.folder}`;
		if (f.missing.length) lines.push(`${where}: missing ${f.missing.join(', ')}`);
		for (const o of f.outdated) {
			lines.push(
				`${where}: ${languageFile(o.locale)} is older than its source ${languageFile(o.source)} (translated from ${o.recorded}, source is now ${o.current}); update it, then set translatedFrom.hash to ${o.current}`,
			);
		}
		for (const s of f.sourceMissing) {
			lines.push(
				`${where}: ${languageFile(s.locale)} says it was translated from ${languageFile(s.source)}, which does not exist`,
			);
		}
	}
	const untracked = report.folders.filter((f) => f.untracked.length > 0);
	if (untracked.length) {
		lines.push(
			`Note: ${untracked.length} folder${untracked.length === 1 ? '' : 's'} without translatedFrom, whose translations cannot be dated against a source: ${untracked.map((f) => f.folder).join(', ')}.`,
		);
	}
	const complete = report.folders.filter((f) => f.missing.length === 0).length;
	const outdated = report.folders.reduce((n, f) => n + f.outdated.length, 0);
	lines.push(
		`${complete} of ${report.folders.length} folders in every language (${report.locales.join(', ')}); ${outdated} outdated translation${outdated === 1 ? '' : 's'}.`,
	);
	return lines.join('\n');
}

/** Reads every `<folder>/index.<locale>.md` under `<dir>/releases` and `<dir>/pages`. */
export async function readContentTree(dir: string): Promise<ContentFile[]> {
	const files: ContentFile[] = [];
	for (const [kind, sub] of [
		['release', 'releases'],
		['page', 'pages'],
	] as const) {
		const base = join(dir, sub);
		const folders = await readdir(base, { withFileTypes: true }).catch(() => []);
		for (const folder of folders.filter((d) => d.isDirectory())) {
			for (const name of (await readdir(join(base, folder.name))).sort()) {
				const locale = fileLanguage(name);
				if (locale === undefined) continue;
				const raw = await readFile(join(base, folder.name, name), 'utf8');
				const { data, body } = splitFile(raw);
				// A language the web editor saved without text is still missing.
				if (isUnwritten(data, body)) continue;
				files.push({ kind, folder: folder.name, locale, raw });
			}
		}
	}
	return files;
}
