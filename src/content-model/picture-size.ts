// The width and height of a picture, read from its header without decoding it, so that the
// content checks can refuse a picture too large to publish before the build spends memory on it.
import { closeSync, openSync, readSync } from 'node:fs';

/** A picture's size in pixels. */
export interface PictureSize {
	width: number;
	height: number;
}

/** Reads `length` bytes of the open file `fd` at `position`. */
function readAt(fd: number, position: number, length: number): Buffer {
	const buffer = Buffer.alloc(length);
	const read = readSync(fd, buffer, 0, length, position);
	return buffer.subarray(0, read);
}

/** Walks a JPEG's segments to the first frame header (SOF0–SOF15 but DHT, JPG and DAC). */
function jpegSize(fd: number): PictureSize | undefined {
	let position = 2;
	for (let steps = 0; steps < 10_000; steps++) {
		const marker = readAt(fd, position, 9);
		if (marker.length < 4 || marker[0] !== 0xff) return undefined;
		const type = marker[1] ?? 0;
		if (type === 0xff) {
			position += 1;
			continue;
		}
		const length = marker.readUInt16BE(2);
		if (type >= 0xc0 && type <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(type)) {
			return marker.length < 9
				? undefined
				: { height: marker.readUInt16BE(5), width: marker.readUInt16BE(7) };
		}
		position += 2 + length;
	}
	return undefined;
}

/** The first `ispe` (image spatial extents) box of an AVIF file's header. */
function avifSize(head: Buffer): PictureSize | undefined {
	const at = head.indexOf('ispe', 0, 'latin1');
	if (at < 0 || head.length < at + 16) return undefined;
	return { width: head.readUInt32BE(at + 8), height: head.readUInt32BE(at + 12) };
}

/** WebP: lossy (VP8), lossless (VP8L) or extended (VP8X) header. */
function webpSize(head: Buffer): PictureSize | undefined {
	const chunk = head.subarray(12, 16).toString('latin1');
	if (chunk === 'VP8 ' && head.length >= 30)
		return { width: head.readUInt16LE(26) & 0x3fff, height: head.readUInt16LE(28) & 0x3fff };
	if (chunk === 'VP8L' && head.length >= 25) {
		const bits = head.readUInt32LE(21);
		return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
	}
	if (chunk === 'VP8X' && head.length >= 30)
		return { width: head.readUIntLE(24, 3) + 1, height: head.readUIntLE(27, 3) + 1 };
	return undefined;
}

/**
 * The size of the picture at `path` (a JPEG, PNG, WebP, AVIF or GIF whose first bytes were
 * checked), or undefined when its header cannot be read.
 */
export function pictureSize(path: string, format: string): PictureSize | undefined {
	const fd = openSync(path, 'r');
	try {
		if (format === 'JPEG') return jpegSize(fd);
		const head = readAt(fd, 0, 4096);
		if (format === 'PNG' && head.length >= 24)
			return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
		if (format === 'GIF' && head.length >= 10)
			return { width: head.readUInt16LE(6), height: head.readUInt16LE(8) };
		if (format === 'WebP') return webpSize(head);
		if (format === 'AVIF') return avifSize(head);
		return undefined;
	} finally {
		closeSync(fd);
	}
}
