// Reads a content file's frontmatter the way an editor wrote it: every YAML mistake located at
// the line to fix, and values kept as written (a date stays the text "2024-02-30", which the
// schema can then refuse, where a YAML parser would roll it over to 1 March).
import { parseDocument } from 'yaml';
import type { ContentProblem } from './checks';

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
	const data: unknown = document.toJS() ?? {};
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return {
			ok: false,
			problems: [
				{ file, message: 'The frontmatter must be a list of fields, one `name: value` per line.' },
			],
		};
	}
	return {
		ok: true,
		data: withoutBlanks(data) as Record<string, unknown>,
		body: lines.slice(end + 1).join('\n'),
		bodyLine: end + 2,
	};
}
