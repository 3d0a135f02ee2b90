import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	pinnedPipelineVersion,
	pinPipelineVersion,
	pipelineVersion,
	unpinPipelineVersion,
} from '../../../src/content-model/pipeline-version';

const lock = (satteri: string) =>
	JSON.stringify({ packages: { 'node_modules/satteri': { version: satteri } } });

describe('the version of the Markdown pipeline', () => {
	let root = '';
	const write = (path: string, text: string) => {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), text);
	};
	beforeEach(() => {
		root = mkdtempSync(join(tmpdir(), 'pipeline-version-'));
		write('src/markdown/index.ts', 'export const plugins = [];');
		write('src/i18n/ui/fr.ts', "export default { next: 'Suivant' };");
		write('src/views/Release.astro', '<h1>Title</h1>');
		write('package-lock.json', lock('0.10.5'));
	});
	afterEach(() => {
		unpinPipelineVersion();
		rmSync(root, { recursive: true, force: true });
	});

	it('is a short digest, the same for the same files', () => {
		expect(pipelineVersion(root)).toMatch(/^[0-9a-f]{16}$/);
		expect(pipelineVersion(root)).toBe(pipelineVersion(root));
	});

	it('changes with the Markdown code and the dictionaries', () => {
		const before = pipelineVersion(root);
		write('src/markdown/index.ts', 'export const plugins = [typography];');
		const afterCode = pipelineVersion(root);
		write('src/i18n/ui/fr.ts', "export default { next: 'Page suivante' };");
		expect(new Set([before, afterCode, pipelineVersion(root)]).size).toBe(3);
	});

	it('changes with the rules of the content model, so no file skips a new rule', () => {
		write('src/content-model/schema.ts', 'export const rules = [];');
		const before = pipelineVersion(root);
		write('src/content-model/schema.ts', 'export const rules = [noControlCharacters];');
		expect(pipelineVersion(root)).not.toBe(before);
	});

	it('changes when an installed package does (a Sätteri upgrade, in package-lock.json)', () => {
		const before = pipelineVersion(root);
		write('package-lock.json', lock('0.11.0'));
		expect(pipelineVersion(root)).not.toBe(before);
	});

	it('does not change with code that does not render Markdown', () => {
		const before = pipelineVersion(root);
		write('src/views/Release.astro', '<h1 class="title">Title</h1>');
		expect(pipelineVersion(root)).toBe(before);
	});

	it('is read once for a whole build: a change made while it runs counts from the next one', () => {
		const pinned = pinPipelineVersion(root);
		expect(pinned).toBe(pipelineVersion(root));
		write('src/markdown/index.ts', 'export const plugins = [typography];');
		expect(pipelineVersion(root)).toBe(pinned);
		unpinPipelineVersion();
		expect(pipelineVersion(root)).not.toBe(pinned);
	});

	it('pins only the root it was read for', () => {
		const other = mkdtempSync(join(tmpdir(), 'pipeline-version-'));
		try {
			pinPipelineVersion(root);
			writeFileSync(join(other, 'package-lock.json'), lock('0.10.5'));
			const before = pipelineVersion(other);
			writeFileSync(join(other, 'package-lock.json'), lock('0.11.0'));
			expect(pipelineVersion(other)).not.toBe(before);
		} finally {
			rmSync(other, { recursive: true, force: true });
		}
	});

	it('is pinned by its integration for a build, from start to end, and never under astro dev', () => {
		const pins = () =>
			(globalThis as { [key: symbol]: Map<string, string> | undefined })[
				Symbol.for('newsroom.pipelineVersion')
			];
		const { hooks } = pinnedPipelineVersion();
		const setup = hooks['astro:config:setup'] as (options: { command: string }) => void;
		const done = hooks['astro:build:done'] as () => void;
		setup({ command: 'build' });
		expect([...(pins() ?? [])]).toEqual([[process.cwd(), pipelineVersion()]]);
		done();
		expect(pins()?.size).toBe(0);
		setup({ command: 'dev' });
		expect(pins()?.size).toBe(0);
	});
});
