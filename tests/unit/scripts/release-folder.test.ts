import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderProblem, releaseFolder } from '../../../scripts/lib/release-folder';

describe('a release folder', () => {
	it('is a single name, not a path', () => {
		expect(folderProblem('--folder', 'guatemala-shelter')).toBeUndefined();
		for (const name of ['../../../outside', 'a/b', 'a\\b', '..', '.', '/tmp/x', 'a..b', ''])
			expect(folderProblem('--folder', name)).toBe(
				`--folder "${name}" is not a folder name: give a single name, like --folder guatemala-shelter, and no path.`,
			);
	});

	it('is always under <content>/releases/', () => {
		expect(releaseFolder('content', 'guatemala-shelter')).toBe(
			join('content', 'releases', 'guatemala-shelter'),
		);
		expect(() => releaseFolder('content', '../../../outside')).toThrow(
			'--folder "../../../outside" is not a folder name: give a single name, like --folder guatemala-shelter, and no path.',
		);
		expect(() => releaseFolder('content', '/etc', '--translate')).toThrow(
			'--translate "/etc" is not a folder name',
		);
	});
});
