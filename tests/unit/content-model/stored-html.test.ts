import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContentEntryType } from 'astro';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	keepHtml,
	keepingHtml,
	pruneHtml,
	withHtml,
	withoutBody,
} from '../../../src/content-model/stored-html';

let folder = '';
beforeEach(() => {
	folder = join(mkdtempSync(join(tmpdir(), 'newsroom-bodies-')), 'releases');
});
afterEach(() => {
	rmSync(join(folder, '..'), { recursive: true, force: true });
});

/** The name of the body file a kept entry's metadata gives. */
const fileOf = (kept: { metadata?: Record<string, unknown> }) => String(kept.metadata?.htmlFile);

const body = '<h2 id="x">Voces — «desde el terreno»</h2>\n<p>Texte\u2028 en français.</p>';
const rendered = { html: body, metadata: { headings: [{ depth: 2, slug: 'x', text: 'Voces' }] } };

describe('rendered bodies kept beside the content store', () => {
	it('keeps the HTML in a file and gives back the same entry without it, then reads it back', () => {
		const kept = keepHtml(folder, rendered);
		expect(kept.html).toBe('');
		expect(kept.metadata.headings).toEqual(rendered.metadata.headings);
		const name = fileOf(kept);
		expect(readdirSync(folder)).toEqual([name]);
		expect(readFileSync(join(folder, name), 'utf8')).toBe(body);
		const entry = { id: 'a/en', rendered: kept };
		expect(withHtml(entry, folder)).toEqual({
			id: 'a/en',
			rendered: { html: body, metadata: { ...rendered.metadata, htmlFile: name } },
		});
	});

	it('names a file by its HTML: the same body twice is one file, another body another', () => {
		const a = fileOf(keepHtml(folder, rendered));
		expect(fileOf(keepHtml(folder, { ...rendered }))).toBe(a);
		expect(fileOf(keepHtml(folder, { html: `${body} `, metadata: {} }))).not.toBe(a);
		expect(readdirSync(folder)).toHaveLength(2);
	});

	it('leaves an entry the store holds whole (an older store) as it is', () => {
		const entry = { id: 'a/en', rendered: { html: body, metadata: {} } };
		expect(withHtml(entry, folder)).toBe(entry);
	});

	it('names the stored entries whose body file is gone, so that they are rendered again', () => {
		const kept = keepHtml(folder, rendered);
		const other = keepHtml(folder, { html: '<p>b</p>', metadata: {} });
		rmSync(join(folder, fileOf(other)));
		const entries = [
			{ id: 'a/en', rendered: kept },
			{ id: 'b/en', rendered: other },
			{ id: 'c/en', rendered: { html: '<p>whole</p>' } },
		];
		expect(withoutBody(entries, folder)).toEqual(['b/en']);
		expect(withoutBody(entries, join(folder, 'none'))).toEqual(['a/en', 'b/en']);
	});

	it('removes only the files no entry names', () => {
		const kept = keepHtml(folder, rendered);
		keepHtml(folder, { html: '<p>an old version</p>', metadata: {} });
		pruneHtml([{ rendered: kept }, {}], folder);
		expect(readdirSync(folder)).toEqual([fileOf(kept)]);
		pruneHtml([], join(folder, 'none'));
		expect(existsSync(join(folder, 'none'))).toBe(false);
	});

	it('wraps the render function of Astro’s readers, and leaves readers without one alone', async () => {
		const markdown = {
			extensions: ['.md'],
			getEntryInfo: () => ({ data: {}, body: '', slug: '', rawData: '' }),
			getRenderFunction: () => Promise.resolve(() => Promise.resolve({ ...rendered })),
		} as unknown as ContentEntryType;
		const data = { extensions: ['.json'] } as unknown as ContentEntryType;
		const types = keepingHtml(
			new Map([
				['.md', markdown],
				['.json', data],
			]),
			folder,
		);
		expect(types.get('.json')).toBe(data);
		const render = await types.get('.md')!.getRenderFunction!({} as never);
		const result = await render({ id: 'a/en', data: {} });
		expect(result.html).toBe('');
		expect(readFileSync(join(folder, fileOf(result)), 'utf8')).toBe(body);
	});
});
