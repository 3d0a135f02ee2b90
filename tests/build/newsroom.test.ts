// What journalists work from, in a real build of fixture releases: related releases, release
// types, notes to editors, updates, outdated translations, country feeds, the Subscribe page and
// contact cards. Feeds are read by an XML parser, contact cards by a vCard parser (ical.js).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { coverageReport, readContentTree } from '../../scripts/lib/translation-coverage';
import { locales } from '../../src/i18n/locales';
import { astroBuild, tmp, type BuildResult } from '../helpers/astro';
import { writeContent } from '../helpers/content';
import {
	attr,
	listFiles,
	readPage,
	searchRecords,
	select,
	selectAll,
	text,
	toString,
} from '../helpers/dist';
import { readFeed, readSitemap } from '../helpers/xml';

const ana = {
	name: 'Ana Pérez',
	email: 'ana.perez@example.org',
	phone: '+506 2212 5300',
	region: 'central-north-america-caribbean',
	languages: ['es', 'en', 'pt'],
};

// The people: Ana, named by releases; Bo, named by none but listed; Cy, named by none.
const people = {
	'ana-perez': {
		en: { ...ana, role: 'Media officer', office: 'Regional Office, San José' },
		fr: { ...ana, role: 'Chargée de presse', office: 'Bureau régional, San José' },
		es: { ...ana, role: 'Oficial de prensa', office: 'Oficina Regional, San José' },
	},
	'bo-li': {
		en: { name: 'Bo Li', email: 'bo.li@example.org', listed: true, languages: ['zh', 'en'] },
		fr: { name: 'Bo Li', email: 'bo.li@example.org', listed: true, languages: ['zh', 'en'] },
	},
	'cy-unnamed': { en: { name: 'Cy Unnamed', phone: '+41 22 717 9111' } },
};

// One release of each type. The shelter release shares a topic and a country with the training
// one, a topic with the border one and a country with the floods one; the advisory shares nothing.
const releases = {
	shelter: {
		en: {
			title: 'A shelter for survivors opens',
			slug: 'shelter-opens',
			date: '2024-09-16',
			countries: ['GT'],
			topics: ['counter-trafficking', 'child-protection'],
			updates: [{ date: '2024-09-20', note: 'The number of places was corrected to 40.' }],
			notesToEditors: 'Photographs are available on **request**.',
			contacts: ['ana-perez'],
		},
		fr: {
			title: 'Un refuge pour les survivantes ouvre',
			slug: 'un-refuge-ouvre',
			date: '2024-09-16',
			countries: ['GT'],
			topics: ['counter-trafficking', 'child-protection'],
			updates: [{ date: '2024-09-20', note: 'Le nombre de places a été corrigé à 40.' }],
			notesToEditors: 'Des photographies sont disponibles sur **demande**.',
			contacts: ['ana-perez'],
			// Made from an older version of the English file: its page must say so.
			translatedFrom: { lang: 'en', hash: '000000000000' },
		},
	},
	training: {
		en: {
			title: 'Statement on training for prosecutors',
			slug: 'training-statement',
			date: '2024-08-01',
			type: 'statement',
			countries: ['GT'],
			topics: ['counter-trafficking'],
			contacts: ['ana-perez'],
		},
	},
	border: {
		en: {
			title: 'Stories from the northern border',
			slug: 'border-story',
			date: '2024-10-01',
			type: 'news-story',
			countries: ['MX'],
			topics: ['counter-trafficking'],
		},
	},
	floods: {
		en: {
			title: 'Briefing on the floods',
			slug: 'floods-briefing',
			date: '2024-07-01',
			type: 'briefing-note',
			countries: ['GT'],
			topics: ['emergencies'],
		},
	},
	advisory: {
		en: {
			title: 'Advisory for a press conference',
			slug: 'press-conference',
			date: '2024-06-01',
			type: 'media-advisory',
			countries: ['FR'],
			topics: ['labour-migration'],
		},
	},
};

const page = (path: string) => readPage(build.outDir, path);
const jsonLdOf = async (path: string) =>
	JSON.parse(toString(select('script[type="application/ld+json"]', await page(path))!)) as Record<
		string,
		unknown
	>;

let build: BuildResult;
let content: string;
beforeAll(async () => {
	content = await writeContent(join(tmp, 'newsroom-content'), releases, people);
	build = await astroBuild('newsroom', { content, env: { NEWSROOM_NOW: '2025-01-01T00:00:00Z' } });
	expect(build.ok, build.output).toBe(true);
});

