import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';

/** Frontmatter of a test release; anything left out gets a valid default. */
export type TestRelease = Record<string, unknown> & { title: string };

/** Frontmatter of a test person; anything left out gets a valid default. */
export type TestPerson = Record<string, unknown> & { name: string };

/**
 * Writes a content folder for a test build: `releases[folder][locale]` is a release file's
 * frontmatter; its body is one paragraph unless `body` is given. `people[id][locale]` is a
 * person's file (content/contacts/), in the region `global` unless it says another.
 */
export async function writeContent(
	dir: string,
	releases: Record<string, Partial<Record<string, TestRelease & { body?: string }>>>,
	people: Record<string, Partial<Record<string, TestPerson>>> = {},
	events: Record<string, Partial<Record<string, Record<string, unknown> & { body?: string }>>> = {},
): Promise<string> {
	await rm(dir, { recursive: true, force: true });
	await mkdir(join(dir, 'pages'), { recursive: true });
	for (const [folder, files] of Object.entries(releases)) {
		for (const [locale, file] of Object.entries(files)) {
			if (!file) continue;
			const { body = 'A paragraph of this release.', ...data } = file;
			const frontmatter = {
				summary: `Summary of ${data.title}.`,
				date: '2024-09-16',
				dateline: 'Geneva',
				countries: ['CH'],
				topics: ['migrant-assistance'],
				...data,
			};
			const path = join(dir, 'releases', folder, `index.${locale}.md`);
			await mkdir(dirname(path), { recursive: true });
			await writeFile(path, `---\n${stringify(frontmatter)}---\n\n${body}\n`);
		}
	}
	for (const [id, files] of Object.entries(people)) {
		for (const [locale, data] of Object.entries(files)) {
			if (!data) continue;
			const path = join(dir, 'contacts', id, `index.${locale}.md`);
			await mkdir(dirname(path), { recursive: true });
			await writeFile(path, `---\n${stringify({ region: 'global', ...data })}---\n`);
		}
	}
	for (const [folder, files] of Object.entries(events)) {
		for (const [locale, file] of Object.entries(files)) {
			if (!file) continue;
			const { body = 'What the event is about.', ...data } = file;
			const path = join(dir, 'events', folder, `index.${locale}.md`);
			await mkdir(dirname(path), { recursive: true });
			await writeFile(path, `---\n${stringify(data)}---\n\n${body}\n`);
		}
	}
	return dir;
}
