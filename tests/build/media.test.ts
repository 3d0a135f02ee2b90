// A release's material in a real build of tests/fixtures/media (README.md there): its pictures
// with credit, licence and original to download, its document, video, sound and hosted video, its
// key figures, in three languages; and nothing of a draft's or embargoed release's files.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import vnu from 'vnu-jar';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, root, tmp, type BuildResult } from '../helpers/astro';
import { attr, listFiles, readPage, select, selectAll, toString } from '../helpers/dist';

const fixture = join(root, 'tests/fixtures/media');
const content = join(tmp, 'media', 'content');
const pages = {
	en: '/en/news/release-with-material/',
	fr: '/fr/actualites/communique-avec-contenus/',
	es: '/es/noticias/comunicado-con-material/',
};
/** The release published in English only, whose French draft has captions of its own. */
const talk = '/en/news/release-with-a-talk/';
/** Narrow no-break space (French digit groups) and no-break space. */
const nnbsp = '\u202f';
const nbsp = '\u00a0';

/** The text of the first element matching `selector`, its no-break spaces kept. */
function text(tree: Parameters<typeof select>[1], selector: string): string {
	const node = select(selector, tree);
	return node ? toString(node).trim() : '';
}

let build: BuildResult;
beforeAll(async () => {
	await rm(content, { recursive: true, force: true });
	await cp(join(fixture, 'releases'), join(content, 'releases'), { recursive: true });
	await cp(join(fixture, 'contacts'), join(content, 'contacts'), { recursive: true });
	// The organisation's terms of use, which `iom-terms` links to.
	await mkdir(join(content, 'pages'), { recursive: true });
	await cp(join(root, 'content/pages/terms-of-use'), join(content, 'pages/terms-of-use'), {
		recursive: true,
	});
	build = await astroBuild('media', { content, env: { NEWSROOM_NOW: '2025-01-01T00:00:00Z' } });
	expect(build.ok, build.output).toBe(true);
});

