import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { formatProblems, type ContentFile, type ContentProblem } from './checks';

/** Thrown when content is invalid: the message lists every problem, file by file. */
export class ContentError extends AstroError {
	constructor(readonly problems: ContentProblem[]) {
		super(
			formatProblems(problems),
			'Fix each line above, then build again. EDITING.md explains every field.',
		);
		this.name = 'ContentError';
		// The code that noticed is of no use to an editor: the files at fault are in the message.
		this.stack = '';
	}
}

/** Turns Astro's schema error (`**field**: message` lines) into located problems. */
export function problemsFromSchemaError(file: string, error: unknown): ContentProblem[] {
	const text = error instanceof Error ? error.message : String(error);
	const issues = [...text.matchAll(/^\s*\*\*([^*\n]+)\*\*: (.+)$/gm)]
		.filter(([, field]) => !field?.includes('→'))
		.map(([, field, message]) => ({ file, field, message: message ?? '' }));
	return issues.length ? issues : [{ file, message: text }];
}

/**
 * Runs the glob loader, turning a frontmatter that is not valid YAML (which stops the loader at
 * the first such file) into a located problem with a hint about quoting. Astro reports YAML
 * positions from 0; editors count lines and columns from 1.
 */
async function loadOrExplain(
	load: () => Promise<void>,
	toRelative: (path: string) => string,
	problems: ContentProblem[],
): Promise<void> {
	try {
		await load();
	} catch (error) {
		const loc = (error as { loc?: { file?: string; line?: number; column?: number } }).loc;
		if (!loc?.file) throw error;
		const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
		throw new ContentError([
			...problems,
			{
				file: toRelative(loc.file),
				message: `The frontmatter is not valid YAML at line ${(loc.line ?? 0) + 1}, column ${(loc.column ?? 0) + 1} (${reason}). A value holding ": " (as French text often does) or starting with a quote must be put in double quotes, like: summary: "Le projet : un refuge"`,
			},
		]);
	}
}

interface StrictGlobOptions<Data> {
	/** The folder of the collection, relative to the project root. */
	base: string;
	/** Checks over the whole collection once every file is parsed. */
	check: (files: ContentFile<Data>[]) => ContentProblem[];
	/** The version of the Markdown pipeline: when it changes, cached entries are rendered again. */
	version?: string;
	/** Changes a file's raw frontmatter before validation (e.g. typesets its text fields). */
	prepare?: (data: Record<string, unknown>, filePath: string) => Record<string, unknown>;
}

/**
 * Astro's glob loader for `<folder>/<language>.md` files, made strict: it gathers every schema
 * error and every problem the collection-wide `check` finds, removes the faulty entries from the
 * content store (so a cached build cannot keep them) and then fails with one message listing all.
 */
export function strictGlob<Data>({
	base,
	check,
	prepare,
	version,
}: StrictGlobOptions<Data>): Loader {
	const inner = glob({
		pattern: '**/*.md',
		base,
		generateId: ({ entry }) => entry.replace(/\.md$/, ''),
		// Nothing reads an entry's Markdown source after rendering: keep it out of the content store.
		retainBody: false,
	});
	return {
		name: 'strict-glob',
		load: async (context: LoaderContext) => {
			const root = fileURLToPath(context.config.root);
			const toRelative = (path: string) => relative(root, path).split('\\').join('/');
			if (version && context.meta.get('pipeline-version') !== version) {
				context.store.clear();
				context.meta.set('pipeline-version', version);
			}
			const problems: ContentProblem[] = [];
			const failed = new Set<string>();
			await loadOrExplain(
				() =>
					inner.load({
						...context,
						parseData: async (props) => {
							try {
								const data = prepare ? prepare(props.data, props.filePath ?? '') : props.data;
								return await context.parseData({ ...props, data: data as typeof props.data });
							} catch (error) {
								problems.push(
									...problemsFromSchemaError(toRelative(props.filePath ?? props.id), error),
								);
								failed.add(props.id);
								return props.data;
							}
						},
					}),
				toRelative,
				problems,
			);
			const files = context.store
				.values()
				.filter((entry) => !failed.has(entry.id))
				.map((entry) => ({
					id: entry.id,
					file: entry.filePath ?? `${base}/${entry.id}.md`,
					data: entry.data as Data,
				}));
			problems.push(...check(files));
			if (problems.length) {
				for (const id of failed) context.store.delete(id);
				for (const { file } of problems) {
					const entry = context.store.values().find((e) => e.filePath === file);
					if (entry) context.store.delete(entry.id);
				}
				throw new ContentError(problems);
			}
		},
	};
}
