import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, tmp, type BuildResult } from '../helpers/astro';
import { writeContent, type TestRelease } from '../helpers/content';
import {
	attr,
	listFiles,
	listPages,
	readPage,
	readServedText,
	selectAll,
	text,
} from '../helpers/dist';

// The build's clock is pinned (NEWSROOM_NOW): embargoes are judged against it, not the wall clock.
const now = '2025-01-01T00:00:00Z';

// Eleven English releases (two pages of ten), one in French only, one whose embargo lifted an
// hour before `now`, and four that must not appear.
const ordinary = Object.fromEntries(
	Array.from({ length: 11 }, (_, i) => [
		`ordinary-${i + 1}`,
		{
			en: {
				title: `Ordinary release number ${i + 1}`,
				date: `2024-01-${String(i + 1).padStart(2, '0')}`,
			},
		},
	]),
);
const hidden: Record<string, TestRelease> = {
	draft: { title: 'Draft release xylophone', slug: 'draft-slug-xylophone', draft: true },
	embargoed: {
		title: 'Embargoed release quagga',
		slug: 'embargo-slug-quagga',
		embargo: '2099-01-01T09:00:00+01:00',
	},
	// Past by the wall clock, but eight hours after the build's clock.
	'embargoed-until-morning': {
		title: 'Embargoed release narwhal',
		slug: 'embargo-slug-narwhal',
		date: '2024-01-01',
		embargo: '2025-01-01T09:00:00+01:00',
	},
	future: { title: 'Future release zeppelin', slug: 'future-slug-zeppelin', date: '2099-06-01' },
};

let build: BuildResult;
beforeAll(async () => {
	const content = await writeContent(join(tmp, 'publishing-content'), {
		...ordinary,
		'french-only': {
			fr: {
				title: 'Communiqué seulement en français',
				date: '2024-03-01',
				slug: 'seulement-en-francais',
			},
		},
		lifted: {
			en: {
				title: 'Embargo lifted release okapi',
				slug: 'lifted-slug-okapi',
				date: '2024-01-01',
				embargo: '2024-12-31T23:00:00Z',
			},
		},
		...Object.fromEntries(
			Object.entries(hidden).map(([folder, en]) => [folder, { en, fr: { ...en } }]),
		),
	});
	build = await astroBuild('publishing', { content, env: { NEWSROOM_NOW: now } });
	expect(build.ok, build.output).toBe(true);
});

describe('publishing rules in a real build', () => {
	it('lists releases newest first, ten to a page, with a numbered second page', async () => {
		const first = await readPage(build.outDir, '/en/news/');
		const titles = selectAll('.card h2', first).map((h) => text(h, 'a'));
		expect(titles).toHaveLength(10);
		expect(titles.slice(0, 3)).toEqual([
			'Communiqué seulement en français',
			'Ordinary release number 11',
			'Ordinary release number 10',
		]);
		expect(attr(first, '.pagination a[rel="next"]', 'href')).toBe('/en/news/page/2/');
		const second = await readPage(build.outDir, '/en/news/page/2/');
		expect(selectAll('.card h2', second).map((h) => text(h, 'a'))).toEqual([
			'Ordinary release number 2',
			'Embargo lifted release okapi',
			'Ordinary release number 1',
		]);
		expect(attr(second, '.pagination a[rel="prev"]', 'href')).toBe('/en/news/');
		expect(text(second, '.pagination [aria-current="page"]')).toBe('2');
		const spanish = await listPages(build.outDir);
		expect(spanish).toContain('/es/noticias/pagina/2/');
		expect(spanish).not.toContain('/en/news/page/3/');
	});

	it('keeps drafts, embargoed and future releases out of every file of dist/', async () => {
		const files = await listFiles(build.outDir);
		const leaks: string[] = [];
		expect(files.some((f) => f.endsWith('.pf_fragment'))).toBe(true);
		// Every file, whatever its type; Pagefind's gzipped index files are read unzipped.
		for (const file of files) {
			const body = await readServedText(build.outDir, file);
			for (const release of Object.values(hidden)) {
				for (const needle of [release.title, release.slug as string]) {
					if (body.includes(needle)) leaks.push(`${file}: ${needle}`);
				}
			}
		}
		expect(leaks).toEqual([]);
		expect(files.some((f) => /xylophone|quagga|zeppelin|narwhal/.test(f))).toBe(false);
	});

	it('publishes a release whose embargo passed before the build’s clock', async () => {
		const pages = await listPages(build.outDir);
		expect(pages).toContain('/en/news/lifted-slug-okapi/');
		const page = await readPage(build.outDir, '/en/news/lifted-slug-okapi/');
		expect(text(page, 'article h1')).toBe('Embargo lifted release okapi');
		expect(selectAll('article .notice', page)).toEqual([]);
	});

	it('shows a release that exists only in French, labelled and in French, in other listings', async () => {
		const pages = await listPages(build.outDir);
		expect(pages).toContain('/fr/actualites/seulement-en-francais/');
		expect(pages.filter((p) => p.includes('seulement-en-francais'))).toEqual([
			'/fr/actualites/seulement-en-francais/',
		]);
		for (const [path, label] of [
			['/en/news/', 'Available in French'],
			['/es/noticias/', 'Disponible en francés'],
		] as const) {
			const listing = await readPage(build.outDir, path);
			const card = selectAll('.card', listing).find((c) => text(c, 'h2').startsWith('Communiqué'));
			expect(card, path).toBeDefined();
			expect(card?.properties.lang, path).toBe('fr');
			expect(attr(card!, 'h2 a', 'hrefLang')).toBe('fr');
			expect(attr(card!, 'h2 a', 'href')).toBe('/fr/actualites/seulement-en-francais/');
			expect(text(card!, '.badge')).toBe(label);
			expect(attr(card!, '.meta', 'lang')).toBe(path.split('/')[1]);
		}
	});
});