describe('related releases', () => {
	it('end a release with those sharing the most topics and countries, newest first among equals', async () => {
		const shelter = await page('/en/news/shelter-opens/');
		const items = selectAll('.related li', shelter).map((li) => [
			attr(li, 'time', 'dateTime'),
			text(li, 'a'),
			attr(li, 'a', 'href'),
		]);
		// Training shares a topic and the country; the border story (newer) and the floods briefing
		// share one term each; the advisory shares nothing.
		expect(items).toEqual([
			['2024-08-01', 'Statement on training for prosecutors', '/en/news/training-statement/'],
			['2024-10-01', 'Stories from the northern border', '/en/news/border-story/'],
			['2024-07-01', 'Briefing on the floods', '/en/news/floods-briefing/'],
		]);
		expect(text(shelter, '.related h2')).toBe('Related releases');
	});

	it('are left out when nothing is related, or nothing else is in the language', async () => {
		expect(select('.related', await page('/en/news/press-conference/'))).toBeUndefined();
		// The French release is the only one in French: no English release is offered in its place.
		expect(select('.related', await page('/fr/actualites/un-refuge-ouvre/'))).toBeUndefined();
	});
});

describe('release types', () => {
	const kinds = {
		'/en/news/shelter-opens/': 'Press release',
		'/en/news/training-statement/': 'Statement',
		'/en/news/border-story/': 'News story',
		'/en/news/floods-briefing/': 'Briefing note',
		'/en/news/press-conference/': 'Media advisory',
		'/fr/actualites/un-refuge-ouvre/': 'Communiqué de presse',
	};

	it('are the kicker of the page and the genre of its JSON-LD, in the page’s language', async () => {
		for (const [path, label] of Object.entries(kinds)) {
			expect(text(await page(path), 'article .kicker'), path).toBe(label);
			expect((await jsonLdOf(path)).genre, path).toBe(label);
		}
	});

	it('are the kicker of every card of a listing', async () => {
		const news = await page('/en/news/');
		const cards = selectAll('.card', news).map((c) => [text(c, '.title'), text(c, '.kicker')]);
		expect(cards).toEqual([
			['Stories from the northern border', 'News story'],
			['A shelter for survivors opens', 'Press release'],
			['Statement on training for prosecutors', 'Statement'],
			['Briefing on the floods', 'Briefing note'],
			['Advisory for a press conference', 'Media advisory'],
		]);
	});

	it('each have a listing, and an index of them all', async () => {
		const index = await page('/en/types/');
		expect(selectAll('.term-list a', index).map((a) => [toString(a), a.properties.href])).toEqual([
			['Briefing note', '/en/types/briefing-notes/'],
			['Media advisory', '/en/types/media-advisories/'],
			['News story', '/en/types/news-stories/'],
			['Press release', '/en/types/press-releases/'],
			['Statement', '/en/types/statements/'],
		]);
		const statements = await page('/en/types/statements/');
		expect(text(statements, 'h1')).toBe('Type: Statement');
		expect(selectAll('.card .title', statements).map((t) => toString(t).trim())).toEqual([
			'Statement on training for prosecutors',
		]);
		const french = await page('/fr/types/communiques-de-presse/');
		expect(selectAll('.card .title', french).map((t) => toString(t).trim())).toEqual([
			'Un refuge pour les survivantes ouvre',
		]);
	});

	it('are a search filter of every release', async () => {
		const types = Object.fromEntries(
			(await searchRecords(build.outDir))
				.filter((r) => r.meta.published)
				.map((r) => [new URL(r.url, 'https://x').pathname, r.filters.type]),
		);
		expect(types).toMatchObject({
			'/en/news/shelter-opens/': ['press-release'],
			'/en/news/training-statement/': ['statement'],
			'/en/news/border-story/': ['news-story'],
			'/en/news/floods-briefing/': ['briefing-note'],
			'/en/news/press-conference/': ['media-advisory'],
			'/fr/actualites/un-refuge-ouvre/': ['press-release'],
		});
	});
});

