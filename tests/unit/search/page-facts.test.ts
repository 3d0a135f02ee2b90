import { describe, expect, it } from 'vitest';
import { pageFacts, relatedStart, searchedBytes } from '../../../src/search/bundles';

/** A release page: its text, its date sort key and, after its text, its related releases. */
const page = (text: string, related: string) =>
	Buffer.from(
		`<html lang="en"><body><article data-pagefind-body><p>${text}</p><span data-pagefind-sort="date">2019-11-18</span></article>${related ? `${relatedStart}<h2>Related</h2><ul><li>${related}</li></ul></nav>` : ''}<nav class="menu">Menu</nav></body></html>`,
	);

describe('what search reads of a page', () => {
	it('leaves the related releases out of the digest, and nothing else', () => {
		const before = pageFacts(page('Shelters in Kenya', 'An older release'));
		// A new release among the related ones: Pagefind ignores the block, the digest too.
		expect(pageFacts(page('Shelters in Kenya', 'A new release'))).toEqual(before);
		expect(pageFacts(page('Shelters in Kenya', ''))).toEqual(before);
		// The text Pagefind reads, before or after the block, still counts.
		expect(pageFacts(page('Shelters in Uganda', 'An older release')).digest).not.toBe(
			before.digest,
		);
		expect(before.year).toBe('2019');
		expect(searchedBytes(page('x', 'y')).toString()).toBe(
			'<html lang="en"><body><article data-pagefind-body><p>x</p><span data-pagefind-sort="date">2019-11-18</span></article><nav class="menu">Menu</nav></body></html>',
		);
	});

	it('never leaves out more than the block: only up to the first </nav> after its start tag', () => {
		// A block with no end leaves the page whole; an early </nav> ends what is left out.
		const open = Buffer.from(`<p>a</p>${relatedStart}<ul><li>b</li></ul>`);
		expect(searchedBytes(open).equals(open)).toBe(true);
		expect(searchedBytes(Buffer.from(`${relatedStart}b</nav>c</nav>d`)).toString()).toBe(
			'c</nav>d',
		);
		// The tag written as text is escaped, and is not the tag.
		const text = Buffer.from(`<p>&lt;nav class="related"&gt; is markup</p>`);
		expect(searchedBytes(text).equals(text)).toBe(true);
	});
});
