// Every published person's card (src/page-model/contacts.ts): one vCard per person and language.
import type { APIRoute, GetStaticPaths } from 'astro';
import { fileParam } from '../i18n/routes';
import { useTranslations } from '../i18n/translate';
import { namedBy, publishedPeople, vcard, type Person } from '../page-model/contacts';
import { getPeople } from '../page-model/people';
import { getReleaseGroups } from '../page-model/releases';

export const getStaticPaths = (async () =>
	publishedPeople(await getPeople(), namedBy(await getReleaseGroups())).people.map((person) => ({
		params: { vcard: fileParam(person.url, '.vcf') },
		props: person,
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const person = props as Person;
	return new Response(vcard(person, useTranslations(person.locale)('site.org')), {
		headers: { 'Content-Type': 'text/vcard; charset=utf-8' },
	});
};
