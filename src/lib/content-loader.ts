import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { formatProblems, type ContentFile, type ContentProblem } from './content-checks';

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

interface StrictGlobOptions<Data> {
	/** The folder of the collection, relative to the project root. */
	base: string;
	/** Checks over the whole collection once every file is parsed. */
	check: (files: ContentFile<Data>[]) => ContentProblem[];
}

/**
 * Astro's glob loader for `<folder>/<language>.md` files, made strict: it gathers every schema
 * error and every problem the collection-wide `check` finds, removes the faulty entries from the
 * content store (so a cached build cannot keep them) and then fails with one message listing all.
 */
export function strictGlob<Data>({ base, check }: StrictGlobOptions<Data>): Loader {
	const inner = glob({
		pattern: '**/*.md',
		base,
		generateId: ({ entry }) => entry.replace(/\.md$/, ''),
	});
	return {
		name: 'strict-glob',
		load: async (context: LoaderContext) => {
			const root = fileURLToPath(context.config.root);
			const toRelative = (path: string) => relative(root, path).split('\\').join('/');
			const problems: ContentProblem[] = [];
			const failed = new Set<string>();
			await inner.load({
				...context,
				parseData: async (props) => {
					try {
						return await context.parseData(props);
					} catch (error) {
						problems.push(
							...problemsFromSchemaError(toRelative(props.filePath ?? props.id), error),
						);
						failed.add(props.id);
						return props.data;
					}
				},
			});
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