describe('the material of a release, in a real build', () => {
	it('serves each file of the release as it is, once for every language', async () => {
		const served = (await listFiles(build.outDir)).filter((f) => f.startsWith('files/'));
		expect(served.toSorted()).toEqual([
			// The French translation of this one is a draft: its captions are not served.
			'files/captioned/talk.en.vtt',
			'files/captioned/talk.mp4',
			...[
				'clip.en.vtt',
				'clip.es.vtt',
				'clip.fr.vtt',
				'clip.mp4',
				'fact-sheet.pdf',
				'lead.jpg',
				'photo.jpg',
				'tone.mp3',
			].map((name) => `files/material/${name}`),
		]);
		for (const name of ['clip.mp4', 'fact-sheet.pdf', 'lead.jpg']) {
			const original = await readFile(join(fixture, 'releases/material', name));
			expect(await readFile(join(build.outDir, 'files/material', name))).toEqual(original);
		}
	});

	it('publishes nothing of a draft or an embargoed release, files included', async () => {
		const files = await listFiles(build.outDir);
		expect(files.filter((f) => /secret|drafted|embargoed/.test(f))).toEqual([]);
		for (const file of files.filter((f) => /\.(html|xml|json)$/.test(f))) {
			const body = await readFile(join(build.outDir, file), 'utf8');
			expect(body, file).not.toMatch(/draft-secret|embargo-secret|talk\.fr\.vtt/);
		}
	});

	it('gives the lead picture its credit, licence and original, in each language', async () => {
		const expected = {
			en: [
				'© IOM 2024 / Test Photographer',
				'Licence: CC BY 4.0',
				'Download the original, 1,600 × 1,000 px, JPEG, 15 kB',
			],
			fr: [
				'© OIM 2024 / Photographe du test',
				`Licence${nbsp}: CC BY 4.0`,
				`Télécharger l’original, 1${nnbsp}600 × 1${nnbsp}000 px, JPEG, 15${nnbsp}ko`,
			],
			es: [
				'© OIM 2024 / Fotógrafo de la prueba',
				'Licencia: CC BY 4.0',
				'Descargar el original, 1600 × 1000 px, JPEG, 15 kB',
			],
		};
		for (const [locale, path] of Object.entries(pages)) {
			const page = await readPage(build.outDir, path);
			const caption = select('figure.hero figcaption', page)!;
			expect(
				['.credit', '.licence', '.download'].map((s) => text(caption, s)),
				locale,
			).toEqual(expected[locale as keyof typeof expected]);
			expect(attr(caption, '.licence a', 'rel')).toBe('license');
			expect(attr(caption, '.licence a', 'href')).toBe(
				`https://creativecommons.org/licenses/by/4.0/deed.${locale}`,
			);
			expect(attr(caption, '.download a', 'href')).toBe('/files/material/lead.jpg');
			expect(attr(caption, '.download a', 'download')).toBe('true');
		}
	});

	it('lists the picture of the text with its renditions, credit, licence and original', async () => {
		const page = await readPage(build.outDir, pages.en);
		const picture = select('#material .picture', page)!;
		expect(attr(picture, 'img', 'alt')).toBe('A green test pattern with a white disc');
		expect(attr(picture, 'img', 'srcSet')).toMatch(/360w, .+ 720w$/);
		expect(text(picture, '.credit')).toBe('Credit: © IOM 2024 / Test Photographer');
		expect(text(picture, '.licence')).toBe('Licence: IOM terms of use');
		expect(attr(picture, '.licence a', 'href')).toBe('/en/terms-of-use/');
		expect(text(picture, '.original')).toBe('Download the original, 1,200 × 800 px, JPEG, 11 kB');
	});

	it('captions the picture of the text with its credit and licence, in each language', async () => {
		const captions = {
			en: ['Credit: © IOM 2024 / Test Photographer', 'Licence: IOM terms of use'],
			fr: [
				`Crédit${nbsp}: © IOM 2024 / Test Photographer`,
				`Licence${nbsp}: conditions d’utilisation de l’OIM`,
			],
			es: ['Crédito: © IOM 2024 / Test Photographer', 'Licencia: condiciones de uso de la OIM'],
		};
		for (const [locale, path] of Object.entries(pages)) {
			const figure = select(
				'article .body figure.body-picture',
				await readPage(build.outDir, path),
			)!;
			expect(attr(figure, 'img', 'src')).toMatch(/^\/_astro\/photo\..+\.webp$/);
			expect([text(figure, '.credit'), text(figure, '.licence')]).toEqual(
				captions[locale as keyof typeof captions],
			);
			expect(attr(figure, '.licence a', 'rel')).toBe('license');
		}
	});

	it('lists the document with its title, format, size and language', async () => {
		const facts = {
			en: ['Fact sheet: the synthetic shelter', 'PDF, 1 kB, in English'],
			fr: [`Fiche d’information${nbsp}: le refuge synthétique`, `PDF, 1${nnbsp}ko, en français`],
			es: ['Hoja informativa: el albergue sintético', 'PDF, 1 kB, en español'],
		};
		for (const [locale, path] of Object.entries(pages)) {
			const document = select('#material .document', await readPage(build.outDir, path))!;
			expect([text(document, 'a[download]'), text(document, '.file-facts')]).toEqual(
				facts[locale as keyof typeof facts],
			);
			expect(attr(document, 'a[download]', 'type')).toBe('application/pdf');
		}
	});

	it('plays video and sound natively, with captions in every language, never by itself', async () => {
		/** Each language's own name, as the captions menu of a player lists it. */
		const names = { en: 'English', fr: 'Français', es: 'Español' };
		for (const [locale, path] of Object.entries(pages)) {
			const page = await readPage(build.outDir, path);
			const video = select('#material video', page)!;
			expect(video.properties.controls).toBe(true);
			expect(video.properties.autoPlay).toBeUndefined();
			expect(attr(video, 'source', 'src')).toBe('/files/material/clip.mp4');
			expect(attr(page, '#material video', 'poster')).toMatch(/^\/_astro\/poster\..+\.webp$/);
			// The page's language first, shown by default; then the others, in the site's order.
			const order = [locale, ...Object.keys(names).filter((l) => l !== locale)];
			expect(selectAll('track', video).map((track) => track.properties)).toEqual(
				order.map((lang) => ({
					kind: 'captions',
					src: `/files/material/clip.${lang}.vtt`,
					srcLang: lang,
					label: names[lang as keyof typeof names],
					...(lang === locale ? { default: true } : {}),
				})),
			);
			const audio = select('#material audio', page)!;
			expect(audio.properties.autoPlay).toBeUndefined();
			expect(attr(audio, 'source', 'type')).toBe('audio/mpeg');
			expect(selectAll('#material .transcript', page)).toHaveLength(2);
		}
		expect(text(await readPage(build.outDir, pages.fr), '#material .video .transcript p')).toBe(
			`Une voix dit${nbsp}: ceci est un test.`,
		);
	});

	it('offers no captions of a draft translation', async () => {
		const page = await readPage(build.outDir, talk);
		expect(selectAll('#material video track', page).map((track) => track.properties)).toEqual([
			{
				kind: 'captions',
				src: '/files/captioned/talk.en.vtt',
				srcLang: 'en',
				label: 'English',
				default: true,
			},
		]);
		expect(await listFiles(build.outDir)).not.toContain('files/captioned/talk.fr.vtt');
	});

	it('shows a hosted video as its poster and a link out, with nothing loaded from its site', async () => {
		const page = await readPage(build.outDir, pages.en);
		const link = select('#material a.hosted', page)!;
		expect(link.properties.href).toBe('https://www.youtube.com/watch?v=test0000000');
		expect(text(link, 'span')).toBe('Watch on YouTube');
		expect(attr(link, 'img', 'src')).toMatch(/^\/_astro\//);
		expect(selectAll('iframe, embed, object', page)).toEqual([]);
		const sources = selectAll('[src], [srcset], [poster]', page).flatMap((e) =>
			['src', 'srcSet', 'poster'].map((name) => String(e.properties[name] ?? '')),
		);
		expect(sources.filter((s) => /youtube|vimeo|^https?:/.test(s))).toEqual([]);
	});

	it('shows the key figures first, written for each language', async () => {
		const figures = {
			en: ['1,250,000 people assisted', '12.5% of arrivals were children'],
			fr: [
				`1${nnbsp}250${nnbsp}000 personnes aidées`,
				`12,5${nbsp}% des arrivants étaient des enfants`,
			],
			es: ['1.250.000 personas asistidas', `12,5${nbsp}% de las llegadas eran niños`],
		};
		for (const [locale, path] of Object.entries(pages)) {
			const page = await readPage(build.outDir, path);
			const items = selectAll('.key-figures li', page).map(
				(li) => `${text(li, '.value')} ${text(li, '.label')}`,
			);
			expect(items, locale).toEqual(figures[locale as keyof typeof figures]);
		}
		const en = await readPage(build.outDir, pages.en);
		expect(text(en, '.key-figures .source')).toBe('Source: Synthetic survey, 2024');
	});

	it('gives the feeds’ items the release’s document, video and sound as enclosures', async () => {
		const feed = await readFile(join(build.outDir, 'fr/actualites/rss.xml'), 'utf8');
		const item = /<item>(?:(?!<\/item>)[\s\S])*communique-avec-contenus[\s\S]*?<\/item>/.exec(
			feed,
		)?.[0];
		const sizes = async (name: string) =>
			(await readFile(join(fixture, 'releases/material', name))).length;
		expect([...(item ?? '').matchAll(/<enclosure [^>]*\/>/g)].map(([tag]) => tag)).toEqual([
			`<enclosure url="https://newsroom.example.org/files/material/fact-sheet.pdf" length="${await sizes('fact-sheet.pdf')}" type="application/pdf"/>`,
			`<enclosure url="https://newsroom.example.org/files/material/clip.mp4" length="${await sizes('clip.mp4')}" type="video/mp4"/>`,
			`<enclosure url="https://newsroom.example.org/files/material/tone.mp3" length="${await sizes('tone.mp3')}" type="audio/mpeg"/>`,
		]);
	});

	it('describes the material in the JSON-LD as associatedMedia', async () => {
		const page = await readPage(build.outDir, pages.es);
		const article = selectAll('script[type="application/ld+json"]', page)
			.map((script) => JSON.parse(toString(script)) as Record<string, unknown>)
			.find((data) => data['@type'] === 'NewsArticle');
		const media = article?.associatedMedia as Record<string, unknown>[];
		expect(media.map((m) => [m['@type'], m.contentUrl ?? m.url, m.name])).toEqual([
			[
				'ImageObject',
				'https://newsroom.example.org/files/material/photo.jpg',
				'Una carta de ajuste verde con un disco blanco',
			],
			[
				'MediaObject',
				'https://newsroom.example.org/files/material/fact-sheet.pdf',
				'Hoja informativa: el albergue sintético',
			],
			[
				'VideoObject',
				'https://newsroom.example.org/files/material/clip.mp4',
				'Dos segundos de una carta de ajuste',
			],
			[
				'AudioObject',
				'https://newsroom.example.org/files/material/tone.mp3',
				'Un segundo de un tono de prueba',
			],
			['VideoObject', 'https://www.youtube.com/watch?v=test0000000', 'El albergue en dos minutos'],
		]);
		expect(media[1]).toMatchObject({
			encodingFormat: 'application/pdf',
			license: 'https://creativecommons.org/licenses/by-nc/4.0/deed.es',
			creditText: 'IOM Geneva',
		});
	});

	it('shows the lead picture as a thumbnail in listings and on the home page, sized', async () => {
		for (const path of ['/en/news/', '/fr/', '/es/noticias/']) {
			const page = await readPage(build.outDir, path);
			const cards = selectAll('.card', page);
			// The release with material, the one without, and the captioned talk (no lead picture).
			expect(cards, path).toHaveLength(3);
			const [withPicture, without] = cards;
			expect(attr(withPicture!, 'img.thumb', 'alt'), path).toBe('');
			expect(attr(withPicture!, 'img.thumb', 'src')).toMatch(/^\/_astro\/lead\..+\.webp$/);
			expect([
				attr(withPicture!, 'img.thumb', 'width'),
				attr(withPicture!, 'img.thumb', 'height'),
			]).toEqual(['160', '100']);
			expect(select('img', without)).toBeUndefined();
		}
	});

	it('gathers every picture and video in a media library per language, by topic and country', async () => {
		const libraries = {
			en: [
				'/en/media/',
				'/en/media/topics/migrant-assistance/',
				'/en/media/countries/switzerland/',
			],
			fr: [
				'/fr/mediatheque/',
				'/fr/mediatheque/thematiques/assistance-aux-migrants/',
				'/fr/mediatheque/pays/suisse/',
			],
			es: [
				'/es/mediateca/',
				'/es/mediateca/temas/asistencia-a-migrantes/',
				'/es/mediateca/paises/suiza/',
			],
		};
		for (const [locale, paths] of Object.entries(libraries)) {
			for (const path of paths) {
				const page = await readPage(build.outDir, path);
				const items = selectAll('.library-items li', page);
				expect(items, path).toHaveLength(5);
				// The talk is in English only: every library lists it from its English page.
				expect(
					items.map((item) => attr(item, '.from a', 'href')),
					path,
				).toEqual([...Array<string>(4).fill(pages[locale as keyof typeof pages]), talk]);
				expect(attr(items[0]!, 'img', 'src')).toMatch(/^\/_astro\/lead\..+\.webp$/);
				expect(selectAll('.browse a', page).map((a) => a.properties.href)).toEqual(paths);
			}
		}
		const en = await readPage(build.outDir, '/en/media/');
		expect(selectAll('.library-items .kind', en).map((kind) => text(kind, '*'))).toEqual([
			'Video: Two seconds of a test pattern',
			'Video: The shelter in two minutes',
			'Video: Two seconds of a talk',
		]);
		expect(attr(en, '#material .library-link a', 'href')).toBeUndefined();
		const release = await readPage(build.outDir, pages.fr);
		expect(attr(release, '#material .library-link a', 'href')).toBe('/fr/mediatheque/');
	});

	it('passes html-validate on every page of the release', async () => {
		const config = JSON.parse(
			await readFile(join(root, '.htmlvalidate.json'), 'utf8'),
		) as ConfigData;
		const validator = new HtmlValidate(config);
		for (const path of [
			...Object.values(pages),
			'/en/news/',
			'/fr/',
			'/fr/mediatheque/',
			'/es/mediateca/paises/suiza/',
		]) {
			const html = await readFile(join(build.outDir, path, 'index.html'), 'utf8');
			const report = await validator.validateString(html);
			expect(
				report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)),
				path,
			).toEqual([]);
		}
	});

	it('passes the W3C Nu Html Checker on every page of the build, the media library included', async () => {
		const pages = (await listFiles(build.outDir)).filter(
			(f) => f.endsWith('.html') && !f.startsWith('admin/'),
		);
		expect(pages.filter((f) => /^\w\w\/(media|mediatheque|mediateca)\//.test(f))).toHaveLength(9);
		const html = pages.map((f) => join(build.outDir, f));
		const result = spawnSync(
			process.env.JAVA ?? 'java',
			['-jar', String(vnu), '--errors-only', '--format', 'json', ...html],
			{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
		);
		const { messages } = JSON.parse(result.stderr) as {
			messages: { type: string; url: string; message: string }[];
		};
		expect(messages.filter((m) => m.type === 'error').map((m) => `${m.url}: ${m.message}`)).toEqual(
			[],
		);
		expect(result.status).toBe(0);
	});
});
