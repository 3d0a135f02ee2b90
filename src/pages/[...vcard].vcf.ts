// Every press contact's card (src/page-model/contacts.ts): one vCard per contact and language,
// however many releases name the contact.
import type { APIRoute, GetStaticPaths } from 'astro';
import { fileParam } from '../i18n/routes';
import { useTranslations } from '../i18n/translate';
import { contactCards, vcard, type ContactCard } from '../page-model/contacts';
import { getReleaseGroups } from '../page-model/releases';

export const getStaticPaths = (async () =>
	contactCards(await getReleaseGroups()).cards.map((card) => ({
		params: { vcard: fileParam(card.url, '.vcf') },
		props: card,
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { contact, locale } = props as ContactCard;
	return new Response(vcard(contact, useTranslations(locale)('site.org')), {
		headers: { 'Content-Type': 'text/vcard; charset=utf-8' },
	});
};
