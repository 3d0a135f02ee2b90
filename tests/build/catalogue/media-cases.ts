// The catalogue's cases for a release's material (`media:`, the lead picture's licence,
// `keyFigures:`): each bad input with the exact line the build must print.
import { pixel, release, type Case } from './cases';

const at = (folder: string, lang = 'en') => `@/releases/${folder}/index.${lang}.md`;

/** A PDF's first bytes: the checks read no further. */
const pdf = Buffer.from('%PDF-1.4\n%catalogue\n');
/** An MP4's first bytes (a box of type ftyp). */
const mp4 = Buffer.from('\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2', 'latin1');
const vtt = 'WEBVTT\n\n00:00.000 --> 00:02.000\nHello.\n';

/** A PNG header that claims `width` × `height` pixels. */
function pngOfSize(width: number, height: number): Buffer {
	const header = Buffer.from(pixel);
	header.writeUInt32BE(width, 16);
	header.writeUInt32BE(height, 20);
	return header;
}

const licences = 'cc-by-4.0, cc-by-nc-4.0, cc0-1.0, iom-terms';
const credit = 'credit: © IOM 2024 / Catalogue';

/** A case of one English release in `folder` with `extra` frontmatter lines and its files. */
const media = (
	name: string,
	folder: string,
	extra: string,
	files: Record<string, string | Buffer>,
	expect: string[],
	body?: string,
): Case => ({
	name,
	files: {
		[`releases/${folder}/index.en.md`]: release({ title: `Case ${folder}` }, extra, body),
		...Object.fromEntries(
			Object.entries(files).map(([file, bytes]) => [`releases/${folder}/${file}`, bytes]),
		),
	},
	expect,
});

