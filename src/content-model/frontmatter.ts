// Reads a content file's frontmatter the way an editor wrote it: every YAML mistake located at
// the line to fix, and values kept as written (a date stays the text "2024-02-30", which the
// schema can then refuse, where a YAML parser would roll it over to 1 March). A file is not read
// at all when it holds a character no output format can carry or a text over the size limit
// (file-text.ts), or aliases that expand without bound.
import { parseDocument, visit, type Document } from 'yaml';
import type { ContentProblem } from './checks';
import { bodyTextProblems, frontmatterLineProblems, textValueProblems } from './file-text';

/** A content file's frontmatter and body, or the problems that keep it from being read. */
export type ParsedFile =
	| { ok: true; data: Record<string, unknown>; body: string; bodyLine: number }
	| { ok: false; problems: ContentProblem[] };

/**
 * A value with its fields written without a value (`embargo:` or `embargo: null`, which the web
 * editor writes for a date left empty) left out, at every depth: a field with no value is a
 * field not written, optional or missing as the schema says.
 */
function withoutBlanks(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withoutBlanks);
	if (typeof value !== 'object' || value === null || value instanceof Date) return value;
	return Object.fromEntries(
		Object.entries(value)
			.filter(([, field]) => field !== null)
			.map(([name, field]) => [name, withoutBlanks(field)]),
	);
}

/** The hint every YAML syntax problem ends with. */
const quoteHint =
	'A value holding ": " (as French text often does) or starting with a quote must be put in double quotes, like: summary: "Le projet : un refuge"';

/**
 * The line that opens a quoted value never closed before `errorLine` (1-based), the line a
 * YAML parser blames being where the document ends.
 */
function unclosedQuoteLine(lines: string[], errorLine: number): number | undefined {
	let opened: number | undefined;
	for (let i = 0; i < Math.min(errorLine, lines.length); i++) {
		const match = /^\s*(?:-\s+)?[\w-]+:\s*(["'])(.*)$/.exec(lines[i] ?? '');
		if (!match) continue;
		const [, quote, rest = ''] = match;
		const unescaped = quote === '"' ? rest.replace(/\\./g, '') : rest.replace(/''/g, '');
		if (!unescaped.includes(quote ?? '')) opened = i + 1;
	}
	return opened;
}

/**
 * Splits a Markdown file into frontmatter and body and parses the frontmatter with YAML's core
 * schema (dates and times stay text). `file` names the file in problems.
 */
export function parseFrontmatter(file: string, source: string): ParsedFile {
	const text = source.replace(/^\uFEFF/, '');
	const lines = text.split(/\r?\n/);
	if (lines[0]?.trim() !== '---') {
		return {
			ok: false,
			problems: [
				{
					file,
					message:
						'The file must start with a line of three hyphens (---), then the fields, then another --- line, then the text.',
				},
			],
		};
	}
	const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
	if (end < 0) {
		return {
			ok: false,
			problems: [
				{
					file,
					message:
						'The frontmatter has no closing line: add a line of three hyphens (---) after the last field, before the text.',
				},
			],
		};
	}
	const yaml = lines.slice(1, end).join('\n');
	const document = parseDocument(yaml, { schema: 'core', uniqueKeys: true, prettyErrors: true });
	if (document.errors.length > 0) {
		const problems = document.errors.map((error): ContentProblem => {
			// YAML counts the lines of the frontmatter; the file has the opening --- line first.
			const yamlLine = error.linePos?.[0]?.line ?? 1;
			const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
			if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
				const line = (unclosedQuoteLine(lines.slice(1, end), yamlLine) ?? yamlLine) + 1;
				return {
					file,
					line,
					message: `The quote opened at line ${line} is never closed: end the value with the same quote mark.`,
				};
			}
			if (error.code === 'DUPLICATE_KEY') {
				return {
					file,
					line: yamlLine + 1,
					message: `A field is written twice (line ${yamlLine + 1}): keep one of them.`,
				};
			}
			return {
				file,
				line: yamlLine + 1,
				message: `The frontmatter is not valid YAML at line ${yamlLine + 1} (${reason}). ${quoteHint}`,
			};
		});
		return { ok: false, problems };
	}
	const tags = typeTagProblems(file, document, yaml);
	if (tags.length > 0) return { ok: false, problems: tags };
	const read = readValues(file, document, yaml);
	if (!read.ok) return read;
	const { data } = read;
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return {
			ok: false,
			problems: [
				{ file, message: 'The frontmatter must be a list of fields, one `name: value` per line.' },
			],
		};
	}
	const body = lines.slice(end + 1).join('\n');
	const values = textValueProblems(file, data);
	const problems = [
		...(values.length > 0 ? values : frontmatterLineProblems(file, lines.slice(1, end), 2)),
		...bodyTextProblems(file, body, end + 2),
	];
	if (problems.length > 0) return { ok: false, problems };
	return {
		ok: true,
		data: withoutBlanks(data) as Record<string, unknown>,
		body,
		bodyLine: end + 2,
	};
}

/**
 * The most aliases (`*name`) a frontmatter may expand: a few levels of aliases of aliases make
 * billions of values out of a few lines (a "billion laughs" file), which would stop the build.
 */
const maxAliasCount = 100;

/**
 * The line of the frontmatter (counted from 1) of the first alias of a document, or of the
 * first alias to `name` (`*name`) when it is given.
 */
function aliasLine(document: Document, yaml: string, name?: string): number {
	let offset = 0;
	visit(document, {
		Alias: (_, node) => {
			if (name !== undefined && node.source !== name) return undefined;
			offset = node.range?.[0] ?? 0;
			return visit.BREAK;
		},
	});
	return yaml.slice(0, offset).split('\n').length;
}

/**
 * A parsed frontmatter's values, or the problem of an alias: one that names no anchor (a value
 * starting with `*`, as Markdown emphasis does) or that expands too far.
 */
function readValues(
	file: string,
	document: Document,
	yaml: string,
): { ok: true; data: unknown } | { ok: false; problems: ContentProblem[] } {
	try {
		return { ok: true, data: document.toJS({ maxAliasCount }) ?? {} };
	} catch (error) {
		const reason = error instanceof Error ? error.message : '';
		const unresolved = /^Unresolved alias.*: (.*)$/.exec(reason)?.[1];
		// The file's first line is the opening ---.
		const line = aliasLine(document, yaml, unresolved) + 1;
		const message =
			unresolved !== undefined
				? `A value at line ${line} starts with an asterisk (*), which YAML reads as a reference to another value: put the value in double quotes, like: title: "*Update* on the shelter"`
				: `The frontmatter repeats values through YAML aliases (*name, from line ${line}) so many times that it cannot be read: write each value out instead of using & and *.`;
		return { ok: false, problems: [{ file, line, message }] };
	}
}

/**
 * A value written with a YAML type tag (`!!binary …`, `!!js/function …`): the site's fields are
 * text, dates and lists, and some YAML parsers (Astro's among them) stop at a tag they do not know,
 * so a tag is refused with its line, before any parser sees it.
 */
function typeTagProblems(file: string, document: Document, yaml: string): ContentProblem[] {
	const problems: ContentProblem[] = [];
	visit(document, {
		Node(_, node) {
			if (!node.tag || !node.range) return;
			// The file's line: YAML counts from the line after the opening ---.
			const line = yaml.slice(0, node.range[0]).split('\n').length + 1;
			const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
			problems.push({
				file,
				line,
				message: `The value at line ${line} starts with "${tag}", which YAML reads as a type the site does not use: put the value in double quotes, like: title: "!Important"`,
			});
		},
	});
	return problems;
}
