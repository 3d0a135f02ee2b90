// Content is untrusted input: a file or path an editor writes may name only regular files of its
// own release folder (src/content-model/content-paths.ts). Symbolic links, paths that climb out,
// another release's picture, SVG and files that are not the picture their name says are refused
// with the file, the field or line, and a fix; nothing a link points to reaches the log.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, root, tmp, type BuildResult } from '../helpers/astro';

const base = join(tmp, 'confinement');
const content = join(base, 'content');
const at = (path: string) => `${relative(root, content)}/releases/${path}`;
/** A file outside the repository that a link points to: nothing of it may be printed. */
const secret = join(base, 'outside', 'secret.txt');
const secretText = 'build-machine-secret-7f3a';
const cover = join(root, 'tests/fixtures/images/cover.png');

/** A release file: valid frontmatter with `extra` lines, then `body`. */
const release = (title: string, extra = '', body = 'A paragraph.') =>
	`---\ntitle: ${title}\nsummary: Summary of ${title}.\ndate: 2024-09-16\ndateline: Geneva\ncountries: [CH]\ntopics: [migrant-assistance]\n${extra}---\n\n${body}\n`;

/** Writes `text` at `path` under the releases folder. */
async function put(path: string, text: string | Buffer): Promise<void> {
	const file = join(content, 'releases', path);
	await mkdir(join(file, '..'), { recursive: true });
	await writeFile(file, text);
}

/** The refusal of a file name an address would have to escape, after the path as written. */
const unsafeName =
	'is not a file name the site can publish: a name may hold only letters without accents, digits, hyphens, underscores and dots (as the web editor saves uploads), so that its address works in every browser, feed and server. Rename the file, like fact-sheet-2024.pdf, and write that name here.';

let build: BuildResult;
beforeAll(async () => {
	await rm(base, { recursive: true, force: true });
	await mkdir(join(content, 'pages'), { recursive: true });
	await mkdir(join(base, 'outside'), { recursive: true });
	await writeFile(secret, `${secretText}\n`);
	await copyFile(cover, join(base, 'outside', 'outside.png'));
	await put('fine/index.en.md', release('A fine release'));
	// A lead picture that is a link to a text file, and one to a picture, outside the repository.
	await put(
		'lead-text/index.en.md',
		release('Lead text', 'image: { src: lead.jpg, alt: A, credit: B, licence: cc-by-4.0 }\n'),
	);
	await symlink(secret, join(content, 'releases/lead-text/lead.jpg'));
	await put(
		'lead-png/index.en.md',
		release('Lead png', 'image: { src: lead.png, alt: A, credit: B, licence: cc-by-4.0 }\n'),
	);
	await symlink(join(base, 'outside', 'outside.png'), join(content, 'releases/lead-png/lead.png'));
	// A language file that is a link to another file of its folder, which sets an internal field.
	await put('notes/other.txt', release('Notes', 'notesHtml: <img src=x onerror=alert(1)>\n'));
	await symlink('other.txt', join(content, 'releases/notes/index.en.md'));
	// Paths that climb out of the folder: the build machine's files, another release's picture.
	await put('climb/index.en.md', release('Climb', '', '![x](../../../../../../etc/hostname)'));
	await put(
		'climb-lead/index.en.md',
		release(
			'Climb lead',
			'image: { src: ../../../../../../etc/passwd, alt: A, credit: B, licence: cc-by-4.0 }\n',
		),
	);
	await put('embargoed/index.en.md', release('Embargoed', 'embargo: 2099-01-01T09:00:00+01:00\n'));
	await copyFile(cover, join(content, 'releases/embargoed/photo.png'));
	await put(
		'borrow/index.en.md',
		release('Borrow', '', '![The embargoed picture](../embargoed/photo.png)'),
	);
	// SVG, an empty picture, a text named .jpg.
	await put(
		'svg/drawing.svg',
		'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>',
	);
	await put(
		'svg/index.en.md',
		release(
			'Svg',
			'image: { src: drawing.svg, alt: A, credit: B, licence: cc-by-4.0 }\n',
			'![A drawing](drawing.svg)',
		),
	);
	await put('empty/empty.jpg', '');
	await put('empty/index.en.md', release('Empty', '', '![Nothing](empty.jpg)'));
	await put('fake/fake.jpg', 'just some text');
	await put(
		'fake/index.en.md',
		release('Fake', 'image: { src: fake.jpg, alt: A, credit: B, licence: cc-by-4.0 }\n'),
	);
	// Names an address would have to escape: a space (written escaped), an accent.
	await put('names/index.en.md', release('Names', '', '![A photo](photo%20one.png)'));
	await copyFile(cover, join(content, 'releases/names/photo one.png'));
	await put(
		'accent/index.en.md',
		release('Accent', 'image: { src: Foto-año.png, alt: A, credit: B, licence: cc-by-4.0 }\n'),
	);
	await copyFile(cover, join(content, 'releases/accent/Foto-año.png'));
	// What macOS leaves beside a file is not content.
	await put('fine/._index.en.md', Buffer.from([0x00, 0x05, 0x16, 0x07, 0xff, 0xfe]));
	build = await astroBuild('confinement/site', { content });
});