describe('notes to editors', () => {
	it('close every release: its own notes, as safe Markdown, then the paragraph about IOM', async () => {
		const shelter = await page('/en/news/shelter-opens/');
		const notes = select('.release-notes .notes', shelter)!;
		expect(text(notes, '.own-notes p')).toBe('Photographs are available on request.');
		expect(text(notes, '.own-notes p strong')).toBe('request');
		expect(text(notes, 'h3')).toBe('About IOM');
		expect(text(notes, 'h3 + p')).toMatch(/^Since 1951, .* 175 member states .* 171 countries\.$/);
		// A release without notes of its own still ends with the paragraph, in its language.
		const advisory = await page('/en/news/press-conference/');
		expect(select('.own-notes', advisory)).toBeUndefined();
		expect(text(advisory, '.notes h3 + p')).toBe(text(notes, 'h3 + p'));
		const french = await page('/fr/actualites/un-refuge-ouvre/');
		expect(text(french, '.notes h3')).toBe('À propos de l’OIM');
		expect(text(french, '.notes h3 + p')).toMatch(
			/^Depuis 1951, .* 175 États membres .* 171 pays\.$/,
		);
	});

	it('are not indexed as the release’s text', async () => {
		const shelter = (await searchRecords(build.outDir)).find((r) =>
			r.url.endsWith('/en/news/shelter-opens/'),
		);
		expect(shelter?.content).toContain('A paragraph of this release.');
		expect(shelter?.content).not.toContain('Photographs are available');
		expect(shelter?.content).not.toContain('Since 1951');
		expect(shelter?.content).not.toContain('The number of places was corrected');
	});
});

describe('updates and corrections', () => {
	it('show the last update under the dateline and the list at the end', async () => {
		const shelter = await page('/en/news/shelter-opens/');
		expect(attr(shelter, '.dateline + .last-update time', 'dateTime')).toBe('2024-09-20');
		expect(text(shelter, '.last-update')).toBe('Updated 20 September 2024');
		expect(
			selectAll('.updates li', shelter).map((li) => toString(li).replace(/<[^>]+>/g, '')),
		).toEqual(['20 September 2024: The number of places was corrected to 40.']);
		const french = await page('/fr/actualites/un-refuge-ouvre/');
		expect(text(french, '.last-update')).toBe('Mis à jour le 20 septembre 2024');
		expect(select('.last-update', await page('/en/news/border-story/'))).toBeUndefined();
		expect(select('.updates', await page('/en/news/border-story/'))).toBeUndefined();
	});

	it('date the JSON-LD, the feed item and the sitemap entry of the release', async () => {
		expect(await jsonLdOf('/en/news/shelter-opens/')).toMatchObject({
			datePublished: '2024-09-16',
			dateModified: '2024-09-20',
		});
		expect(await jsonLdOf('/en/news/border-story/')).toMatchObject({
			datePublished: '2024-10-01',
			dateModified: '2024-10-01',
		});
		const feed = await readFeed(build.outDir, '/en/news/rss.xml');
		const item = feed.rss.channel.item?.find((i) => i.link.endsWith('/en/news/shelter-opens/')) as
			Record<string, unknown> | undefined;
		expect(item?.['atom:updated']).toBe('2024-09-20T00:00:00.000Z');
		const lastmod = Object.fromEntries(
			(await readSitemap(build.outDir)).map((u) => [new URL(u.loc).pathname, u.lastmod]),
		);
		expect(lastmod['/en/news/shelter-opens/']).toBe('2024-09-20T00:00:00.000Z');
		expect(lastmod['/fr/actualites/un-refuge-ouvre/']).toBe('2024-09-20T00:00:00.000Z');
		expect(lastmod['/en/news/border-story/']).toBe('2024-10-01T00:00:00.000Z');
	});
});

describe('an outdated translation', () => {
	it('says so on its page, in its language, with a link to the original', async () => {
		const french = await page('/fr/actualites/un-refuge-ouvre/');
		const notice = selectAll('.notice', french).find((n) => select('a[hreflang]', n));
		expect(
			notice &&
				toString(notice)
					.replace(/<[^>]+>/g, '')
					.replace(/\s+/g, ' ')
					.trim(),
		).toBe(
			'L’original en anglais de ce communiqué a été mis à jour depuis la rédaction de cette traduction. Lire l’original en anglais',
		);
		expect(attr(notice!, 'a', 'href')).toBe('/en/news/shelter-opens/');
		expect(attr(notice!, 'a', 'hrefLang')).toBe('en');
		expect(select('.notice', await page('/en/news/shelter-opens/'))).toBeUndefined();
	});

	it('is the one `npm run translations` reports, and the only one', async () => {
		const report = coverageReport(await readContentTree(content), locales);
		const outdated = report.folders.flatMap((f) => f.outdated.map((o) => [f.folder, o.locale]));
		expect(outdated).toEqual([['shelter', 'fr']]);
		const pages = await listFiles(build.outDir);
		const noticed: string[] = [];
		for (const file of pages.filter((f) => /^(en|fr|es)\/.+\/index\.html$/.test(f))) {
			const tree = await readPage(build.outDir, `/${file}`);
			if (select('article .notice a[hreflang]', tree)) noticed.push(file);
		}
		expect(noticed).toEqual(['fr/actualites/un-refuge-ouvre/index.html']);
	});
});

