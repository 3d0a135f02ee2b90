// What the importer reads from an old page, whatever its format (html.ts, text.ts).
import type { Root } from 'mdast';

/** A block of a plain-text page: what its lines could be told to be. */
export type Block =
	| { kind: 'paragraph'; text: string }
	| { kind: 'heading'; text: string }
	| { kind: 'list'; items: string[] };

/** An old release page, read. */
export interface OldPage {
	title: string;
	/** The text: blocks read from plain text, or Markdown's tree converted from HTML. */
	blocks?: Block[];
	markdown?: Root;
	/** The lines of the "For more information" block, heading included. */
	contactLines: string[];
	/** The language the page declares (`<html lang>`), when it does. */
	lang?: string | undefined;
	/** The publication day the page declares (`<time datetime>`, `article:published_time`). */
	date?: string | undefined;
	/** Lines of navigation skipped before the title (plain text). */
	skipped?: number;
	/** Pictures left out: their address (the site only serves pictures saved in the folder). */
	pictures?: string[];
	/** Documents the page links to (PDF, office files): their absolute address. */
	documents?: string[];
}
