import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../../src/content-model/event-schema';

const event = {
	title: 'Press briefing',
	kind: 'press-briefing',
	start: '2026-12-10T10:30:00+01:00',
};

describe('the event schema', () => {
	it('publishes an online address as browsers write it, so pages and calendars hold a valid URL', () => {
		const parsed = eventSchema.parse({
			...event,
			online: ' https://webtv.example.org/live briefing?day=10 december ',
		});
		expect(parsed.online).toBe('https://webtv.example.org/live%20briefing?day=10%20december');
	});

	it('refuses an address that is not https, naming the field and the fix', () => {
		const result = eventSchema.safeParse({ ...event, online: 'http://webtv.example.org/' });
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
			'online: online "http://webtv.example.org/" is not an https address: write the full address it is followed at, starting with https://, like: online: https://webtv.un.org/',
		]);
	});
});
