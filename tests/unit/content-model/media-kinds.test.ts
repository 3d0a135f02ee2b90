// The kinds of file a release may publish, as the content checks know them and as EDITING.md
// tells editors: the same endings and the same limits.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	endingsOf,
	formatOf,
	inMegabytes,
	maxBytes,
	maxPixels,
	type MediaKind,
} from '../../../src/content-model/media-kinds';
import { isHostedVideo } from '../../../src/content-model/media-schema';

const editing = readFileSync(new URL('../../../EDITING.md', import.meta.url), 'utf8');
const rows: Record<string, MediaKind> = {
	picture: 'picture',
	document: 'document',
	video: 'video',
	sound: 'audio',
};

describe('the files a release publishes', () => {
	it.each(Object.entries(rows))(
		'are listed in EDITING.md as the checks know them: %s',
		(row, kind) => {
			const line = editing.split('\n').find((l) => l.startsWith(`| ${row} `)) ?? '';
			const [, , endings = '', limit = ''] = line.split('|').map((cell) => cell.trim());
			expect(endings.split(', ').map((e) => e.replaceAll('`', ''))).toEqual(endingsOf(kind));
			expect(limit).toMatch(new RegExp(`^${inMegabytes(maxBytes[kind])}`));
		},
	);

	it('says the limits of captions and pixels in EDITING.md too', () => {
		expect(editing).toContain(`a \`.vtt\` file, ${inMegabytes(maxBytes.captions)} at most`);
		expect(editing).toContain(`${maxPixels / 1e6} million pixels`);
	});

	it('are told apart by their ending, whatever its case', () => {
		expect(formatOf('Fact-Sheet.PDF')).toMatchObject({ kind: 'document', format: 'PDF' });
		expect(formatOf('clip.en.vtt')).toMatchObject({ kind: 'captions', mime: 'text/vtt' });
		expect(formatOf('notes.txt')).toBeUndefined();
		expect(formatOf('pdf')).toBeUndefined();
	});

	it('take a hosted video only at an https address of YouTube or Vimeo', () => {
		expect(isHostedVideo('https://www.youtube.com/watch?v=abc')).toBe(true);
		expect(isHostedVideo('https://youtu.be/abc')).toBe(true);
		expect(isHostedVideo('https://vimeo.com/123')).toBe(true);
		expect(isHostedVideo('http://www.youtube.com/watch?v=abc')).toBe(false);
		expect(isHostedVideo('https://youtube.com.example.org/abc')).toBe(false);
		expect(isHostedVideo('https://example.org/youtube.com')).toBe(false);
		expect(isHostedVideo('javascript:alert(1)')).toBe(false);
		expect(isHostedVideo('not a url')).toBe(false);
	});
});