describe('feeds per country', () => {
	it('list a country’s releases in its language, newest first', async () => {
		const feed = await readFeed(build.outDir, '/en/countries/guatemala/rss.xml');
		expect(feed.rss.channel.title).toBe('IOM press releases in English: Guatemala');
		expect(feed.rss.channel.language).toBe('en');
		expect(feed.rss.channel['atom:link']['@href']).toBe(
			'https://newsroom.example.org/en/countries/guatemala/rss.xml',
		);
		expect((feed.rss.channel.item ?? []).map((i) => new URL(i.link).pathname)).toEqual([
			'/en/news/shelter-opens/',
			'/en/news/training-statement/',
			'/en/news/floods-briefing/',
		]);
		const french = await readFeed(build.outDir, '/fr/pays/guatemala/rss.xml');
		// French sets a no-break space before the colon.
		expect(french.rss.channel.title).toMatch(
			/^Communiqués de presse de l’OIM en français\s:\sGuatemala$/,
		);
		expect((french.rss.channel.item ?? []).map((i) => new URL(i.link).pathname)).toEqual([
			'/fr/actualites/un-refuge-ouvre/',
		]);
	});

	it('are announced in the country page’s head and linked from it', async () => {
		const country = await page('/en/countries/guatemala/');
		expect(
			selectAll('link[rel="alternate"][type="application/rss+xml"]', country).map((l) => [
				l.properties.title,
				l.properties.href,
			]),
		).toContainEqual([
			'IOM press releases in English: Guatemala',
			'/en/countries/guatemala/rss.xml',
		]);
		expect(attr(country, '.listing-feed a', 'href')).toBe('/en/countries/guatemala/rss.xml');
		expect(text(country, '.listing-feed a')).toBe('RSS feed: Guatemala');
	});
});

