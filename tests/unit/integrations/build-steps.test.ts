import { describe, expect, it } from 'vitest';
import { stepsFromLog } from '../../../bench/measure';
import { duration, stepsLine } from '../../../src/integrations/build-steps';

describe('the build log’s line of steps', () => {
	it('prints short steps in milliseconds and long ones in seconds', () => {
		expect([duration(4.4), duration(999.4), duration(1000), duration(61_240)]).toEqual([
			'4 ms',
			'999 ms',
			'1.0 s',
			'61.2 s',
		]);
	});

	it('is read back by the benchmark, step by step, with the details left out', () => {
		const line = stepsLine([
			{ label: 'start', ms: 1300 },
			{ label: 'content', ms: 6140 },
			{ label: 'search', ms: 3050, detail: 'en indexed 2.9 s, fr reused 40 ms, es reused 35 ms' },
			{ label: 'web editor', ms: 12 },
		]);
		expect(line).toBe(
			'start 1.3 s · content 6.1 s · search 3.0 s (en indexed 2.9 s, fr reused 40 ms, es reused 35 ms) · web editor 12 ms',
		);
		expect(stepsFromLog(`12:00:01 [build] Complete!\n12:00:00 [newsroom:steps] ${line}\n`)).toEqual(
			{
				start: 1.3,
				content: 6.1,
				search: 3,
				'web editor': 0.012,
			},
		);
	});
});