export const mediaCases: Case[] = [
	media(
		'a lead picture without a licence',
		'image-no-licence',
		`image:\n  src: ./pixel.png\n  alt: A pixel\n  ${credit}`,
		{ 'pixel.png': pixel },
		[
			`${at('image-no-licence')} → image.licence: image.licence is missing: say under which terms it may be used, one of: ${licences}. Add a line like: licence: cc-by-4.0`,
		],
	),
	media(
		'a picture of media without a licence',
		'media-no-licence',
		`media:\n  - file: pixel.png\n    alt: A pixel\n    ${credit}`,
		{ 'pixel.png': pixel },
		[
			`${at('media-no-licence')} → media.0.licence: media.licence is missing: say under which terms it may be used, one of: ${licences}. Add a line like: licence: cc-by-4.0`,
		],
	),
	media(
		'a picture of media without a credit',
		'media-no-credit',
		'media:\n  - file: pixel.png\n    alt: A pixel\n    licence: cc0-1.0',
		{ 'pixel.png': pixel },
		[
			`${at('media-no-credit')} → media.0.credit: media.credit is missing. Add a line like: credit: © IOM 2024 / Name`,
		],
	),
	media(
		'a picture of media without alt text',
		'media-no-alt',
		`media:\n  - file: pixel.png\n    ${credit}\n    licence: cc0-1.0`,
		{ 'pixel.png': pixel },
		[
			`${at('media-no-alt')} → media.0.alt: media.alt is missing: a picture needs a text alternative for readers who cannot see it. Add a line like: alt: Two women sewing at a training workshop`,
		],
	),
	media(
		'a licence the site does not have',
		'media-unknown-licence',
		`media:\n  - file: fact-sheet.pdf\n    title: Fact sheet\n    ${credit}\n    licence: cc-by-sa`,
		{ 'fact-sheet.pdf': pdf },
		[
			`${at('media-unknown-licence')} → media.0.licence: media.licence "cc-by-sa" is not a licence of the site. Use one of: ${licences} (or add it to src/i18n/licences.ts).`,
		],
	),
	media(
		'a document without a title',
		'media-no-title',
		`media:\n  - file: fact-sheet.pdf\n    ${credit}\n    licence: iom-terms`,
		{ 'fact-sheet.pdf': pdf },
		[
			`${at('media-no-title')} → media.0.title: media.title is missing: a document is listed by its title. Add a line like: title: Fact sheet: counter-trafficking in Guatemala`,
		],
	),
	media(
		'a video without captions',
		'media-no-captions',
		`media:\n  - file: clip.mp4\n    title: The shelter\n    ${credit}\n    licence: iom-terms`,
		{ 'clip.mp4': mp4 },
		[
			`${at('media-no-captions')} → media.0.captions: media.captions is missing: a video needs captions in the language of the file (a WebVTT file in the folder) for readers who cannot hear it. Add a line like: captions: interview.en.vtt`,
		],
	),
	media(
		'a file of media that is not in the folder',
		'media-missing-file',
		`media:\n  - file: nowhere.pdf\n    title: Fact sheet\n    ${credit}\n    licence: iom-terms`,
		{},
		[
			`${at('media-missing-file')} → media.0.file: media.0.file "nowhere.pdf" is not in the folder of this file: check the file name, or save the file beside index.en.md.`,
		],
	),
	media(
		'a file of a kind the site does not publish',
		'media-wrong-kind',
		`media:\n  - file: notes.txt\n    ${credit}\n    licence: iom-terms`,
		{ 'notes.txt': 'Some notes.' },
		[
			`${at('media-wrong-kind')} → media.0.file: media.0.file "notes.txt" is not a kind of file this field takes: use a picture (.jpg, .jpeg, .png, .webp, .avif, .gif) or a document (.pdf, .docx, .xlsx, .pptx, .odt) or a video (.mp4, .webm) or a sound (.mp3, .m4a, .ogg).`,
		],
	),
	media(
		'captions that are a video',
		'media-captions-kind',
		`media:\n  - file: clip.mp4\n    title: The shelter\n    captions: clip.mp4\n    ${credit}\n    licence: iom-terms`,
		{ 'clip.mp4': mp4 },
		[
			`${at('media-captions-kind')} → media.0.captions: media.0.captions "clip.mp4" is not a kind of file this field takes: use captions (.vtt).`,
		],
	),
	media(
		'a text file named .pdf',
		'media-fake-pdf',
		`media:\n  - file: fact-sheet.pdf\n    title: Fact sheet\n    ${credit}\n    licence: iom-terms`,
		{ 'fact-sheet.pdf': 'just some text' },
		[
			`${at('media-fake-pdf')} → media.0.file: media.0.file "fact-sheet.pdf" is not a PDF file, though its name ends in .pdf: save it again as PDF.`,
		],
	),
	media(
		'a captions file too big',
		'media-too-big',
		`media:\n  - file: clip.mp4\n    title: The shelter\n    captions: clip.en.vtt\n    ${credit}\n    licence: iom-terms`,
		{ 'clip.mp4': mp4, 'clip.en.vtt': `${vtt}${'x'.repeat(1.1 * 1024 * 1024)}\n` },
		[
			`${at('media-too-big')} → media.0.captions: media.0.captions "clip.en.vtt" is 1.1 MB, more than the 1 MB captions may be: a captions file is text: check it is the right file.`,
		],
	),
	media(
		'a picture of too many pixels (1.45 GB of build memory before)',
		'media-too-many-pixels',
		`media:\n  - file: huge.png\n    alt: A huge picture\n    ${credit}\n    licence: cc0-1.0`,
		{ 'huge.png': pngOfSize(12000, 12000) },
		[
			`${at('media-too-many-pixels')} → media.0.file: media.0.file "huge.png" is 12000 × 12000 pixels (144 million), more than the 60 million the site publishes: save it again smaller, like 6,000 pixels on its longest side.`,
		],
	),
	media(
		'a lead picture of too many pixels',
		'image-too-many-pixels',
		`image:\n  src: ./huge.png\n  alt: A huge picture\n  ${credit}\n  licence: cc0-1.0`,
		{ 'huge.png': pngOfSize(12000, 12000) },
		[
			`${at('image-too-many-pixels')} → image.src: image.src "./huge.png" is 12000 × 12000 pixels (144 million), more than the 60 million the site publishes: save it again smaller, like 6,000 pixels on its longest side.`,
		],
	),
	media(
		'a file of media outside the release folder',
		'media-outside',
		`media:\n  - file: ../media-no-alt/pixel.png\n    alt: Another release’s pixel\n    ${credit}\n    licence: cc0-1.0`,
		{},
		[
			`${at('media-outside')} → media.0.file: media.0.file "../media-no-alt/pixel.png" is outside the folder of this file: a release shows only its own files (to show another release's picture, link to that release instead), so save the file in the folder of this file, and write its name alone, like photo.jpg.`,
		],
	),
	media(
		'a hosted video at an http address',
		'media-url-http',
		`media:\n  - url: http://www.youtube.com/watch?v=abc\n    title: The shelter\n    poster: pixel.png\n    ${credit}\n    licence: iom-terms`,
		{ 'pixel.png': pixel },
		[
			`${at('media-url-http')} → media.0.url: media.url "http://www.youtube.com/watch?v=abc" is not the https address of a video on youtube.com, www.youtube.com, youtu.be, vimeo.com, www.vimeo.com: save the file in the release folder and write file: instead, or write the video's address on one of those sites.`,
		],
	),
	media(
		'a hosted video on a site the page does not link out to',
		'media-url-host',
		`media:\n  - url: https://videos.example.org/shelter.mp4\n    title: The shelter\n    poster: pixel.png\n    ${credit}\n    licence: iom-terms`,
		{ 'pixel.png': pixel },
		[
			`${at('media-url-host')} → media.0.url: media.url "https://videos.example.org/shelter.mp4" is not the https address of a video on youtube.com, www.youtube.com, youtu.be, vimeo.com, www.vimeo.com: save the file in the release folder and write file: instead, or write the video's address on one of those sites.`,
		],
	),
	media(
		'a hosted video without a poster',
		'media-url-no-poster',
		`media:\n  - url: https://vimeo.com/123456\n    title: The shelter\n    ${credit}\n    licence: iom-terms`,
		{},
		[
			`${at('media-url-no-poster')} → media.0.poster: media.poster is missing: a video on another site is shown as its poster, a picture in the folder, so that no reader loads anything from that site before choosing to. Add a line like: poster: interview.jpg`,
		],
	),
	media(
		'a picture of the text not listed in media (published without credit or licence before)',
		'body-unlisted',
		'',
		{ 'pixel.png': pixel },
		[
			`${at('body-unlisted')}:10: The picture at line 10, "pixel.png", is not listed in media: list it there with its credit and licence, like: media: [{ file: pixel.png, alt: …, credit: © IOM 2024 / Name, licence: cc-by-4.0 }]`,
		],
		'![A pixel](pixel.png)',
	),
	media(
		'a key figure written with a thousands separator',
		'figure-comma',
		'keyFigures:\n  - value: 1,250\n    label: people assisted',
		{},
		[
			`${at('figure-comma')} → keyFigures.0.value: keyFigures.value 1,250 must be a number written with digits only, like: value: 1250000 (the page writes 1,250,000 in English and 1 250 000 in French).`,
		],
	),
	media('a key figure without a label', 'figure-no-label', 'keyFigures:\n  - value: 65', {}, [
		`${at('figure-no-label')} → keyFigures.0.label: keyFigures.label is missing. Add a line like: label: people assisted`,
	]),
	{
		name: 'translations that disagree on a licence',
		files: {
			'releases/media-shared/index.en.md': release(
				{ title: 'Case media-shared', slug: 'media-shared' },
				`media:\n  - file: fact-sheet.pdf\n    title: Fact sheet\n    ${credit}\n    licence: iom-terms`,
			),
			'releases/media-shared/index.fr.md': release(
				{ title: 'Cas media-shared', slug: 'media-shared' },
				`media:\n  - file: fact-sheet.pdf\n    title: Fiche d’information\n    ${credit}\n    licence: cc-by-4.0`,
			),
			'releases/media-shared/fact-sheet.pdf': pdf,
		},
		expect: [
			`${at('media-shared', 'fr')} → media: files, credits and licences of media are [{"file":"fact-sheet.pdf","credit":"© IOM 2024 / Catalogue","licence":"cc-by-4.0"}] here but [{"file":"fact-sheet.pdf","credit":"© IOM 2024 / Catalogue","licence":"iom-terms"}] in ${at('media-shared')}. Translations of one release share their files, credits and licences of media: make them the same.`,
		],
	},
];
