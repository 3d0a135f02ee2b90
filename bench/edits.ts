/**
 * The benchmark's realistic edit, and the file-by-file comparison of two builds: an incremental
 * rebuild must give exactly what a full render gives.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { unusedCountry, unusedTopic } from './generate';
import { languageFile } from '../src/i18n/language-files';

/** What the realistic edit changed, for the report. */
export interface Edit {
	added: string;
	redated: string;
	untranslated: string;
}

const folderOf = (i: number) => `release-${String(i).padStart(5, '0')}`;

/**
 * Edits a generated corpus of `n` releases as an editor's day might: a new release (English and
 * French) in a country and a topic no release used, the date of another release changed in all
 * its languages, and a third release's Spanish translation removed.
 */
export async function realisticEdit(content: string, n: number): Promise<Edit> {
	const releases = join(content, 'releases');
	const added = 'release-new';
	await mkdir(join(releases, added), { recursive: true });
	for (const [lang, title] of [
		['en', 'IOM opens a reception centre for people arriving by sea'],
		['fr', 'L’OIM ouvre un centre d’accueil pour les personnes arrivées par la mer'],
	] as const) {
		await writeFile(
			join(releases, added, languageFile(lang)),
			`---\ntitle: ${JSON.stringify(title)}\nsummary: A release added by the benchmark.\ndate: 2026-10-30\ndateline: Reykjavík\ncountries: [${unusedCountry}]\ntopics: [${unusedTopic}]\nslug: bench-${lang}-new\n---\n\nA paragraph the benchmark wrote.\n`,
		);
	}
	const redated = folderOf(Math.max(1, Math.floor(n / 3)));
	for (const lang of ['en', 'fr', 'es']) {
		const file = join(releases, redated, languageFile(lang));
		const text = await readFile(file, 'utf8');
		await writeFile(file, text.replace(/^date: .*$/m, 'date: 2026-10-29'));
	}
	const untranslated = folderOf(Math.max(2, Math.floor((2 * n) / 3)));
	await rm(join(releases, untranslated, languageFile('es')));
	return { added, redated, untranslated };
}

/**
 * The most common publish: one new release in all three languages, dated the newest of the
 * corpus (so it heads every listing and shifts each listing's pages by one). Its facts and text
 * are those of release-00001 under a new folder, dates and slugs; returns the folder.
 */
export async function publishNew(content: string, round: number): Promise<string> {
	const releases = join(content, 'releases');
	const folder = `release-published-${round}`;
	await mkdir(join(releases, folder), { recursive: true });
	for (const lang of ['en', 'fr', 'es']) {
		const text = await readFile(join(releases, folderOf(1), languageFile(lang)), 'utf8');
		await writeFile(
			join(releases, folder, languageFile(lang)),
			text
				.replace(/^date: .*$/m, `date: 2026-10-${String(20 + round).padStart(2, '0')}`)
				.replace(/^slug: .*$/m, `slug: bench-${lang}-published-${round}`),
		);
	}
	return folder;
}

/** Paths whose bytes differ between two folders, or that exist in one only. */
export async function compareFolders(a: string, b: string): Promise<string[]> {
	const digests = async (dir: string) => {
		const map = new Map<string, string>();
		for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
			if (!e.isFile()) continue;
			const path = join(e.parentPath, e.name);
			map.set(
				relative(dir, path),
				createHash('sha1')
					.update(await readFile(path))
					.digest('hex'),
			);
		}
		return map;
	};
	const [left, right] = await Promise.all([digests(a), digests(b)]);
	const paths = new Set([...left.keys(), ...right.keys()]);
	return [...paths].filter((p) => left.get(p) !== right.get(p)).sort();
}
