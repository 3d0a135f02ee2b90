// The kinds of file a release may publish from its folder (`media:`), told by the file's ending and
// checked by its first bytes: what each kind is called, its MIME type, and how big it may be.
// EDITING.md lists the same endings and limits; a build test compares them.

/** What a file of `media:` is, which decides the fields it needs and how the page shows it. */
export type MediaKind = 'picture' | 'document' | 'video' | 'audio' | 'captions';

/** One ending the site publishes: its kind, format name, MIME type and first bytes. */
export interface FileFormat {
	kind: MediaKind;
	/** The format's name as readers know it ("JPEG", "PDF", "Word"). */
	format: string;
	mime: string;
	test: (head: Buffer) => boolean;
}

const ascii = (head: Buffer, start: number, end: number) =>
	head.subarray(start, end).toString('latin1');
const jpeg = (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
const png = (b: Buffer) => b.subarray(0, 8).equals(Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'));
const webp = (b: Buffer) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP';
const avif = (b: Buffer) => ascii(b, 4, 12).startsWith('ftypavi');
const gif = (b: Buffer) => /^GIF8[79]a/.test(ascii(b, 0, 6));
const pdf = (b: Buffer) => ascii(b, 0, 5) === '%PDF-';
/** Office Open XML and OpenDocument files are ZIP archives. */
const zip = (b: Buffer) => ascii(b, 0, 4) === 'PK\x03\x04';
/** MP4 and M4A start with a box of type `ftyp`. */
const isoMedia = (b: Buffer) => ascii(b, 4, 8) === 'ftyp';
const webm = (b: Buffer) => b.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]));
const mp3 = (b: Buffer) =>
	ascii(b, 0, 3) === 'ID3' || (b[0] === 0xff && ((b[1] ?? 0) & 0xe0) === 0xe0);
const ogg = (b: Buffer) => ascii(b, 0, 4) === 'OggS';
const vtt = (b: Buffer) => /^(\uFEFF)?WEBVTT(?:[ \t\r\n]|$)/.test(b.toString('utf8'));

/** Every ending the site publishes, in the order EDITING.md lists them. */
export const fileFormats: Record<string, FileFormat> = {
	'.jpg': { kind: 'picture', format: 'JPEG', mime: 'image/jpeg', test: jpeg },
	'.jpeg': { kind: 'picture', format: 'JPEG', mime: 'image/jpeg', test: jpeg },
	'.png': { kind: 'picture', format: 'PNG', mime: 'image/png', test: png },
	'.webp': { kind: 'picture', format: 'WebP', mime: 'image/webp', test: webp },
	'.avif': { kind: 'picture', format: 'AVIF', mime: 'image/avif', test: avif },
	'.gif': { kind: 'picture', format: 'GIF', mime: 'image/gif', test: gif },
	'.pdf': { kind: 'document', format: 'PDF', mime: 'application/pdf', test: pdf },
	'.docx': {
		kind: 'document',
		format: 'Word',
		mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		test: zip,
	},
	'.xlsx': {
		kind: 'document',
		format: 'Excel',
		mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		test: zip,
	},
	'.pptx': {
		kind: 'document',
		format: 'PowerPoint',
		mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
		test: zip,
	},
	'.odt': {
		kind: 'document',
		format: 'OpenDocument',
		mime: 'application/vnd.oasis.opendocument.text',
		test: zip,
	},
	'.mp4': { kind: 'video', format: 'MP4', mime: 'video/mp4', test: isoMedia },
	'.webm': { kind: 'video', format: 'WebM', mime: 'video/webm', test: webm },
	'.mp3': { kind: 'audio', format: 'MP3', mime: 'audio/mpeg', test: mp3 },
	'.m4a': { kind: 'audio', format: 'M4A', mime: 'audio/mp4', test: isoMedia },
	'.ogg': { kind: 'audio', format: 'Ogg', mime: 'audio/ogg', test: ogg },
	'.vtt': { kind: 'captions', format: 'WebVTT', mime: 'text/vtt', test: vtt },
};

/** The format of a file name by its ending, or undefined when the site does not publish it. */
export function formatOf(name: string): FileFormat | undefined {
	const ending = /\.[^./\\]+$/.exec(name)?.[0]?.toLowerCase() ?? '';
	return fileFormats[ending];
}

/** The endings of one kind, for messages: `.pdf, .docx, .xlsx…`. */
export const endingsOf = (kind: MediaKind): string[] =>
	Object.entries(fileFormats)
		.filter(([, f]) => f.kind === kind)
		.map(([ending]) => ending);

const MB = 1024 * 1024;

/**
 * The largest file of each kind, in bytes: a release folder lives in git, whose hosts refuse a
 * file of 100 MB, and every reader who downloads it pays for it.
 */
export const maxBytes: Record<MediaKind, number> = {
	picture: 30 * MB,
	document: 50 * MB,
	video: 90 * MB,
	audio: 40 * MB,
	captions: 1 * MB,
};

/**
 * The largest picture, in pixels: the build decodes every picture to make its renditions, and a
 * picture of 144 million pixels takes more than a gigabyte of memory to do so.
 */
export const maxPixels = 60_000_000;

/** A number of bytes in megabytes, as messages write it: `30 MB`. */
export const inMegabytes = (bytes: number): string =>
	`${(bytes / MB).toFixed(bytes % MB === 0 ? 0 : 1)} MB`;