describe('paths a content file names', () => {
	it('are refused when they leave the folder, are links, or are not the picture they say', () => {
		expect(build.ok).toBe(false);
		expect(existsSync(build.outDir)).toBe(false);
		const lines = build.output.split('\n').map((l) => l.trim());
		for (const line of [
			`${at('lead-text/index.en.md')} → image.src: image.src "lead.jpg" is a symbolic link (lead.jpg), which the site does not follow: copy the file itself into the folder.`,
			`${at('lead-png/index.en.md')} → image.src: image.src "lead.png" is a symbolic link (lead.png), which the site does not follow: copy the file itself into the folder.`,
			`${at('notes/index.en.md')}: "index.en.md" is a symbolic link, which the site does not follow: put the file or folder itself here, or remove the link.`,
			`${at('climb/index.en.md')}:10: The picture at line 10, "../../../../../../etc/hostname", is outside the folder of this file: a release shows only its own files (to show another release's picture, link to that release instead), so save the file in the folder of this file, and write its name alone, like photo.jpg.`,
			`${at('climb-lead/index.en.md')} → image.src: image.src "../../../../../../etc/passwd" is outside the folder of this file: a release shows only its own files (to show another release's picture, link to that release instead), so save the file in the folder of this file, and write its name alone, like photo.jpg.`,
			`${at('borrow/index.en.md')}:10: The picture at line 10, "../embargoed/photo.png", is outside the folder of this file: a release shows only its own files (to show another release's picture, link to that release instead), so save the file in the folder of this file, and write its name alone, like photo.jpg.`,
			`${at('svg/index.en.md')} → image.src: image.src "drawing.svg" is an SVG drawing, which can carry script: export it as PNG and use that file.`,
			`${at('svg/index.en.md')}:11: The picture at line 11, "drawing.svg", is an SVG drawing, which can carry script: export it as PNG and use that file.`,
			`${at('empty/index.en.md')}:10: The picture at line 10, "empty.jpg", is an empty file: save the picture again.`,
			`${at('fake/index.en.md')} → image.src: image.src "fake.jpg" is not a JPEG picture, though its name ends in .jpg: save it again from a picture editor, as JPEG.`,
			`${at('names/index.en.md')}:10: The picture at line 10, "photo%20one.png", ${unsafeName}`,
			`${at('accent/index.en.md')} → image.src: image.src "Foto-año.png" ${unsafeName}`,
		])
			expect(lines).toContain(line);
		// Each refused file is named once or twice, and nothing else is: the macOS copy is ignored.
		expect(build.output).toContain('12 problems in the content:');
		expect(build.output).not.toContain('._index.en.md');
	});

	it('never print what a link points to, nor a stack trace', async () => {
		expect(build.output).not.toContain(secretText);
		expect(build.output).not.toContain(
			Buffer.from(`${secretText}\n`).toString('base64').slice(0, 16),
		);
		expect(build.output).not.toContain((await readFile('/etc/hostname', 'utf8')).trim() || '\0');
		expect(build.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
	});
});
