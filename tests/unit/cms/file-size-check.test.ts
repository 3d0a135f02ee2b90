import { describe, expect, it } from 'vitest';
import { maxBytes } from '../../../src/content-model/media-kinds';
import { checkFileSizes, namedFiles } from '../../../src/cms/file-size-check';
import { releaseSpecs } from '../../../src/cms/fields';
import { typesetText } from '../../../src/i18n/typography';
import { useTranslations } from '../../../src/i18n/translate';

const MB = 1024 * 1024;
/** A release's English fields with a lead picture and two items of material. */
const english = {
	title: 'A release',
	image: { src: 'lead.jpg', alt: 'A picture' },
	media: [{ file: 'clip.mp4', captions: 'clip.en.vtt', poster: 'poster.jpg' }, { file: 'map.jpg' }],
};

describe('the web editor’s check of file sizes', () => {
	it('finds every file a picture or file widget names, at any depth', () => {
		expect(namedFiles(releaseSpecs, english)).toEqual([
			{ label: 'cms.field.picture', name: 'lead.jpg' },
			{ label: 'cms.field.file', name: 'clip.mp4' },
			{ label: 'cms.field.captions', name: 'clip.en.vtt' },
			{ label: 'cms.field.poster', name: 'poster.jpg' },
			{ label: 'cms.field.file', name: 'map.jpg' },
		]);
	});

	it('refuses a file over its own kind’s limit, naming the field, the language and the limit', () => {
		// The material's field takes a video of 80 MB, but not a picture of 31.5 MB.
		const sizes = new Map([
			['clip.mp4', 80 * MB],
			['map.jpg', maxBytes.picture + 1.5 * MB],
		]);
		const check = (ui: 'en' | 'fr') => () =>
			checkFileSizes(
				releaseSpecs,
				(l) => (l === 'fr' ? english : undefined),
				(n) => sizes.get(n),
				ui,
			);
		expect(check('en')).toThrow(
			'“File” (French): “map.jpg” is 31.5 MB, more than the 30 MB a picture may be: save it again at a lower quality or size (3,000 pixels on its longest side print well), then choose it again.',
		);
		const t = useTranslations('fr');
		expect(check('fr')).toThrow(
			typesetText(
				t('cms.tooLarge.picture', {
					field: '"Fichier" (français)',
					file: '"map.jpg"',
					size: '31,5\u202fMo',
					limit: '30\u202fMo',
				}),
				'fr',
			),
		);
		// Within every limit, or of a size Decap does not know: nothing to refuse.
		sizes.set('map.jpg', maxBytes.picture);
		expect(check('en')).not.toThrow();
		sizes.delete('map.jpg');
		expect(check('en')).not.toThrow();
	});
});