describe('the Subscribe page', () => {
	it('lists every feed of its language, and no script from elsewhere', async () => {
		for (const locale of locales) {
			const paths = { en: '/en/subscribe/', fr: '/fr/abonnements/', es: '/es/suscripciones/' };
			const subscribe = await page(paths[locale]);
			const linked = selectAll('main a[type="application/rss+xml"]', subscribe)
				.map((a) => String(a.properties.href))
				.map((href) => new URL(href, 'https://newsroom.example.org').pathname)
				.sort();
			const feeds = (await listFiles(build.outDir))
				.filter((f) => f.startsWith(`${locale}/`) && f.endsWith('/rss.xml'))
				.map((f) => `/${f}`)
				.sort();
			expect(linked, locale).toEqual(feeds);
			for (const script of selectAll('script[src]', subscribe))
				expect(String(script.properties.src), locale).toMatch(/^\/_astro\//);
		}
		const english = await page('/en/subscribe/');
		expect(selectAll('main h2', english).map((h) => toString(h))).toEqual([
			'All press releases',
			'What is a feed?',
			'Calendar of events',
			'Media contacts',
			'By topic',
			'By country',
		]);
		expect(text(english, 'main')).toContain('RSS-to-email service');
	});
});

describe('contact cards', () => {
	const cardsOf = async (locale: string, folder: string) => {
		const dir = join(build.outDir, locale, folder);
		return Object.fromEntries(
			await Promise.all(
				(await readdir(dir)).map(async (name) => [name, await readFile(join(dir, name))] as const),
			),
		);
	};

	it('are one vCard 4.0 per published person and language, however many releases name them', async () => {
		const english = await cardsOf('en', 'contacts');
		expect(Object.keys(english).toSorted()).toEqual(['ana-perez.vcf', 'bo-li.vcf']);
		expect(Object.keys(await cardsOf('es', 'contactos'))).toEqual(['ana-perez.vcf']);
		const bytes = english['ana-perez.vcf']!;
		expect(bytes.length).toBeLessThan(400);
		const raw = bytes.toString('utf8');
		// UTF-8, lines ending in CRLF (RFC 6350 §3.1–3.2).
		expect(Buffer.from(raw, 'utf8').equals(bytes)).toBe(true);
		expect(raw.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
		const card = new ICAL.Component(ICAL.parse(raw) as unknown[]);
		expect(card.name).toBe('vcard');
		expect(card.getFirstPropertyValue('version')).toBe('4.0');
		expect(card.getFirstPropertyValue('fn')).toBe('Ana Pérez');
		expect(card.getFirstProperty('n')?.getValues()).toEqual([['Pérez', 'Ana', '', '', '']]);
		expect(card.getFirstProperty('org')?.getValues()).toEqual([
			['International Organization for Migration', 'Regional Office, San José'],
		]);
		expect(card.getFirstPropertyValue('title')).toBe('Media officer');
		expect(card.getFirstPropertyValue('email')).toBe('ana.perez@example.org');
		expect(card.getFirstPropertyValue('tel')).toBe('tel:+50622125300');
		// The French card names the office and the organisation in French.
		const french = new ICAL.Component(
			ICAL.parse((await cardsOf('fr', 'contacts'))['ana-perez.vcf']!.toString('utf8')) as unknown[],
		);
		expect(french.getFirstProperty('org')?.getValues()).toEqual([
			['Organisation internationale pour les migrations', 'Bureau régional, San José'],
		]);
	});

	it('are linked from each contact of every release that names them', async () => {
		for (const path of ['/en/news/shelter-opens/', '/en/news/training-statement/']) {
			const tree = await page(path);
			expect(attr(tree, '.contacts .save-card a', 'href'), path).toBe('/en/contacts/ana-perez.vcf');
			expect(attr(tree, '.contacts .save-card a', 'type'), path).toBe('text/vcard');
			expect(text(tree, '.contacts .save-card a'), path).toBe(
				'Save Ana Pérez to your contacts (vCard)',
			);
		}
		expect(select('.contacts', await page('/en/news/border-story/'))).toBeUndefined();
	});
});

describe('the media contacts directory', () => {
	const directories = {
		en: '/en/media-contacts/',
		fr: '/fr/contacts-presse/',
		es: '/es/contactos-de-prensa/',
	};

	it('lists, by region, the people releases name and those listed, and nobody else', async () => {
		const english = await page(directories.en);
		expect(selectAll('main h2', english).map((h) => toString(h))).toEqual([
			'Headquarters (Geneva)',
			'Central America, North America and the Caribbean',
		]);
		expect(selectAll('main .person h3', english).map((h) => toString(h))).toEqual([
			'Bo Li',
			'Ana Pérez',
		]);
		expect(text(english, 'main')).not.toContain('Cy Unnamed');
		const spanish = await page(directories.es);
		expect(selectAll('main .person h3', spanish).map((h) => toString(h))).toEqual(['Ana Pérez']);
	});

	it('gives each person’s role, office, languages by name, links to write, call and save them', async () => {
		for (const [locale, path] of Object.entries(directories)) {
			const ana = select('#person-ana-perez', await page(path));
			expect(ana, path).toBeDefined();
			expect(attr(ana!, 'a[href^="mailto:"]', 'href')).toBe('mailto:ana.perez@example.org');
			expect(attr(ana!, 'a[href^="tel:"]', 'href')).toBe('tel:+50622125300');
			expect(attr(ana!, '.save-card a', 'href')).toMatch(
				new RegExp(`^/${locale}/contact(o)?s/ana-perez\\.vcf$`),
			);
		}
		const en = select('#person-ana-perez', await page(directories.en))!;
		expect(text(en, '.role')).toBe('Media officer');
		expect(text(en, 'dd:last-of-type')).toBe('Spanish, English, Portuguese');
		const fr = select('#person-ana-perez', await page(directories.fr))!;
		expect(text(fr, '.role')).toBe('Chargée de presse');
		expect(text(fr, 'dd:last-of-type')).toBe('espagnol, anglais, portugais');
	});

	it('is linked from the contact box of every release and from the Subscribe page', async () => {
		const release = await page('/fr/actualites/un-refuge-ouvre/');
		expect(attr(release, '.contacts .all-contacts a', 'href')).toBe(directories.fr);
		const subscribe = await page('/es/suscripciones/');
		expect(selectAll('main a', subscribe).map((a) => a.properties?.href)).toContain(directories.es);
	});

	it('is in the sitemap with its translations as alternates', async () => {
		const urls = await readSitemap(build.outDir);
		const entry = urls.find((u) => u.loc.endsWith(directories.en));
		const links = (entry?.['xhtml:link'] ?? []).map((l) => [
			l['@hreflang'],
			new URL(l['@href']).pathname,
		]);
		expect(links).toEqual(expect.arrayContaining(Object.entries(directories)));
	});
});
