import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Colour contrast of the real stylesheet's tokens, in both colour schemes. WCAG 2.2 1.4.11 (AA):
// a focus indicator needs 3:1 against the colours next to it. The ring is drawn 2px outside the
// focused element, on whatever it sits on: the page, a surface, a notice, or the blue header and
// menu drawer.
const css = await readFile(join(import.meta.dirname, '../../../src/styles/global.css'), 'utf8');

/** The `--color-*` tokens of the first `:root` block after `from`. */
function tokens(from: number): Record<string, string> {
	const block = /:root\s*\{([^}]*)\}/.exec(css.slice(from))?.[1] ?? '';
	return Object.fromEntries(
		[...block.matchAll(/--color-([\w-]+):\s*(#[0-9a-f]{6})/gi)].map(([, name = '', value = '']) => [
			name,
			value,
		]),
	);
}

/** Relative luminance of an sRGB colour (WCAG 2.2 definition). */
function luminance(hex: string): number {
	const [r = 0, g = 0, b = 0] = [1, 3, 5]
		.map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
		.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

const schemes = {
	light: tokens(0),
	dark: tokens(css.indexOf('prefers-color-scheme: dark')),
};

describe('the focus ring', () => {
	it.each(Object.entries(schemes))(
		'stands out at 3:1 from every background it can sit on, %s scheme',
		(_, colors) => {
			const { focus = '' } = colors;
			expect(focus).toMatch(/^#/);
			for (const background of ['bg', 'surface', 'notice', 'brand']) {
				const against = colors[background] ?? '';
				expect(against, background).toMatch(/^#/);
				expect(contrast(focus, against), background).toBeGreaterThanOrEqual(3);
			}
		},
	);
});

// WCAG 2.2 1.4.3 (AA): the searched words marked on a page stay readable text, 4.5:1.
describe('the marks of searched words', () => {
	it.each(Object.entries(schemes))('are readable at 4.5:1, %s scheme', (_, colors) => {
		const { mark = '', 'mark-text': text = '' } = colors;
		expect(mark).toMatch(/^#/);
		expect(text).toMatch(/^#/);
		expect(contrast(text, mark)).toBeGreaterThanOrEqual(4.5);
	});
});
