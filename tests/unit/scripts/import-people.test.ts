import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { personSchema } from '../../../src/content-model/person-schema';
import { parseFrontmatter } from '../../../src/content-model/frontmatter';
import { matchPeople } from '../../../scripts/lib/import/people';
import { tmp } from '../../helpers/astro';

const content = join(tmp, 'unit-import-people');

beforeAll(async () => {
	await rm(content, { recursive: true, force: true });
	await mkdir(join(content, 'contacts/marina-palma'), { recursive: true });
	await writeFile(
		join(content, 'contacts/marina-palma/index.en.md'),
		'---\nname: Marina Palma\nemail: MPalma@iom.int\nregion: global\n---\n',
	);
	await mkdir(join(content, 'contacts/ana-perez'), { recursive: true });
});

describe('the people of an imported release', () => {
	it('are matched by email to the people of contacts/, whatever the case of the address', () => {
		const people = matchPeople(
			content,
			[{ fr: { name: 'Marina Palma', office: 'OIM Guatemala', email: 'mpalma@iom.int' } }],
			['fr'],
		);
		expect(people).toEqual({ ids: ['marina-palma'], files: [] });
	});

	it('are otherwise new people, with a file per language that asks for the region', async () => {
		const people = matchPeople(
			content,
			[
				{
					fr: { name: 'Ana Pérez', office: 'Bureau de Genève', phone: '+41 22 717 91 11' },
				},
			],
			['fr', 'en'],
		);
		// ana-perez is a folder already: the new person gets the next free id.
		expect(people.ids).toEqual(['ana-perez-2']);
		expect(people.files.map((f) => f.path)).toEqual([
			join(content, 'contacts/ana-perez-2/index.fr.md'),
			join(content, 'contacts/ana-perez-2/index.en.md'),
		]);
		const [fr, en] = people.files;
		expect(en?.todo).toEqual([
			'region: the page does not say where Ana Pérez works: write it',
			'office: copied from the fr page: translate it',
		]);
		const parsed = parseFrontmatter('fr', fr?.text ?? '');
		if (!parsed.ok) throw new Error('not parsed');
		expect(parsed.data).toEqual({
			name: 'Ana Pérez',
			office: 'Bureau de Genève',
			phone: '+41 22 717 91 11',
		});
		expect(fr?.text).toContain('# region: the page does not say. Choose one of: global,');
		expect(personSchema.safeParse({ ...parsed.data, region: 'global' }).success).toBe(true);
		expect(await readFile(join(content, 'contacts/marina-palma/index.en.md'), 'utf8')).toContain(
			'Marina Palma',
		);
	});
});
