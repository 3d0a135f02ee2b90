// The web app manifest of each locale, so the site can be installed in the reader's language.
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeTable, locales, type Locale } from '../../i18n/locales';
import { url } from '../../i18n/routes';
import { useTranslations } from '../../i18n/translate';
import { chooserUrl, iconsUrl } from '../../i18n/file-routes';

export const getStaticPaths = (() =>
	locales.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
	const locale = params.locale as Locale;
	const t = useTranslations(locale);
	const icon = t('site.orgShort').toLowerCase();
	const manifest = {
		name: t('site.name'),
		short_name: t('site.orgShort'),
		description: t('site.description'),
		lang: localeTable[locale].lang,
		dir: localeTable[locale].dir,
		start_url: url('home', locale),
		scope: chooserUrl,
		id: url('home', locale),
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: '#0a3a8c',
		icons: [
			{ src: `${iconsUrl}${icon}-192.png`, sizes: '192x192', type: 'image/png' },
			{ src: `${iconsUrl}${icon}-512.png`, sizes: '512x512', type: 'image/png' },
			{
				src: `${iconsUrl}${icon}-maskable-512.png`,
				sizes: '512x512',
				type: 'image/png',
				purpose: 'maskable',
			},
		],
	};
	return new Response(JSON.stringify(manifest, null, '\t'), {
		headers: { 'Content-Type': 'application/manifest+json' },
	});
};
