import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../src/content-model/frontmatter';
import { maxBodyBytes } from '../../../src/content-model/file-text';

const retype = 'retype the text around it, or paste the text again as plain text (Ctrl+Shift+V).';

/** The problems of a file with these frontmatter lines and this text. */
const problems = (frontmatter: string, body = 'The text.') => {
	const parsed = parseFrontmatter('f.md', `---\n${frontmatter}\n---\n${body}\n`);
	return parsed.ok ? [] : parsed.problems;
};

describe('parseFrontmatter', () => {
	it('leaves out a field written without a value, at every depth, as the web editor writes it', () => {
		// Decap CMS writes `embargo: null` into a translation when an entry with no embargo is edited.
		const parsed = parseFrontmatter(
			'index.fr.md',
			'---\ntitle: Un titre\nembargo: null\ndraft:\nimage:\n  src: a.jpg\n  caption: null\ncontacts:\n  - name: Marina Palma\n    phone: ~\n---\nLe texte.\n',
		);
		expect(parsed).toEqual({
			ok: true,
			data: {
				title: 'Un titre',
				image: { src: 'a.jpg' },
				contacts: [{ name: 'Marina Palma' }],
			},
			body: 'Le texte.\n',
			bodyLine: 12,
		});
	});

	it('refuses a character no output can carry in any value, by field, written or escaped', () => {
		expect(
			problems('title: "A\\x01B"\ncontacts:\n  - name: Ana\u0002\nextra: [ok, "\\uFFFE"]'),
		).toEqual([
			{
				file: 'f.md',
				field: 'title',
				message: `title holds an invisible control character (U+0001) at position 2: ${retype}`,
			},
			{
				file: 'f.md',
				field: 'contacts.0.name',
				message: `contacts.0.name holds an invisible control character (U+0002) at position 4: ${retype}`,
			},
			{
				file: 'f.md',
				field: 'extra.1',
				message: `extra.1 holds a code that is not a character (U+FFFE) at position 1: ${retype}`,
			},
		]);
	});

	it('names the line of such a character outside any value (a comment)', () => {
		expect(problems('# a note\u0003\ntitle: A')).toEqual([
			{
				file: 'f.md',
				line: 2,
				message: `Line 2 holds an invisible control character (U+0003) at column 9: ${retype}`,
			},
		]);
	});

	it('refuses such a character in the text, as itself or as a character reference', () => {
		expect(problems('title: A', 'One\r\nTwo \u0008\r\n&#x1F; and &#65; and &#xFFFF;')).toEqual([
			{
				file: 'f.md',
				line: 5,
				message: `Line 5 holds an invisible control character (U+0008) at column 5: ${retype}`,
			},
			{
				file: 'f.md',
				line: 6,
				message:
					'Line 6 writes &#x1F;, which stands for an invisible control character (U+001F): delete it.',
			},
		]);
	});

	it('names three lines of such characters, then counts the others in one more line', () => {
		expect(problems('title: A', 'x&#xFFFF;\n'.repeat(100)).map((p) => p.message)).toEqual([
			'Line 4 writes &#xFFFF;, which stands for a code that is not a character (U+FFFF): delete it.',
			'Line 5 writes &#xFFFF;, which stands for a code that is not a character (U+FFFF): delete it.',
			'Line 6 writes &#xFFFF;, which stands for a code that is not a character (U+FFFF): delete it.',
			'97 more lines, from line 7, have the same kind of problem: fix them as the lines above say.',
		]);
	});

	it('refuses a heading with no text, which makes an invalid page, but not a # in code', () => {
		const body = ['#', 'Text.', '- #', '> ## ##', '```', '#', '```', '    #', '#hashtag', '# A'];
		expect(problems('title: A', body.join('\n')).map((p) => p.message)).toEqual([
			'Line 4 is a heading with no text (a # with nothing after it): write the heading after the #, or delete the line.',
			'Line 6 is a heading with no text (a # with nothing after it): write the heading after the #, or delete the line.',
			'Line 7 is a heading with no text (a # with nothing after it): write the heading after the #, or delete the line.',
		]);
	});

	it('refuses a text over the size limit, in one sentence', () => {
		expect(problems('title: A', 'x'.repeat(maxBodyBytes + 1))).toEqual([
			{
				file: 'f.md',
				message:
					'The text is 201 KB long, more than the 200 KB (about 30,000 words) a release or page may hold: shorten it, or publish a long document as a file of its own and link to it.',
			},
		]);
	});

	it('refuses aliases that expand without bound, at their line, instead of throwing', () => {
		const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
		for (const [i, name] of ['b', 'c', 'd', 'e'].entries())
			levels.push(`${name}: &${name} [${Array(10).fill(`*${'abcd'[i]}`).join(', ')}]`);
		expect(problems(`title: A\n${levels.join('\n')}`)).toEqual([
			{
				file: 'f.md',
				line: 4,
				message:
					'The frontmatter repeats values through YAML aliases (*name, from line 4) so many times that it cannot be read: write each value out instead of using & and *.',
			},
		]);
	});

	it('says to quote a value starting with an asterisk, which YAML reads as an alias', () => {
		expect(problems('summary: &lead A\ndateline: *lead\ntitle: *Update*')).toEqual([
			{
				file: 'f.md',
				line: 4,
				message:
					'A value at line 4 starts with an asterisk (*), which YAML reads as a reference to another value: put the value in double quotes, like: title: "*Update* on the shelter"',
			},
		]);
	});
});
