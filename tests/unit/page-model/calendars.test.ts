import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventUid, icalendar } from '../../../src/page-model/calendars';
import type { PublishedEvent } from '../../../src/page-model/events';

/** An event as the page model gives it, with only what a calendar reads. */
const event = (data: Record<string, unknown>, html = '<p>About it; with, commas.</p>') =>
	({
		folder: 'briefing',
		locale: 'fr',
		url: '/fr/agenda/briefing/',
		entry: {
			data: { kind: 'press-briefing', start: new Date('2026-06-10T08:30:00Z'), ...data },
			rendered: { html },
		},
	}) as unknown as PublishedEvent;

describe('a calendar file', () => {
	it('folds every line at 75 octets without cutting a character, and reads back the same', () => {
		const title = `Point de presse : l’OIM présente ${'é'.repeat(60)}`;
		const text = icalendar(
			{ url: '/fr/agenda/briefing/briefing.ics', locale: 'fr', events: [event({ title })] },
			new Date('2026-06-01T00:00:00Z'),
		);
		const lines = text.split('\r\n');
		expect(text.endsWith('\r\n')).toBe(true);
		for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
		expect(lines.some((line) => line.startsWith(' '))).toBe(true);
		expect(text).not.toContain('\uFFFD');
		const [vevent] = new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents(
			'vevent',
		);
		expect(vevent?.getFirstPropertyValue('summary')).toBe(title);
		expect(vevent?.getFirstPropertyValue('uid')).toBe(eventUid('briefing'));
		expect(vevent?.getFirstPropertyValue('description')).toBe(
			'Point de presse\n\nAbout it; with, commas.',
		);
		expect(text).toContain('DESCRIPTION:Point de presse\\n\\nAbout it\\; with\\, commas.');
	});
});
