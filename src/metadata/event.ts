// The JSON-LD `Event` of an event page (schema.org): name, times in UTC, where it happens (a
// place, a virtual location, or both), its performers and organizer.

/** The JSON-LD of an event, as its page's head carries it. */
export function eventJsonLd(
	data: {
		title: string;
		start: Date;
		end?: Date | undefined;
		place?: string | undefined;
		online?: string | undefined;
	},
	{ url, speakers, org }: { url: string; speakers: string[]; org: string },
): Record<string, unknown> {
	const places = [
		...(data.place ? [{ '@type': 'Place', name: data.place }] : []),
		...(data.online ? [{ '@type': 'VirtualLocation', url: data.online }] : []),
	];
	return {
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: data.title,
		startDate: data.start.toISOString(),
		...(data.end ? { endDate: data.end.toISOString() } : {}),
		eventAttendanceMode: data.place
			? data.online
				? 'https://schema.org/MixedEventAttendanceMode'
				: 'https://schema.org/OfflineEventAttendanceMode'
			: 'https://schema.org/OnlineEventAttendanceMode',
		location: places.length === 1 ? places[0] : places,
		url,
		organizer: { '@type': 'Organization', name: org },
		...(speakers.length > 0
			? { performer: speakers.map((name) => ({ '@type': 'Person', name })) }
			: {}),
	};
}
