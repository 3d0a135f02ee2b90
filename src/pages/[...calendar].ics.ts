// Every calendar file of the agenda (src/page-model/calendars.ts): each language's calendar to
// subscribe to, and each event's file to add it to a calendar.
import type { APIRoute, GetStaticPaths } from 'astro';
import { fileParam } from '../i18n/routes';
import { calendarFiles, icalendar, type CalendarFile } from '../page-model/calendars';
import { getEventGroups } from '../page-model/events';

export const getStaticPaths = (async () =>
	calendarFiles(await getEventGroups()).map((file) => ({
		params: { calendar: fileParam(file.url, '.ics') },
		props: file,
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(icalendar(props as CalendarFile), {
		headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
	});
