// The web editor marks a translation with the source hash it computes in the browser, from the
// values Decap holds (src/cms/source-hash.ts, Web Crypto); `npm run translations` and the build
// compute it from the file Decap saves (node:crypto). Both must give the same twelve digits: on
// every language file of content/ and of the translation fixtures, and on any values, written as
// Decap writes them (YAML frontmatter, then the text) and read back as the script reads them.
import fc from 'fast-check';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { breaksFormats } from '../../../src/content-model/characters';
import { readContentTree, sourceHash as fileHash } from '../../../scripts/lib/translation-coverage';
import { canHash, sourceHash, sourceText } from '../../../src/cms/source-hash';
import { root } from '../../helpers/astro';

/** A file's frontmatter values with its text in `body`, as Decap holds a language of an entry. */
function editorValues(raw: string): Record<string, unknown> {
	const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(raw) ?? [];
	return { ...(parse(yaml) as Record<string, unknown>), body };
}

/** A language file as Decap writes it: the values but the body as YAML, then the body. */
function decapFile({ body, ...values }: Record<string, unknown>): string {
	const text = typeof body === 'string' ? body : '';
	return `---\n${stringify(values)}---\n${text}`;
}

describe('the source hash computed in the editor', () => {
	it('runs on Web Crypto, as in the browser', () => {
		expect(canHash()).toBe(true);
	});

	it('is the hash npm run translations and the build give, on every file of content/ and the fixtures', async () => {
		const files = [
			...(await readContentTree(join(root, 'content'))),
			...(await readContentTree(join(root, 'tests/fixtures/translations'))),
		];
		expect(files.length).toBeGreaterThan(5);
		for (const file of files) {
			expect(await sourceHash(editorValues(file.raw)), `${file.folder}/${file.locale}`).toBe(
				fileHash(file.raw),
			);
		}
	});

	it('is the hash of the file Decap writes, whatever the values', async () => {
		// Browsers give a form's text with \n line ends only: no \r in what an editor types.
		// Only text the build accepts (content-model/characters.ts), as the build reads it (NFC).
		const text = fc
			.string({ unit: 'binary' })
			.map((s) => s.replace(/\r/g, '').normalize('NFC'))
			.filter((s) => ![...s].some((c) => breaksFormats(c.codePointAt(0) ?? 0)));
		const value = fc.option(fc.oneof(text, fc.constant('  padded  '), fc.integer()), {
			nil: undefined,
		});
		const values = fc.record(
			{
				title: value,
				summary: value,
				dateline: value,
				date: fc.constant('2026-11-30'),
				image: fc.option(fc.record({ src: text, alt: value, caption: value }), { nil: undefined }),
				body: text,
				notesToEditors: fc.option(fc.oneof(text, fc.constant(null)), { nil: undefined }),
				updates: fc.option(fc.array(fc.record({ date: fc.constant('2026-12-01'), note: value })), {
					nil: undefined,
				}),
			},
			{ requiredKeys: ['body'] },
		);
		await fc.assert(
			fc.asyncProperty(values, async (v) => {
				const defined = JSON.parse(JSON.stringify(v)) as Record<string, unknown>;
				expect(await sourceHash(defined)).toBe(fileHash(decapFile(defined)));
			}),
			{ numRuns: 300 },
		);
	});

	it('hashes what a translator translates, trimmed, and nothing else', () => {
		const values = { title: ' T ', summary: 'S', date: '2024-09-16', body: '\nB\n', slug: 'x' };
		expect(sourceText(values)).toBe('["T","S",null,null,null,"B"]');
		expect(sourceText({ ...values, notesToEditors: 'N', updates: [{ note: 'U' }] })).toBe(
			'["T","S",null,null,null,"B","N","U"]',
		);
	});
});
